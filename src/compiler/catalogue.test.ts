/**
 * Every layer kind, in at least two configurations (including the cases people
 * get wrong), compiled with tfjs: our inferred output shape and parameter counts
 * must equal tfjs's `outputShape`, `countParams()` and its (non-)trainable
 * weights exactly.
 */
import type * as tf from "@tensorflow/tfjs";
import * as tfRuntime from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { LAYER_TYPES } from "../graph";
import { singleLayerDocument, type TestInput } from "../testing/documents";
import { compileGraph } from "./compile";
import { enableProductionMode } from "./environment";
import { LAYER_BUILDERS } from "./layers/registry";

interface Case {
  readonly type: string;
  readonly params: Record<string, unknown>;
  readonly inputs: readonly TestInput[];
  readonly note?: string;
  /** A tfjs cpu-backend bug breaks this case's training step (other backends are fine). */
  readonly cpuTrainingBug?: string;
}

const v = (...shape: (number | null)[]): TestInput => ({ shape });
const ids = (...shape: (number | null)[]): TestInput => ({ shape, dtype: "int32" });
const port = (handle: string, ...shape: number[]): TestInput => ({ shape, handle });

const CATALOGUE_CASES: readonly Case[] = [
  { type: "input", params: { shape: [784] }, inputs: [] },
  {
    type: "input",
    params: { shape: [null, 16], dtype: "int32" },
    inputs: [],
    note: "variable length",
  },
  { type: "dense", params: { units: 5 }, inputs: [v(20)] },
  {
    type: "dense",
    params: { units: 4, activation: "relu" },
    inputs: [v(7, 12)],
    note: "rank 3: acts on the last axis",
  },
  {
    type: "dense",
    params: { units: 2, useBias: false },
    inputs: [v(4, 4, 3)],
    note: "rank 4, no bias",
  },
  {
    type: "dense",
    params: { units: 3, kernelRegularizer: { l1: 0.01, l2: 0.01 } },
    inputs: [v(6)],
  },
  { type: "activation", params: { activation: "relu" }, inputs: [v(10)] },
  { type: "activation", params: { activation: "leakyRelu", alpha: 0.1 }, inputs: [v(3, 4)] },
  { type: "activation", params: { activation: "softmax" }, inputs: [v(5)] },
  { type: "activation", params: { activation: "gelu" }, inputs: [v(2, 2, 2)] },
  { type: "dropout", params: { rate: 0.5 }, inputs: [v(10)] },
  { type: "dropout", params: { rate: 0 }, inputs: [v(4, 4, 3)] },
  { type: "flatten", params: {}, inputs: [v(7, 7, 32)] },
  { type: "flatten", params: {}, inputs: [v(5, 6)] },
  { type: "reshape", params: { targetShape: [28, 28, 1] }, inputs: [v(784)] },
  { type: "reshape", params: { targetShape: [-1, 3] }, inputs: [v(12)], note: "-1 resolved" },
  {
    type: "reshape",
    params: { targetShape: [2, 2] },
    inputs: [v(null, 4)],
    note: "variable input",
  },
  { type: "embedding", params: { inputDim: 100, outputDim: 8 }, inputs: [ids(10)] },
  {
    type: "embedding",
    params: { inputDim: 5000, outputDim: 16 },
    inputs: [ids(null)],
    note: "variable length",
  },
  { type: "conv1d", params: { filters: 4, kernelSize: 3 }, inputs: [v(20, 3)] },
  {
    type: "conv1d",
    params: { filters: 2, kernelSize: 4, strides: 2, padding: "same" },
    inputs: [v(15, 5)],
  },
  { type: "conv1d", params: { filters: 3, kernelSize: 3, dilationRate: 2 }, inputs: [v(16, 2)] },
  { type: "conv2d", params: { filters: 8, kernelSize: 3 }, inputs: [v(28, 28, 1)] },
  {
    type: "conv2d",
    params: { filters: 6, kernelSize: 5, strides: 2, padding: "same" },
    inputs: [v(28, 28, 3)],
    note: "same + stride",
  },
  {
    type: "conv2d",
    params: { filters: 4, kernelSize: 5, strides: 2, padding: "valid" },
    inputs: [v(27, 27, 3)],
    note: "valid + stride",
  },
  {
    type: "conv2d",
    params: { filters: 2, kernelSize: 3, dilationRate: 2 },
    inputs: [v(32, 32, 3)],
  },
  {
    type: "conv2d",
    params: { filters: 5, kernelSize: [3, 5], strides: [2, 1], useBias: false },
    inputs: [v(11, 9, 2)],
  },
  {
    type: "conv2d",
    params: { filters: 4, kernelSize: 3 },
    inputs: [v(null, null, 3)],
    note: "variable size",
  },
  {
    type: "conv2dTranspose",
    params: { filters: 8, kernelSize: 3, strides: 2, padding: "same" },
    inputs: [v(7, 7, 16)],
  },
  {
    type: "conv2dTranspose",
    params: { filters: 1, kernelSize: 3, strides: 2 },
    inputs: [v(7, 7, 4)],
    note: "valid",
  },
  {
    type: "conv2dTranspose",
    params: { filters: 2, kernelSize: [2, 4], strides: [1, 3] },
    inputs: [v(5, 5, 3)],
  },
  { type: "upSampling2d", params: {}, inputs: [v(4, 4, 3)] },
  {
    type: "upSampling2d",
    params: { size: [2, 3], interpolation: "bilinear" },
    inputs: [v(5, 7, 2)],
    cpuTrainingBug:
      "tfjs-backend-cpu 4.22's ResizeBilinearGrad swaps height and width for non-square images",
  },
  {
    type: "upSampling2d",
    params: { size: [3, 2], interpolation: "bilinear" },
    inputs: [v(6, 6, 1)],
  },
  { type: "maxPooling1d", params: {}, inputs: [v(20, 4)] },
  { type: "maxPooling1d", params: { poolSize: 3, strides: 1, padding: "same" }, inputs: [v(9, 2)] },
  { type: "maxPooling2d", params: {}, inputs: [v(28, 28, 8)] },
  {
    type: "maxPooling2d",
    params: { poolSize: 3, strides: 2 },
    inputs: [v(27, 27, 4)],
    note: "overlapping (AlexNet)",
  },
  {
    type: "maxPooling2d",
    params: { poolSize: 3, strides: 2, padding: "same" },
    inputs: [v(13, 13, 4)],
  },
  { type: "averagePooling1d", params: {}, inputs: [v(9, 2)] },
  { type: "averagePooling1d", params: { poolSize: 4, padding: "same" }, inputs: [v(10, 3)] },
  { type: "averagePooling2d", params: {}, inputs: [v(6, 6, 1)] },
  { type: "averagePooling2d", params: { poolSize: [2, 3], padding: "same" }, inputs: [v(7, 5, 2)] },
  { type: "stochasticPooling2d", params: {}, inputs: [v(26, 26, 8)] },
  {
    type: "stochasticPooling2d",
    params: { poolSize: 3, strides: 2, padding: "same" },
    inputs: [v(13, 13, 4)],
  },
  { type: "globalMaxPooling1d", params: {}, inputs: [v(10, 4)] },
  { type: "globalMaxPooling1d", params: {}, inputs: [v(null, 4)] },
  { type: "globalMaxPooling2d", params: {}, inputs: [v(7, 7, 8)] },
  { type: "globalMaxPooling2d", params: {}, inputs: [v(null, null, 3)] },
  { type: "globalAveragePooling1d", params: {}, inputs: [v(10, 4)] },
  { type: "globalAveragePooling1d", params: {}, inputs: [v(3, 1)] },
  { type: "globalAveragePooling2d", params: {}, inputs: [v(7, 7, 8)] },
  { type: "globalAveragePooling2d", params: {}, inputs: [v(5, 3, 2)] },
  { type: "batchNormalization", params: {}, inputs: [v(10)], note: "2·C non-trainable" },
  { type: "batchNormalization", params: {}, inputs: [v(8, 8, 16)] },
  {
    type: "batchNormalization",
    params: { axis: 1, center: false },
    inputs: [v(6, 4)],
    note: "NG409",
  },
  { type: "layerNormalization", params: {}, inputs: [v(10)] },
  { type: "layerNormalization", params: { scale: false }, inputs: [v(5, 8)], note: "NG409" },
  { type: "layerNormalization", params: { axis: 1 }, inputs: [v(5, 8)] },
  { type: "simpleRNN", params: { units: 4 }, inputs: [v(10, 3)] },
  {
    type: "simpleRNN",
    params: { units: 6, returnSequences: true, useBias: false },
    inputs: [v(7, 2)],
  },
  { type: "lstm", params: { units: 32 }, inputs: [v(20, 16)] },
  {
    type: "lstm",
    params: { units: 5, returnSequences: true, kernelRegularizer: { l2: 0.001 } },
    inputs: [v(null, 3)],
  },
  { type: "gru", params: { units: 8 }, inputs: [v(20, 16)] },
  { type: "gru", params: { units: 3, returnSequences: true }, inputs: [v(6, 2)] },
  {
    type: "bidirectional",
    params: { layer: "lstm", units: 4, returnSequences: true },
    inputs: [v(12, 16)],
    note: "concat doubles units",
  },
  {
    type: "bidirectional",
    params: { layer: "gru", units: 5, mergeMode: "sum" },
    inputs: [v(9, 3)],
  },
  {
    type: "bidirectional",
    params: { layer: "simpleRNN", units: 2, mergeMode: "ave" },
    inputs: [v(4, 1)],
  },
  {
    type: "multiHeadAttention",
    params: { numHeads: 2, keyDim: 8 },
    inputs: [v(12, 16)],
    note: "self-attention",
  },
  {
    type: "multiHeadAttention",
    params: { numHeads: 3, keyDim: 4, valueDim: 6, outputShape: 12 },
    inputs: [port("query", 5, 16), port("value", 7, 10)],
  },
  {
    type: "multiHeadAttention",
    params: { numHeads: 2, keyDim: 5, useBias: false, useCausalMask: true },
    inputs: [port("query", 6, 8), port("value", 6, 8), port("key", 6, 9)],
  },
  { type: "positionalEncoding", params: {}, inputs: [v(12, 16)] },
  { type: "positionalEncoding", params: { maxWavelength: 100 }, inputs: [v(5, 7)] },
  { type: "add", params: {}, inputs: [v(8), v(8)] },
  { type: "add", params: {}, inputs: [v(4, 4, 3), v(4, 4, 3), v(4, 4, 3)] },
  { type: "add", params: {}, inputs: [v(5, 1), v(5, 3)], note: "broadcast" },
  { type: "concatenate", params: {}, inputs: [v(8), v(4)] },
  { type: "concatenate", params: {}, inputs: [v(5, 3), v(5, 2), v(5, 1)] },
  { type: "concatenate", params: { axis: 1 }, inputs: [v(2, 3), v(4, 3)] },
  { type: "multiply", params: {}, inputs: [v(8), v(8)] },
  { type: "multiply", params: {}, inputs: [v(3, 4), v(3, 4)] },
  {
    type: "dot",
    params: { axes: -1, normalize: true },
    inputs: [v(16), v(16)],
    note: "cosine similarity",
  },
  { type: "dot", params: { axes: 2 }, inputs: [v(5, 8), v(7, 8)] },
  { type: "dot", params: { axes: [1, 1] }, inputs: [v(5, 8), v(5, 6)] },
  { type: "sampling", params: {}, inputs: [port("in0", 2), port("in1", 2)] },
  { type: "sampling", params: { klWeight: 0.5 }, inputs: [v(4, 4), v(4, 4)] },
];

function weightCount(weights: readonly tf.LayerVariable[]): number {
  return weights.reduce((n, w) => n + w.shape.reduce<number>((a, b) => a * (b ?? 0), 1), 0);
}

beforeAll(() => enableProductionMode());

describe("layer catalogue agrees with tfjs", () => {
  it("has a builder for every layer kind and no other", () => {
    expect([...LAYER_BUILDERS.keys()].sort()).toEqual([...LAYER_TYPES].sort());
  });

  it("covers every layer kind with at least two configurations", () => {
    for (const type of LAYER_TYPES) {
      expect(CATALOGUE_CASES.filter((c) => c.type === type).length, type).toBeGreaterThanOrEqual(2);
    }
  });

  for (const c of CATALOGUE_CASES) {
    const title = `${c.type} ${JSON.stringify(c.params)} on ${c.inputs.map((i) => JSON.stringify(i.shape)).join(" + ") || "—"}${c.note ? ` (${c.note})` : ""}`;
    it(title, () => {
      const document =
        c.type === "input"
          ? singleLayerDocument("dense", { units: 1 }, [
              { shape: c.params.shape as number[], dtype: c.params.dtype as "int32" },
            ])
          : singleLayerDocument(c.type, c.params, c.inputs);
      const id = c.type === "input" ? "in_0" : "x";
      const result = compileGraph(document, { seed: 7 });
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
      const inferred = result.analysis.nodes.get(id)!;
      const layer = result.model.getLayer(id);
      expect(inferred.outputShape).toEqual(layer.outputShape);
      expect(inferred.trainableParams + inferred.nonTrainableParams).toBe(layer.countParams());
      expect(inferred.trainableParams).toBe(weightCount(layer.trainableWeights));
      expect(inferred.nonTrainableParams).toBe(weightCount(layer.nonTrainableWeights));
      expect(result.analysis.totals.params).toBe(result.model.countParams());
      result.model.dispose();
    });
  }
});

/** Concrete data for a symbolic shape: unknown dims become `unknown`, token ids stay below the vocabulary. */
function sampleTensor(
  shape: readonly (number | null)[],
  dtype: string,
  seed: number,
  unknown: number,
): tf.Tensor {
  const concrete = [2, ...shape.slice(1).map((d) => d ?? unknown)];
  return dtype === "int32"
    ? tfRuntime.randomUniform(concrete, 0, 10, "int32", seed)
    : tfRuntime.randomUniform(concrete, 0, 1, "float32", seed);
}

/** One training step: weights move, or for weightless layers, the gradient reaches the input. */
async function trainOneStep(model: tf.LayersModel, unknown: number): Promise<void> {
  const xs = model.inputs.map((input, i) =>
    sampleTensor(input.shape, input.dtype, 10 + i, unknown),
  );
  try {
    const probe = model.predict(xs) as tf.Tensor;
    const ys = tfRuntime.randomUniform(probe.shape, 0, 1, "float32", 99);
    if (model.trainableWeights.length === 0) {
      const floats = xs.filter((x) => x.dtype === "float32");
      const grads = tfRuntime.grads((...inputs: tf.Tensor[]) =>
        tfRuntime.losses.meanSquaredError(ys, model.apply(inputs, { training: true }) as tf.Tensor),
      )(floats);
      for (const g of grads) expect(g.dataSync().every(Number.isFinite)).toBe(true);
      expect(grads.some((g) => g.dataSync().some((value) => value !== 0))).toBe(true);
      tfRuntime.dispose(grads);
    } else {
      model.compile({ optimizer: tfRuntime.train.sgd(0.1), loss: "meanSquaredError" });
      const before = model.trainableWeights.map((w) => w.read().dataSync().slice());
      const history = await model.fit(xs, ys, { epochs: 1, batchSize: 2, verbose: 0 });
      expect(Number.isFinite(history.history.loss![0] as number)).toBe(true);
      expect(
        model.trainableWeights.some((w, i) =>
          w
            .read()
            .dataSync()
            .some((value, j) => value !== before[i]![j]),
        ),
      ).toBe(true);
    }
    tfRuntime.dispose([probe, ys]);
  } finally {
    tfRuntime.dispose(xs);
  }
}

describe("every layer kind trains (forward and backward pass on tfjs)", () => {
  for (const c of CATALOGUE_CASES.filter((k) => k.type !== "input")) {
    it(`${c.type} ${JSON.stringify(c.params)}`, async () => {
      const result = compileGraph(singleLayerDocument(c.type, c.params, c.inputs), { seed: 3 });
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
      // Reshape's variable input must hold exactly the target's element count.
      const unknown = c.type === "reshape" ? 1 : 5;
      const untrainable =
        result.diagnostics.some((d) => d.code === "NG409") || c.cpuTrainingBug !== undefined;
      if (untrainable) {
        // NG409 (or a known cpu-backend bug) says tfjs cannot train this; prove it
        // still cannot, so the warning and docs stay true when tfjs changes.
        await expect(trainOneStep(result.model, unknown)).rejects.toThrow();
      } else {
        await trainOneStep(result.model, unknown);
      }
      result.model.dispose();
    });
  }
});
