/**
 * Weights kept: a model compiled from the imported graph, with the imported
 * weights, predicts what the original predicted.
 */
import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { compileGraph, enableProductionMode, modelToFiles } from "../../compiler";
import { type GraphDocument, validateText } from "../../graph";
import { chainDocument, singleLayerDocument } from "../../testing/documents";
import { applyImportedWeights, compileWithImportedWeights } from "./applyWeights";
import { importTfjsModelText } from "./importModel";

const PRESETS = new URL("../../../presets/", import.meta.url);

beforeAll(async () => {
  enableProductionMode();
  await tf.setBackend("cpu");
});

function preset(file: string): GraphDocument {
  return validateText(readFileSync(new URL(file, PRESETS), "utf8")).document!;
}

/** Fresh weights are too tame (zero biases, unit variances): draw every weight at random. */
function scramble(model: tf.LayersModel, seed: number): void {
  model.weights.forEach((w, i) => {
    const variance = w.originalName.endsWith("moving_variance");
    const value = tf.randomUniform(
      w.shape as number[],
      variance ? 0.5 : -1,
      variance ? 1.5 : 1,
      "float32",
      seed + i,
    );
    w.write(value);
    value.dispose();
  });
}

function sampleInputs(model: tf.LayersModel): tf.Tensor[] {
  return model.inputs.map((input, i) => {
    const shape = [4, ...input.shape.slice(1).map((d) => d ?? 5)] as number[];
    return input.dtype === "int32"
      ? tf.randomUniform(shape, 0, 10, "int32", 40 + i)
      : tf.randomUniform(shape, -1, 1, "float32", 40 + i);
  });
}

function predictAll(model: tf.LayersModel, xs: tf.Tensor[]): tf.Tensor[] {
  const out = model.predict(xs.length === 1 ? xs[0]! : xs);
  return Array.isArray(out) ? out : [out];
}

function maxAbsDiff(a: readonly tf.Tensor[], b: readonly tf.Tensor[]): number {
  expect(b.map((t) => t.shape)).toEqual(a.map((t) => t.shape));
  return Math.max(
    ...a.map((t, i) => tf.tidy(() => tf.max(tf.abs(tf.sub(t, b[i]!))).dataSync()[0]!)),
  );
}

/** Original predictions, and those of the re-imported graph before and after loading the weights. */
async function compare(document: GraphDocument) {
  const original = compileGraph(document, { seed: 1 });
  if (!original.ok) throw new Error(original.diagnostics.map((d) => d.message).join("\n"));
  scramble(original.model, 5);
  const xs = sampleInputs(original.model);
  const expected = predictAll(original.model, xs);
  const files = await modelToFiles(original.model);
  original.model.dispose();

  const imported = importTfjsModelText(files.modelJson, { weightData: files.weights });
  expect(imported.diagnostics).toEqual([]);
  const compiled = compileGraph(imported.document!, { seed: 99 });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  const tensors = tf.memory().numTensors;
  const weights = applyImportedWeights(compiled.model, compiled.layerNames, imported.weights!);
  expect(tf.memory().numTensors).toBe(tensors);
  expect(weights.diagnostics).toEqual([]);
  expect(weights.loaded.length).toBe(imported.weights!.byNode.size);
  const actual = predictAll(compiled.model, xs);
  const diff = maxAbsDiff(expected, actual);
  compiled.model.dispose();
  tf.dispose([...xs, ...expected, ...actual]);
  return diff;
}

describe("imported weights predict as before", () => {
  const presets = [
    "mnist-mlp.json",
    "lenet-5.json",
    "lstm-first-symbol.json",
    "transformer-classifier.json",
    "bilstm-tagging.json",
    "vae-mnist.json",
    "cgan-ring.json",
  ];
  for (const file of presets) {
    it(`${file}: max |Δ| < 1e-6`, async () => {
      const diff = await compare(preset(file));
      console.info(`${file}: max |Δ| = ${diff}`);
      expect(diff).toBeLessThan(1e-6);
    }, 120_000);
  }

  it("every kind with weights, including batch-norm statistics and both Bidirectional halves", async () => {
    const documents = [
      chainDocument(
        [8, 8, 2],
        [
          ["conv2d", { filters: 3, kernelSize: 3, padding: "same" }],
          ["batchNormalization", {}],
          ["conv2dTranspose", { filters: 2, kernelSize: 3, strides: 2 }],
          ["layerNormalization", {}],
          ["flatten", {}],
          ["dense", { units: 3 }],
        ],
      ),
      chainDocument(
        [6, 3],
        [
          ["conv1d", { filters: 4, kernelSize: 2 }],
          ["simpleRNN", { units: 3, returnSequences: true }],
          ["gru", { units: 3, returnSequences: true }],
          ["bidirectional", { layer: "gru", units: 2, mergeMode: "mul", returnSequences: true }],
          ["bidirectional", { layer: "simpleRNN", units: 2 }],
        ],
      ),
      singleLayerDocument(
        "multiHeadAttention",
        { numHeads: 2, keyDim: 3, valueDim: 4, outputShape: 5, useCausalMask: true },
        [
          { shape: [4, 6], handle: "query" },
          { shape: [3, 7], handle: "value" },
          { shape: [3, 5], handle: "key" },
        ],
      ),
    ];
    for (const document of documents) expect(await compare(document)).toBeLessThan(1e-6);
  }, 120_000);

  it("compileWithImportedWeights compiles and loads in one step", async () => {
    const original = compileGraph(preset("xor-mlp.json"), { seed: 1 });
    if (!original.ok) throw new Error("compile");
    const files = await modelToFiles(original.model);
    const imported = importTfjsModelText(files.modelJson, { weightData: files.weights });
    const { compiled, weights } = compileWithImportedWeights(
      imported.document!,
      imported.weights!,
      {
        seed: 7,
      },
    );
    if (!compiled.ok) throw new Error("compile");
    expect(weights?.loaded).toEqual(["hidden1", "hidden2", "out"]);
    const xs = sampleInputs(original.model);
    const a = predictAll(original.model, xs);
    const b = predictAll(compiled.model, xs);
    expect(maxAbsDiff(a, b)).toBe(0);
    tf.dispose([...xs, ...a, ...b]);
    original.model.dispose();
    compiled.model.dispose();
  });

  it("models built with tfjs directly (default names, a Sequential, a shared layer) predict as before", async () => {
    const sequential = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [6, 6, 2], filters: 3, kernelSize: 3, activation: "relu" }),
        tf.layers.batchNormalization(),
        tf.layers.maxPooling2d({ poolSize: 2 }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 4, activation: "softmax" }),
      ],
    });
    const a = tf.input({ shape: [5] });
    const b = tf.input({ shape: [5] });
    const shared = tf.layers.dense({ units: 3, activation: "tanh" });
    const merged = tf.layers
      .concatenate()
      .apply([
        shared.apply(a) as tf.SymbolicTensor,
        shared.apply(b) as tf.SymbolicTensor,
      ]) as tf.SymbolicTensor;
    const siamese = tf.model({
      inputs: [a, b],
      outputs: tf.layers.dense({ units: 1 }).apply(merged) as tf.SymbolicTensor,
    });
    for (const model of [sequential, siamese]) {
      scramble(model, 11);
      const xs = sampleInputs(model);
      const expected = predictAll(model, xs);
      const files = await modelToFiles(model);
      const imported = importTfjsModelText(files.modelJson, { weightData: files.weights });
      // The siamese model's shared layer becomes two nodes, which is said (NG304).
      expect(imported.diagnostics.map((d) => d.code)).toEqual(model === siamese ? ["NG304"] : []);
      const { compiled, weights } = compileWithImportedWeights(
        imported.document!,
        imported.weights!,
      );
      if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
      expect(weights!.diagnostics).toEqual([]);
      const actual = predictAll(compiled.model, xs);
      expect(maxAbsDiff(expected, actual)).toBeLessThan(1e-6);
      tf.dispose([...xs, ...expected, ...actual]);
      compiled.model.dispose();
      model.dispose();
    }
  });

  it("a GAN built from nested tfjs models (the discriminator applied twice) predicts as before", async () => {
    const generator = tf.sequential({
      name: "generator",
      layers: [
        tf.layers.dense({ name: "g1", inputShape: [3], units: 8, activation: "relu" }),
        tf.layers.dense({ name: "g2", units: 2 }),
      ],
    });
    const discriminator = tf.sequential({
      name: "discriminator",
      layers: [
        tf.layers.dense({ name: "d1", inputShape: [2], units: 8 }),
        tf.layers.leakyReLU({ name: "d1_act", alpha: 0.2 }),
        tf.layers.dense({ name: "d2", units: 1, activation: "sigmoid" }),
      ],
    });
    const z = tf.input({ shape: [3], name: "z" });
    const x = tf.input({ shape: [2], name: "x" });
    const onFake = discriminator.apply(generator.apply(z)) as tf.SymbolicTensor;
    const onReal = discriminator.apply(x) as tf.SymbolicTensor;
    const gan = tf.model({ inputs: [z, x], outputs: [onFake, onReal] });
    scramble(gan, 3);
    const xs = sampleInputs(gan);
    const expected = predictAll(gan, xs);
    const files = await modelToFiles(gan);
    const imported = importTfjsModelText(files.modelJson, { weightData: files.weights });
    const document = imported.document!;
    expect(document.nodes.map((n) => n.id)).toEqual([
      "z",
      "x",
      "g1",
      "g2",
      "d1",
      "d1_2",
      "d1_act",
      "d1_act_2",
      "d2",
      "d2_2",
    ]);
    // Only the discriminator's second use is reported (its copies share the weights).
    expect(imported.diagnostics.map((d) => [d.code, d.nodeId])).toEqual([
      ["NG304", "d1"],
      ["NG304", "d1_act"],
      ["NG304", "d2"],
    ]);
    const { compiled, weights } = compileWithImportedWeights(document, imported.weights!);
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
    expect(weights!.loaded).toEqual(["g1", "g2", "d1", "d1_2", "d2", "d2_2"]);
    const actual = predictAll(compiled.model, xs);
    expect(maxAbsDiff(expected, actual)).toBeLessThan(1e-6);
    tf.dispose([...xs, ...expected, ...actual]);
    compiled.model.dispose();
    gan.dispose();
  });

  it("weights named as Keras names a Bidirectional's halves are paired by order", async () => {
    const original = compileGraph(preset("bilstm-tagging.json"), { seed: 1 });
    if (!original.ok) throw new Error("compile");
    scramble(original.model, 8);
    const xs = sampleInputs(original.model);
    const expected = predictAll(original.model, xs);
    const files = await modelToFiles(original.model);
    const kerasNames = files.modelJson.replace(
      /bi\/(forward|backward)_bi_cell\//g,
      "bi/$1_lstm/lstm_cell/",
    );
    expect(kerasNames).toContain("bi/backward_lstm/lstm_cell/recurrent_kernel");
    const imported = importTfjsModelText(kerasNames, { weightData: files.weights });
    const { compiled, weights } = compileWithImportedWeights(imported.document!, imported.weights!);
    if (!compiled.ok) throw new Error("compile");
    expect(weights!.diagnostics).toEqual([]);
    const actual = predictAll(compiled.model, xs);
    expect(maxAbsDiff(expected, actual)).toBeLessThan(1e-6);
    tf.dispose([...xs, ...expected, ...actual]);
    original.model.dispose();
    compiled.model.dispose();
  }, 120_000);

  it("weights that do not fit are named, and the layer keeps fresh ones", async () => {
    const original = compileGraph(preset("xor-mlp.json"), { seed: 1 });
    if (!original.ok) throw new Error("compile");
    const files = await modelToFiles(original.model);
    original.model.dispose();
    const imported = importTfjsModelText(files.modelJson, { weightData: files.weights });
    const changed = {
      ...imported.document!,
      nodes: imported.document!.nodes.map((n) =>
        n.id === "hidden2" ? { ...n, params: { ...n.params, units: 5 } } : n,
      ),
    };
    const { compiled, weights } = compileWithImportedWeights(changed, imported.weights!);
    if (!compiled.ok) throw new Error("compile");
    expect(weights!.loaded).toEqual(["hidden1"]);
    expect(weights!.diagnostics.map((d) => [d.code, d.nodeId])).toEqual([
      ["NG104", "hidden2"],
      ["NG104", "out"],
    ]);
    expect(weights!.diagnostics[0]!.message).toContain(
      "'hidden2/kernel' has shape [8, 8] where the layer needs [8, 5]",
    );
    compiled.model.dispose();
  });

  it("the comparison can fail: without the weights the predictions differ", async () => {
    const original = compileGraph(preset("mnist-mlp.json"), { seed: 1 });
    if (!original.ok) throw new Error("compile");
    const files = await modelToFiles(original.model);
    const imported = importTfjsModelText(files.modelJson);
    expect(imported.weights).toBeUndefined();
    const fresh = compileGraph(imported.document!, { seed: 99 });
    if (!fresh.ok) throw new Error("compile");
    const xs = sampleInputs(original.model);
    const a = predictAll(original.model, xs);
    const b = predictAll(fresh.model, xs);
    expect(maxAbsDiff(a, b)).toBeGreaterThan(1e-3);
    tf.dispose([...xs, ...a, ...b]);
    original.model.dispose();
    fresh.model.dispose();
  });
});
