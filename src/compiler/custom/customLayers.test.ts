/**
 * Our custom tfjs layers: each survives compile → save → load with identical
 * predictions, and each computes what the curriculum says it computes.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphDocument } from "../../graph";
import { chainDocument, singleLayerDocument } from "../../testing/documents";
import { modelFromFiles, modelToFiles } from "../artifacts";
import { compileGraph } from "../compile";
import { enableProductionMode } from "../environment";
import type { MultiHeadAttention } from "./multiHeadAttention";
import { sinusoidTable } from "./positionalEncoding";
import { klDivergence, Sampling } from "./sampling";
import { expectedPool, extractWindows, sampledPool } from "./stochasticPooling2d";

beforeAll(() => enableProductionMode());

function compiled(document: GraphDocument, seed = 11): tf.LayersModel {
  const result = compileGraph(document, { seed });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.model;
}

function randomInput(shape: number[], seed: number): tf.Tensor {
  return tf.randomUniform([3, ...shape], 0, 1, "float32", seed);
}

const ROUND_TRIPS: { name: string; document: GraphDocument; inputs: number[][] }[] = [
  {
    name: "StochasticPooling2D",
    document: chainDocument(
      [8, 8, 2],
      [
        ["conv2d", { filters: 3, kernelSize: 3, activation: "relu", padding: "same" }],
        ["stochasticPooling2d", { poolSize: 3, strides: 2, padding: "same" }],
        ["flatten", {}],
        ["dense", { units: 4 }],
      ],
    ),
    inputs: [[8, 8, 2]],
  },
  {
    name: "MultiHeadAttention (cross-attention with key, causal)",
    document: singleLayerDocument(
      "multiHeadAttention",
      { numHeads: 2, keyDim: 3, valueDim: 5, useCausalMask: true },
      [
        { shape: [4, 6], handle: "query" },
        { shape: [4, 7], handle: "value" },
        { shape: [4, 5], handle: "key" },
      ],
    ),
    inputs: [
      [4, 6],
      [4, 7],
      [4, 5],
    ],
  },
  {
    name: "PositionalEncoding",
    document: chainDocument(
      [6, 8],
      [
        ["positionalEncoding", {}],
        ["multiHeadAttention", { numHeads: 2, keyDim: 4 }],
      ],
    ),
    inputs: [[6, 8]],
  },
  {
    name: "Sampling",
    document: {
      format: "neurograph",
      version: 1,
      name: "vae head",
      nodes: [
        { id: "in", type: "input", params: { shape: [5] }, position: { x: 0, y: 0 } },
        { id: "mu", type: "dense", params: { units: 2 }, position: { x: 0, y: 0 } },
        { id: "logVar", type: "dense", params: { units: 2 }, position: { x: 0, y: 0 } },
        { id: "z", type: "sampling", params: { klWeight: 0.5 }, position: { x: 0, y: 0 } },
        {
          id: "decoded",
          type: "dense",
          params: { units: 5, activation: "sigmoid" },
          position: { x: 0, y: 0 },
        },
      ],
      edges: [
        { id: "a", source: "in", target: "mu" },
        { id: "b", source: "in", target: "logVar" },
        { id: "c", source: "mu", target: "z", targetHandle: "in0" },
        { id: "d", source: "logVar", target: "z", targetHandle: "in1" },
        { id: "e", source: "z", target: "decoded" },
      ],
      groups: [],
      training: {},
    },
    inputs: [[5]],
  },
];

describe("custom layers survive compile → save → load", () => {
  for (const { name, document, inputs } of ROUND_TRIPS) {
    it(`${name}: identical predictions after reload`, async () => {
      const model = compiled(document);
      const xs = inputs.map((shape, i) => randomInput(shape, 100 + i));
      const before = model.predict(xs.length === 1 ? xs[0]! : xs) as tf.Tensor;
      const files = await modelToFiles(model);
      expect(JSON.parse(files.modelJson).format).toBe("layers-model");
      const reloaded = await modelFromFiles(files);
      const after = reloaded.predict(xs.length === 1 ? xs[0]! : xs) as tf.Tensor;
      expect(after.shape).toEqual(before.shape);
      expect(Array.from(after.dataSync())).toEqual(Array.from(before.dataSync()));
      expect(reloaded.countParams()).toBe(model.countParams());
      tf.dispose([...xs, before, after]);
      model.dispose();
      reloaded.dispose();
    });
  }
});

describe("StochasticPooling2D", () => {
  const x = tf.tensor4d([1, 3, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4], [1, 4, 4, 1]);

  it("at inference outputs the probability-weighted average Σa²/Σa (0 for an all-zero window)", () => {
    const out = expectedPool(extractWindows(x as tf.Tensor4D, [2, 2], [2, 2], "valid"));
    // Window [[1,3],[2,2]]: (1+9+4+4)/8 = 2.25; [[0,0],[0,0]] → 0; [[0,0],[0,4]] → 4.
    expect(Array.from(out.dataSync())).toEqual([2.25, 0, 0, 4]);
  });

  it("in training draws one of the window's values, in proportion to its size", () => {
    const windows = extractWindows(x as tf.Tensor4D, [2, 2], [2, 2], "valid");
    const counts = new Map<number, number>();
    for (let s = 0; s < 400; s++) {
      const value = sampledPool(windows, 1000 + s).dataSync()[0]!;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3]);
    // p(3) = 3/8, p(2) = 4/8 (two cells), p(1) = 1/8.
    expect(counts.get(3)! / 400).toBeCloseTo(3 / 8, 1);
    expect(counts.get(2)! / 400).toBeCloseTo(4 / 8, 1);
  });

  it("routes the gradient to the drawn element only", () => {
    const grad = tf.grad((input: tf.Tensor) =>
      sampledPool(extractWindows(input as tf.Tensor4D, [2, 2], [2, 2], "valid"), 7).sum(),
    )(x);
    const g = Array.from(grad.dataSync());
    // One element of the first window and the 4 of the last window get gradient 1.
    expect(g.filter((v) => v === 1).length).toBe(2);
    expect(g[15]).toBe(1);
    expect(g.reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe("MultiHeadAttention", () => {
  it("has Keras's parameter count: 8,416 for 2 heads of 32 on 32 features (Keras's transformer example)", () => {
    const model = compiled(
      singleLayerDocument("multiHeadAttention", { numHeads: 2, keyDim: 32 }, [
        { shape: [200, 32] },
      ]),
    );
    expect(model.getLayer("x").countParams()).toBe(3 * (32 * 2 * 32 + 2 * 32) + (2 * 32 * 32 + 32));
    expect(model.getLayer("x").countParams()).toBe(8416);
    expect(
      model
        .getLayer("x")
        .getWeights()
        .map((w) => w.shape),
    ).toEqual([
      [32, 2, 32],
      [2, 32],
      [32, 2, 32],
      [2, 32],
      [32, 2, 32],
      [2, 32],
      [2, 32, 32],
      [32],
    ]);
    model.dispose();
  });

  it("matches a direct computation of softmax(QKᵀ/√d)V per head, and records the scores", () => {
    const model = compiled(
      singleLayerDocument("multiHeadAttention", { numHeads: 2, keyDim: 3 }, [{ shape: [4, 5] }]),
    );
    const layer = model.getLayer("x") as MultiHeadAttention;
    const input = randomInput([4, 5], 3);
    const out = model.predict(input) as tf.Tensor;
    const [wq, bq, wk, bk, wv, bv, wo, bo] = layer.getWeights();
    const expected = tf.tidy(() => {
      const heads: tf.Tensor[] = [];
      for (let h = 0; h < 2; h++) {
        const pick = (w: tf.Tensor) => w.slice([0, h, 0], [-1, 1, -1]).reshape([5, 3]);
        const bias = (b: tf.Tensor) => b.slice([h, 0], [1, -1]).reshape([3]);
        const q = tf
          .matMul(input.reshape([12, 5]), pick(wq!))
          .add(bias(bq!))
          .reshape([3, 4, 3]);
        const k = tf
          .matMul(input.reshape([12, 5]), pick(wk!))
          .add(bias(bk!))
          .reshape([3, 4, 3]);
        const v = tf
          .matMul(input.reshape([12, 5]), pick(wv!))
          .add(bias(bv!))
          .reshape([3, 4, 3]);
        const weights = tf.softmax(tf.matMul(q, k, false, true).div(Math.sqrt(3)));
        heads.push(tf.matMul(weights, v));
      }
      const concat = tf.concat(heads, 2).reshape([12, 6]);
      return tf
        .matMul(concat, wo!.reshape([6, 5]))
        .add(bo!)
        .reshape([3, 4, 5]);
    });
    const diff = tf.max(tf.abs(tf.sub(out, expected))).dataSync()[0]!;
    expect(diff).toBeLessThan(1e-5);
    const scores = layer.attentionScores();
    expect(scores?.shape).toEqual([3, 2, 4, 4]);
    const rowSums = tf.sum(scores!, -1).dataSync();
    for (const s of rowSums) expect(s).toBeCloseTo(1, 5);
    tf.dispose([input, out, expected]);
    model.dispose();
    expect(layer.attentionScores()).toBeNull();
  });

  it("with a causal mask, position t ignores every later position", () => {
    const model = compiled(
      singleLayerDocument("multiHeadAttention", { numHeads: 1, keyDim: 4, useCausalMask: true }, [
        { shape: [5, 3] },
      ]),
    );
    const a = randomInput([5, 3], 1);
    const changedTail = tf.concat([a.slice([0, 0, 0], [-1, 2, -1]), randomInput([3, 3], 2)], 1);
    const ya = model.predict(a) as tf.Tensor;
    const yb = model.predict(changedTail) as tf.Tensor;
    const head = (y: tf.Tensor) => Array.from(y.slice([0, 0, 0], [-1, 2, -1]).dataSync());
    expect(head(yb)).toEqual(head(ya));
    expect(Array.from(yb.dataSync())).not.toEqual(Array.from(ya.dataSync()));
    const scores = (model.getLayer("x") as MultiHeadAttention)
      .attentionScores()!
      .arraySync() as number[][][][];
    expect(scores[0]![0]![0]![1]).toBeCloseTo(0, 6);
    tf.dispose([a, changedTail, ya, yb]);
    model.dispose();
  });
});

describe("PositionalEncoding", () => {
  it("adds sin to even and cos to odd features at wavelengths L^(2i/d)", () => {
    const table = sinusoidTable(3, 4, 10_000);
    expect(table[0]).toBe(0); // sin(0)
    expect(table[1]).toBe(1); // cos(0)
    expect(table[4]).toBeCloseTo(Math.sin(1), 6); // pos 1, i 0
    expect(table[5]).toBeCloseTo(Math.cos(1), 6); // pos 1, i 1
    expect(table[6]).toBeCloseTo(Math.sin(1 / 10_000 ** 0.5), 6); // pos 1, i 2
    expect(table[7]).toBeCloseTo(Math.cos(1 / 10_000 ** 0.5), 6);
  });
});

describe("Sampling", () => {
  it("outputs μ at inference and μ + σ·ε in training", () => {
    const layer = new Sampling({ seed: 5 });
    const mean = tf.tensor2d([[1, -2]]);
    const logVar = tf.tensor2d([[0, Math.log(4)]]);
    expect(Array.from((layer.apply([mean, logVar]) as tf.Tensor).dataSync())).toEqual([1, -2]);
    const samples = tf.stack(
      Array.from(
        { length: 2000 },
        () => layer.apply([mean, logVar], { training: true }) as tf.Tensor,
      ),
    );
    const moments = tf.moments(samples, 0);
    const m = moments.mean.dataSync();
    const sd = tf.sqrt(moments.variance).dataSync();
    expect(m[0]).toBeCloseTo(1, 1);
    expect(m[1]).toBeCloseTo(-2, 0);
    expect(sd[0]).toBeCloseTo(1, 1);
    expect(sd[1]).toBeCloseTo(2, 1);
  });

  it("computes KL(N(μ, σ²) ‖ N(0, 1)) = −½ Σ (1 + log σ² − μ² − σ²)", () => {
    const kl = klDivergence(tf.tensor2d([[1, 0]]), tf.tensor2d([[0, Math.log(2)]])).dataSync()[0]!;
    expect(kl).toBeCloseTo(-0.5 * (1 + 0 - 1 - 1 + (1 + Math.log(2) - 0 - 2)), 5);
  });

  it("adds its weighted KL term to the training loss", async () => {
    const document: GraphDocument = {
      format: "neurograph",
      version: 1,
      name: "kl",
      nodes: [
        { id: "in", type: "input", params: { shape: [3] }, position: { x: 0, y: 0 } },
        { id: "mu", type: "dense", params: { units: 2 }, position: { x: 0, y: 0 } },
        { id: "lv", type: "dense", params: { units: 2 }, position: { x: 0, y: 0 } },
        { id: "z", type: "sampling", params: { klWeight: 2 }, position: { x: 0, y: 0 } },
      ],
      edges: [
        { id: "a", source: "in", target: "mu" },
        { id: "b", source: "in", target: "lv" },
        { id: "c", source: "mu", target: "z" },
        { id: "d", source: "lv", target: "z" },
      ],
      groups: [],
      training: {},
    };
    const model = compiled(document, 3);
    // A loss that is always 0, so everything fit reports is the KL term.
    model.compile({
      optimizer: tf.train.sgd(0),
      loss: (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.mul(0, tf.add(yTrue, yPred)).mean(),
    });
    const x = tf.randomNormal([4, 3], 0, 1, "float32", 9);
    const history = await model.fit(x, tf.zeros([4, 2]), { epochs: 1, batchSize: 4, verbose: 0 });
    const mean = model.getLayer("mu").apply(x) as tf.Tensor;
    const logVar = model.getLayer("lv").apply(x) as tf.Tensor;
    const expected = 2 * klDivergence(mean, logVar).dataSync()[0]!;
    expect(history.history.loss![0]).toBeCloseTo(expected, 4);
    expect(expected).toBeGreaterThan(0);
    model.dispose();
  });
});
