/**
 * Trained weights: the shapes the export expects for every layer kind are
 * the ones tfjs gives (tfjs's layout is Keras's), the manifest says where
 * each weight lies in a raw little-endian float32 file that Python reads
 * back exactly, and weights that do not fit are refused naming the node.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { compileGraph, enableProductionMode, modelFromFiles, modelToFiles } from "../../compiler";
import { type GraphDocument, validateText } from "../../graph";
import { singleLayerDocument } from "../../testing/documents";
import { exportKeras } from "./exportKeras";
import { nodeWeightsOf } from "./modelWeights";
import { LAYER_CASES } from "./testing/cases";
import { DEBIAN_PYTHON, runPython } from "./testing/python";
import type { ExportFile, NodeWeights } from "./types";
import { expectedWeights, WEIGHTS_FORMAT, type WeightsManifest } from "./weights";

beforeAll(() => enableProductionMode());

/** The compiled model's weights, node by node, as a caller would pass them. */
function trainedWeights(document: GraphDocument, seed = 5): NodeWeights {
  const compiled = compileGraph(document, { seed });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  const weights = nodeWeightsOf(compiled.model, document);
  compiled.model.dispose();
  return weights;
}

function preset(file: string): GraphDocument {
  const url = new URL(`../../../presets/${file}`, import.meta.url);
  return validateText(readFileSync(url, "utf8")).document!;
}

const text = (files: readonly ExportFile[], suffix: string) =>
  (files.find((f) => f.path.endsWith(suffix)) as { text: string }).text;

describe("expected weight shapes", () => {
  for (const c of LAYER_CASES) {
    it(`${c.type} ${JSON.stringify(c.params)}: the export expects tfjs's weights`, () => {
      const compiled = compileGraph(singleLayerDocument(c.type, c.params, c.inputs), { seed: 1 });
      if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
      const expected = expectedWeights(compiled.analysis.nodes.get("x")!, compiled.analysis);
      const actual = compiled.model.getLayer("x").weights.map((w) => w.shape);
      expect(expected.map((w) => w.shape)).toEqual(actual);
      compiled.model.dispose();
    });
  }

  const presets = readdirSync(new URL("../../../presets/", import.meta.url)).filter(
    (f) => f.endsWith(".json") && !f.startsWith("word2vec"),
  );
  for (const file of presets)
    it(`${file}: the compiled model's own weights export without a problem`, () => {
      const result = exportKeras(preset(file), { weights: trainedWeights(preset(file)) });
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
      expect(result.warnings.filter((w) => w.code.startsWith("KX"))).toEqual([]);
    });
});

describe("weights files", () => {
  const document = preset("mnist-mlp.json");
  const weights = trainedWeights(document);

  it("are a JSON manifest and a raw float32 file beside the module, which loads them", () => {
    const result = exportKeras(document, { weights });
    if (!result.ok) throw new Error("refused");
    expect(result.files.map((f) => f.path)).toEqual([
      "mnist_mlp.py",
      "mnist_mlp.weights.json",
      "mnist_mlp.weights.bin",
      "requirements.txt",
    ]);
    expect(text(result.files, ".py")).toContain('WEIGHTS = "mnist_mlp.weights.json"');
    const manifest = JSON.parse(text(result.files, ".json")) as WeightsManifest;
    const kernel = 784 * 128 * 4;
    expect(manifest).toEqual({
      format: WEIGHTS_FORMAT,
      version: 1,
      graph: "MNIST MLP",
      file: "mnist_mlp.weights.bin",
      dtype: "float32",
      byteOrder: "little",
      layers: [
        {
          node: "hidden",
          layer: "hidden",
          weights: [
            { name: "kernel", shape: [784, 128], offset: 0 },
            { name: "bias", shape: [128], offset: kernel },
          ],
        },
        {
          node: "out",
          layer: "out",
          weights: [
            { name: "kernel", shape: [128, 10], offset: kernel + 128 * 4 },
            { name: "bias", shape: [10], offset: kernel + 128 * 4 + 1280 * 4 },
          ],
        },
      ],
    });
    const bin = result.files.find((f) => f.path.endsWith(".bin")) as { bytes: Uint8Array };
    expect(bin.bytes.byteLength).toBe(101_770 * 4);
  });

  it("read back exactly in Python, little-endian, at the manifest's offsets", () => {
    const result = exportKeras(document, { weights });
    if (!result.ok) throw new Error("refused");
    const manifest = JSON.parse(text(result.files, ".json")) as WeightsManifest;
    const bin = result.files.find((f) => f.path.endsWith(".bin")) as { bytes: Uint8Array };
    const hex = Buffer.from(bin.bytes).toString("hex");
    // Plain struct (Debian's Python has no NumPy): the last value of each weight.
    const probes = manifest.layers.flatMap((l) =>
      l.weights.map((w) => w.offset + 4 * (w.shape.reduce((n, d) => n * d, 1) - 1)),
    );
    const printed = runPython(
      DEBIAN_PYTHON,
      [
        "import struct, sys",
        `data = bytes.fromhex(sys.stdin.read())`,
        `print(" ".join(repr(struct.unpack_from("<f", data, o)[0]) for o in ${JSON.stringify(probes)}))`,
      ].join("\n"),
      undefined,
      hex,
    );
    const expected = [...weights.values()].flatMap((tensors) =>
      tensors.map((t) => t.values[t.values.length - 1]!),
    );
    expect(printed.trim().split(" ").map(Number)).toEqual(expected);
  });

  it("are refused when they do not fit, naming the node", () => {
    const wrongShape = new Map(weights);
    wrongShape.set("out", [
      { shape: [10, 128], values: new Float32Array(1280) },
      { shape: [10], values: new Float32Array(10) },
    ]);
    const refused = exportKeras(document, { weights: wrongShape });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.diagnostics).toHaveLength(1);
    expect(refused.diagnostics[0]).toMatchObject({ code: "KX301", nodeIds: ["out"] });
    expect(refused.diagnostics[0]!.message).toContain("[128, 10], [10]");

    const stranger = new Map(weights);
    stranger.set("drop", [{ shape: [1], values: new Float32Array(1) }]);
    stranger.set("nobody", [{ shape: [1], values: new Float32Array(1) }]);
    const twice = exportKeras(document, { weights: stranger });
    expect(twice.ok ? [] : twice.diagnostics.map((d) => d.nodeIds[0])).toEqual(["drop", "nobody"]);

    const short = new Map(weights);
    short.set("out", [
      { shape: [128, 10], values: new Float32Array(12) },
      { shape: [10], values: new Float32Array(10) },
    ]);
    const result = exportKeras(document, { weights: short });
    expect(result.ok ? "" : result.diagnostics[0]!.message).toContain("holds 12 values");
  });

  it("may leave layers out, with a warning naming them", () => {
    const some = new Map([...weights].filter(([id]) => id === "hidden"));
    const result = exportKeras(document, { weights: some });
    if (!result.ok) throw new Error("refused");
    expect(result.warnings.map((w) => [w.code, w.nodeIds])).toEqual([["KX302", ["out"]]]);
    const manifest = JSON.parse(text(result.files, ".json")) as WeightsManifest;
    expect(manifest.layers.map((l) => l.node)).toEqual(["hidden"]);
  });

  it("come from a model saved as tfjs files and loaded back (the CLI's --weights)", async () => {
    const document = preset("transformer-reverse-digits.json");
    const compiled = compileGraph(document, { seed: 9 });
    if (!compiled.ok) throw new Error("does not compile");
    const restored = await modelFromFiles(await modelToFiles(compiled.model));
    const fromFiles = nodeWeightsOf(restored, document);
    expect([...fromFiles.keys()]).toEqual([...nodeWeightsOf(compiled.model, document).keys()]);
    expect(fromFiles.get("attention")!.map((w) => w.shape)).toEqual([
      [16, 2, 8],
      [2, 8],
      [16, 2, 8],
      [2, 8],
      [16, 2, 8],
      [2, 8],
      [2, 8, 16],
      [16],
    ]);
    const result = exportKeras(document, { weights: fromFiles });
    expect(result.ok).toBe(true);
    compiled.model.dispose();
    restored.dispose();
  });

  it("leave no tensor behind", () => {
    const before = tf.memory().numTensors;
    trainedWeights(document);
    expect(tf.memory().numTensors).toBe(before);
  });
});
