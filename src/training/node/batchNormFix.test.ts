/**
 * Batch normalisation over a feature axis other than the last, on the
 * backends Node has (cpu, wasm): tfjs 4.22 computed it with the wrong
 * feature's statistics on both and could not train it at all (its gradient
 * threw); compiler/tfjsFixes/batchNorm.ts fixes both. Each result is checked
 * against the definition written with broadcasting ops, whose forward pass
 * and gradients tfjs gets right.
 */
import * as tf from "@tensorflow/tfjs";
import { afterAll, describe, expect, it } from "vitest";
import { compileGraph } from "../../compiler";
import {
  batchNormValues,
  broadcastsAlongTail,
  installBatchNormFixes,
} from "../../compiler/tfjsFixes/batchNorm";
import type { GraphDocument } from "../../graph";
import { nodeBackends } from "./backends";

const EPSILON = 1e-3;

function definition(
  x: tf.Tensor,
  mean: tf.Tensor,
  variance: tf.Tensor,
  offset: tf.Tensor,
  scale: tf.Tensor,
): tf.Tensor {
  return tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, EPSILON))), scale), offset);
}

function maxDifference(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);
}

/** A [batch, steps, features] input normalised over axis 1 (the steps). */
function sequenceDocument(): GraphDocument {
  return {
    format: "neurograph",
    version: 1,
    name: "batch norm over steps",
    nodes: [
      { id: "in", type: "input", params: { shape: [3, 4] }, position: { x: 0, y: 0 } },
      { id: "bn", type: "batchNormalization", params: { axis: 1 }, position: { x: 0, y: 100 } },
      { id: "flat", type: "flatten", params: {}, position: { x: 0, y: 200 } },
      { id: "out", type: "dense", params: { units: 1 }, position: { x: 0, y: 300 } },
    ],
    edges: [
      { id: "e1", source: "in", target: "bn" },
      { id: "e2", source: "bn", target: "flat" },
      { id: "e3", source: "flat", target: "out" },
    ],
    groups: [],
    training: {},
  };
}

describe("batchNormValues and broadcastsAlongTail (pure)", () => {
  it("broadcasts each parameter against the input", () => {
    const x = { values: [1, 2, 3, 4, 5, 6], shape: [1, 3, 2] };
    const param = (values: number[]) => ({ values, shape: [1, 3, 1] });
    const out = batchNormValues(
      x,
      { mean: param([0, 10, 100]), variance: param([1, 4, 9]), scale: param([1, 2, 3]) },
      0,
    );
    expect([...out]).toEqual([1, 2, -7, -6, -95, -94]);
  });

  it("knows which shapes tfjs's own kernels read right", () => {
    expect(broadcastsAlongTail([3], [2, 5, 3])).toBe(true);
    expect(broadcastsAlongTail([1, 1, 3], [1, 2, 5, 3])).toBe(true);
    expect(broadcastsAlongTail([1], [2, 3])).toBe(true);
    expect(broadcastsAlongTail([1, 3, 1], [1, 2, 3, 2])).toBe(false);
    expect(broadcastsAlongTail([5, 1], [2, 5, 3])).toBe(false);
  });
});

for (const backend of ["cpu", "wasm"] as const)
  describe(`batch normalisation over a non-last axis on ${backend}`, () => {
    const x = tf.randomNormal([2, 3, 2], 0, 3, "float32", 1);
    const shape = [1, 3, 1];
    const mean = tf.tensor([0.5, -1, 2]).reshape(shape);
    const variance = tf.tensor([1, 4, 0.25]).reshape(shape);
    const offset = tf.tensor([0, 1, -2]).reshape(shape);
    const scale = tf.tensor([1, 2, 3]).reshape(shape);
    afterAll(() => tf.dispose([x, mean, variance, offset, scale]));

    it("normalises each feature with its own statistics", async () => {
      expect(await nodeBackends().activate(backend)).toBe(true);
      expect(tf.getBackend()).toBe(backend);
      const got = tf.batchNorm(x, mean, variance, offset, scale, EPSILON);
      const want = definition(x, mean, variance, offset, scale);
      expect(maxDifference(got, want)).toBeLessThan(1e-5);
      // The shapes tfjs's kernel handles itself still go to it, and stay right.
      const [m, v, o, s] = [mean, variance, offset, scale].map((t) => t.reshape([3]));
      const last = tf.transpose(x, [0, 2, 1]);
      expect(
        maxDifference(
          tf.batchNorm(last, m!, v!, o!, s!, EPSILON),
          definition(last, m!, v!, o!, s!),
        ),
      ).toBeLessThan(1e-5);
    });

    it("has the definition's gradients for the input and every parameter", async () => {
      await nodeBackends().activate(backend);
      const loss =
        (f: typeof definition) =>
        (...args: tf.Tensor[]) =>
          tf.sum(tf.square(f(args[0]!, args[1]!, args[2]!, args[3]!, args[4]!)));
      const inputs = [x, mean, variance, offset, scale];
      const got = tf.grads(loss((a, m, v, o, s) => tf.batchNorm(a, m, v, o, s, EPSILON)))(inputs);
      const want = tf.grads(loss(definition))(inputs);
      got.forEach((g, i) => {
        expect(g.shape).toEqual(want[i]!.shape);
        expect(maxDifference(g, want[i]!)).toBeLessThan(1e-3);
      });
    });

    it("a graph with BatchNormalization(axis 1) trains, its statistics per step", async () => {
      await nodeBackends().activate(backend);
      installBatchNormFixes();
      const compiled = compileGraph(sequenceDocument(), { seed: 3 });
      if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
      const model = compiled.model;
      model.compile({ optimizer: tf.train.sgd(0.01), loss: "meanSquaredError" });
      // Steps on very different scales: after normalisation each step has mean 0 and variance 1.
      const inputs = tf.tidy(() =>
        tf.add(
          tf.randomNormal([64, 3, 4], 0, 1, "float32", 5),
          tf.tensor([0, 50, -20]).reshape([1, 3, 1]),
        ),
      );
      const targets = tf.randomNormal([64, 1], 0, 1, "float32", 6);
      const history = await model.fit(inputs, targets, { epochs: 2, batchSize: 64, verbose: 0 });
      expect(history.history.loss!.every((l) => Number.isFinite(l as number))).toBe(true);
      const bn = tf.model({
        inputs: model.inputs,
        outputs: model.getLayer(compiled.layerNames.get("bn")!).output as tf.SymbolicTensor,
      });
      const normalised = bn.apply(inputs, { training: true }) as tf.Tensor;
      const { mean: stepMean, variance: stepVariance } = tf.moments(normalised, [0, 2]);
      const [means, variances] = [stepMean.dataSync(), stepVariance.dataSync()];
      for (let step = 0; step < 3; step++) {
        // γ and β moved a little in two SGD steps.
        expect(Math.abs(means[step]!)).toBeLessThan(0.1);
        expect(Math.abs(variances[step]! - 1)).toBeLessThan(0.1);
      }
      tf.dispose([inputs, targets, normalised, stepMean, stepVariance]);
      model.dispose();
    });
  });
