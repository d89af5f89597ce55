/**
 * Graph → tfjs model.json → graph is the identity on nodes, edges (source,
 * target, port) and params (as shape inference resolves them), for every
 * preset and for every layer kind the compiler builds.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { compileGraph, enableProductionMode, modelToFiles } from "../../compiler";
import { type GraphDocument, hasErrors, inferShapes, LAYER_TYPES, validateText } from "../../graph";
import { singleLayerDocument, type TestInput } from "../../testing/documents";
import { importTfjsModelText } from "./importModel";
import { withNeurographMetadata } from "./metadata";

const PRESETS = new URL("../../../presets/", import.meta.url);
const presetFiles = readdirSync(PRESETS).filter((f) => f.endsWith(".json"));

beforeAll(async () => {
  enableProductionMode();
  await tf.setBackend("cpu");
});

/** What must survive: each node's kind, resolved params and port-ordered inputs. */
function canonical(document: GraphDocument, options: { roles: boolean } = { roles: true }) {
  const analysis = inferShapes(document);
  return [...analysis.nodes.values()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((n) => {
      const params = { ...n.params };
      if (!options.roles && n.type === "input") delete params.role;
      return {
        id: n.id,
        type: n.type,
        params,
        inputs: n.inputs.map((a) => `${a.port} ← ${a.edge.source}`),
      };
    });
}

/** Compile, save as tfjs writes it, import. */
async function roundTrip(document: GraphDocument, metadata = true) {
  const compiled = compileGraph(document, { seed: 1 });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  const files = await modelToFiles(compiled.model);
  compiled.model.dispose();
  const modelJson = metadata
    ? withNeurographMetadata(files.modelJson, document, compiled.layerNames)
    : files.modelJson;
  return importTfjsModelText(modelJson, { weightData: files.weights });
}

describe("every preset survives graph → tfjs → graph", () => {
  it("finds the presets", () => expect(presetFiles.length).toBeGreaterThanOrEqual(17));

  for (const file of presetFiles) {
    it(file, async () => {
      const original = validateText(readFileSync(new URL(file, PRESETS), "utf8")).document!;
      const imported = await roundTrip(original);
      expect(imported.diagnostics).toEqual([]);
      const document = imported.document!;
      expect(canonical(document)).toEqual(canonical(original));
      // Everything else the editor shows comes back through the metadata.
      const decorations = (d: GraphDocument) =>
        d.nodes
          .map((n) => ({ id: n.id, label: n.label, group: n.group, position: n.position }))
          .sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(decorations(document)).toEqual(decorations(original));
      expect(document.name).toBe(original.name);
      expect(document.description).toEqual(original.description);
      expect(document.groups).toEqual(original.groups);
      expect(document.training).toEqual(original.training);
      expect(hasErrors(inferShapes(document).diagnostics)).toBe(false);
      expect(imported.weights?.byNode.size).toBe(
        original.nodes.filter((n) => inferShapes(original).nodes.get(n.id)!.trainableParams > 0)
          .length,
      );
    });
  }

  it("without Neurograph's metadata (a plain tfjs file) only the input roles are lost", async () => {
    for (const file of presetFiles) {
      const original = validateText(readFileSync(new URL(file, PRESETS), "utf8")).document!;
      const imported = await roundTrip(original, false);
      expect(imported.diagnostics, file).toEqual([]);
      expect(canonical(imported.document!, { roles: false }), file).toEqual(
        canonical(original, { roles: false }),
      );
    }
  });
});

const v = (...shape: (number | null)[]): TestInput => ({ shape });
const ids = (...shape: (number | null)[]): TestInput => ({ shape, dtype: "int32" });
const port = (handle: string, ...shape: number[]): TestInput => ({ shape, handle });

/** Every layer kind, in configurations whose params come back exactly. */
const CASES: readonly [string, Record<string, unknown>, readonly TestInput[]][] = [
  ["dense", { units: 3, activation: "relu", useBias: false }, [v(5)]],
  ["dense", { units: 3, kernelRegularizer: { l1: 0.01, l2: 0.02 } }, [v(4, 6)]],
  ["activation", { activation: "hardSigmoid" }, [v(4)]],
  ["activation", { activation: "leakyRelu", alpha: 0.1 }, [v(4)]],
  ["activation", { activation: "gelu" }, [v(4)]],
  ["dropout", { rate: 0.25 }, [v(4)]],
  ["flatten", {}, [v(3, 3, 2)]],
  ["reshape", { targetShape: [2, 6] }, [v(12)]],
  ["embedding", { inputDim: 30, outputDim: 4 }, [ids(null)]],
  ["conv1d", { filters: 2, kernelSize: 4, strides: 2, padding: "same" }, [v(15, 5)]],
  ["conv1d", { filters: 3, kernelSize: 3, dilationRate: 2, activation: "tanh" }, [v(16, 2)]],
  ["conv2d", { filters: 5, kernelSize: [3, 5], strides: [2, 1], useBias: false }, [v(11, 9, 2)]],
  [
    "conv2d",
    { filters: 2, kernelSize: 3, dilationRate: 2, kernelRegularizer: { l2: 0.1 } },
    [v(9, 9, 1)],
  ],
  ["conv2dTranspose", { filters: 2, kernelSize: [2, 4], strides: [1, 3] }, [v(5, 5, 3)]],
  ["conv2dTranspose", { filters: 1, kernelSize: 3, strides: 2, padding: "same" }, [v(4, 4, 2)]],
  ["upSampling2d", { size: [2, 3], interpolation: "bilinear" }, [v(3, 3, 1)]],
  ["maxPooling1d", { poolSize: 3, strides: 1, padding: "same" }, [v(9, 2)]],
  ["maxPooling2d", { poolSize: 3, strides: 2 }, [v(9, 9, 2)]],
  ["averagePooling1d", { poolSize: 4, padding: "same" }, [v(10, 3)]],
  ["averagePooling2d", { poolSize: [2, 3] }, [v(6, 6, 1)]],
  ["stochasticPooling2d", { poolSize: 3, strides: 2, padding: "same" }, [v(7, 7, 2)]],
  ["stochasticPooling2d", {}, [v(6, 6, 2)]],
  ["globalMaxPooling1d", {}, [v(5, 4)]],
  ["globalMaxPooling2d", {}, [v(4, 4, 3)]],
  ["globalAveragePooling1d", {}, [v(5, 4)]],
  ["globalAveragePooling2d", {}, [v(4, 4, 3)]],
  ["batchNormalization", { momentum: 0.9, epsilon: 0.01, center: false }, [v(4, 4, 3)]],
  ["batchNormalization", { axis: -2 }, [v(6, 4)]],
  ["layerNormalization", { epsilon: 1e-6, scale: false }, [v(5, 8)]],
  ["layerNormalization", { axis: -2 }, [v(5, 8)]],
  ["simpleRNN", { units: 3, returnSequences: true, useBias: false, activation: "relu" }, [v(7, 2)]],
  [
    "lstm",
    {
      units: 4,
      recurrentActivation: "sigmoid",
      goBackwards: true,
      dropout: 0.1,
      recurrentDropout: 0.2,
      unitForgetBias: false,
      kernelRegularizer: { l2: 0.001 },
      recurrentRegularizer: { l1: 0.001 },
    },
    [v(6, 3)],
  ],
  ["gru", { units: 3, returnSequences: true }, [v(6, 2)]],
  ["bidirectional", { layer: "lstm", units: 4, returnSequences: true }, [v(5, 3)]],
  ["bidirectional", { layer: "gru", units: 3, mergeMode: "sum" }, [v(5, 3)]],
  [
    "bidirectional",
    { layer: "simpleRNN", units: 2, mergeMode: "ave", kernelRegularizer: { l2: 0.5 } },
    [v(4, 1)],
  ],
  ["multiHeadAttention", { numHeads: 2, keyDim: 4 }, [v(5, 6)]],
  [
    "multiHeadAttention",
    { numHeads: 3, keyDim: 4, valueDim: 6, outputShape: 12, dropout: 0.1 },
    [port("query", 5, 16), port("value", 7, 10)],
  ],
  [
    "multiHeadAttention",
    { numHeads: 2, keyDim: 5, useBias: false, useCausalMask: true },
    [port("query", 6, 8), port("value", 6, 8), port("key", 6, 9)],
  ],
  ["positionalEncoding", { maxWavelength: 100 }, [v(5, 6)]],
  ["add", {}, [v(4), v(4), v(4)]],
  ["multiply", {}, [v(3, 4), v(3, 4)]],
  ["concatenate", {}, [v(5, 3), v(5, 2)]],
  ["concatenate", { axis: -2 }, [v(2, 3), v(4, 3)]],
  ["dot", { axes: -1, normalize: true }, [v(6), v(6)]],
  ["dot", { axes: -2 }, [v(5, 8), v(5, 6)]],
  ["dot", { axes: [-1, -2] }, [v(5, 8), v(8, 6)]],
  ["sampling", { klWeight: 0.5 }, [port("in0", 3), port("in1", 3)]],
];

describe("every layer kind survives graph → tfjs → graph", () => {
  it("covers every kind", () => {
    const covered = new Set(["input", ...CASES.map(([type]) => type)]);
    expect(LAYER_TYPES.filter((type) => !covered.has(type))).toEqual([]);
  });

  for (const [type, params, inputs] of CASES) {
    it(`${type} ${JSON.stringify(params)}`, async () => {
      const original = singleLayerDocument(type, params, inputs);
      const imported = await roundTrip(original, false);
      expect(imported.diagnostics).toEqual([]);
      expect(canonical(imported.document!)).toEqual(canonical(original));
      // Written as a person would: defaults left out.
      const node = imported.document!.nodes.find((n) => n.id === "x")!;
      expect(node.params).toEqual(params);
    });
  }
});

/**
 * Params tfjs stores resolved: the import gives an equivalent graph written
 * the default way (weights and predictions are checked in weights.test.ts).
 */
const RESOLVED: readonly [
  string,
  Record<string, unknown>,
  readonly TestInput[],
  Record<string, unknown>,
][] = [
  ["reshape", { targetShape: [-1, 3] }, [v(12)], { targetShape: [4, 3] }],
  ["maxPooling2d", { poolSize: 2, strides: 2 }, [v(8, 8, 1)], {}],
  ["maxPooling1d", { poolSize: 3, strides: 3 }, [v(9, 2)], { poolSize: 3 }],
  [
    "multiHeadAttention",
    { numHeads: 2, keyDim: 3, valueDim: 3 },
    [v(4, 6)],
    { numHeads: 2, keyDim: 3 },
  ],
  ["layerNormalization", { axis: 1 }, [v(5, 8)], { axis: -2 }],
  ["concatenate", { axis: 2 }, [v(2, 3), v(2, 4)], {}],
  ["dot", { axes: 2 }, [v(5, 8), v(7, 8)], { axes: -1 }],
  ["dot", { axes: [1, 1] }, [v(5, 8), v(5, 6)], { axes: -2 }],
];

describe("params tfjs stores resolved come back in their default form", () => {
  for (const [type, params, inputs, expected] of RESOLVED) {
    it(`${type} ${JSON.stringify(params)} → ${JSON.stringify(expected)}`, async () => {
      const imported = await roundTrip(singleLayerDocument(type, params, inputs), false);
      expect(imported.diagnostics).toEqual([]);
      expect(imported.document!.nodes.find((n) => n.id === "x")!.params).toEqual(expected);
      const before = inferShapes(singleLayerDocument(type, params, inputs)).nodes.get("x")!;
      const after = inferShapes(imported.document!).nodes.get("x")!;
      expect(after.outputShape).toEqual(before.outputShape);
    });
  }
});
