/**
 * The attention lab (Node): the transformer-encoder preset learns to reverse
 * six digits, and its attention maps come out with the right shapes — one
 * map per MultiHeadAttention node, one [queries × keys] matrix per head, rows
 * summing to 1. The cpu backend: wasm has no kernel for the Embedding's
 * gradient (UnsortedSegmentSum), so the app's automatic choice leaves it too.
 */
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileGraph } from "../../../compiler";
import type { GraphDocument } from "../../../graph";
import { attentionMaps } from "./attentionMaps";
import {
  lastValidationAccuracy,
  readPreset,
  setupOf,
  type TrainedLab,
  trainDocument,
  useBackend,
} from "./testing";

const PRESET = readPreset("transformer-reverse-digits.json");

beforeAll(() => useBackend("cpu"));

function expectRowsSumToOne(weights: Float32Array, keys: number): void {
  let worst = 0;
  for (let row = 0; row < weights.length / keys; row++) {
    const sum = weights.subarray(row * keys, (row + 1) * keys).reduce((a, b) => a + b, 0);
    worst = Math.max(worst, Math.abs(sum - 1));
  }
  expect(worst).toBeLessThan(1e-5);
  expect(weights.every((w) => w >= 0 && w <= 1)).toBe(true);
}

describe("transformer encoder on reverseDigits", () => {
  let lab: TrainedLab;
  beforeAll(async () => {
    // The preset's setup (1,000 sequences, Adam 0.02, batch 32), 4 of its 5 epochs.
    lab = await trainDocument(PRESET, setupOf(PRESET, { epochs: 4 }));
  }, 120_000);
  afterAll(() => lab?.trainer.dispose());

  it("reverses six digits above 95 % per-token validation accuracy", () => {
    const accuracy = lastValidationAccuracy(lab.epochs);
    console.info(
      `reverseDigits: validation accuracy per epoch ${lab.epochs.map((e) => (100 * (e.valMetrics?.accuracy ?? 0)).toFixed(1)).join(" / ")} %, ${lab.seconds.toFixed(1)} s`,
    );
    expect(accuracy).toBeGreaterThan(0.95);
  });

  it("answers attention maps: the sample's digits, each head's weights, rows summing to 1", () => {
    const index = 3;
    const before = tf.memory().numTensors;
    const answer = lab.trainer.query({ kind: "attention", index });
    // The layer keeps the weights of its last inference call: it already held one set (validation).
    expect(tf.memory().numTensors).toBe(before);
    if (answer.kind !== "attention") throw new Error(answer.kind);
    expect(answer.tokens).toHaveLength(6);
    expect(answer.tokens.every((token) => /^[0-9]$/.test(token))).toBe(true);
    expect(answer.maps).toHaveLength(1);
    const map = answer.maps[0]!;
    expect(map).toMatchObject({ nodeId: "attention", heads: 2, queries: 6, keys: 6 });
    expect(map.weights).toHaveLength(2 * 6 * 6);
    expectRowsSumToOne(map.weights, 6);
    // Reversal: output step q needs input step 5 − q. The mean weight a head puts there, per head:
    const antiDiagonal = Array.from({ length: map.heads }, (_, h) => {
      let sum = 0;
      for (let q = 0; q < 6; q++) sum += map.weights[(h * 6 + q) * 6 + (5 - q)]!;
      return sum / 6;
    });
    console.info(
      `tokens ${answer.tokens.join(" ")}; mean attention on the anti-diagonal per head: ${antiDiagonal.map((v) => v.toFixed(2)).join(", ")} (uniform: 0.17)`,
    );
    expect(Math.max(...antiDiagonal)).toBeGreaterThan(0.5);
  });

  it("answers the gradient per time step for token inputs (taken at the Embedding's output)", () => {
    const before = tf.memory().numTensors;
    const answer = lab.trainer.query({ kind: "timeGradients", count: 32 });
    expect(tf.memory().numTensors).toBe(before);
    if (answer.kind !== "timeGradients") throw new Error(answer.kind);
    expect(answer.norms).toHaveLength(6);
    expect(answer.norms.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    expect(answer.layers).toEqual([]);
  });
});

describe("attentionMaps", () => {
  /** Two stacked self-attention blocks with residual adds, 3 and 2 heads, on a [5, 8] sequence. */
  const TWO_BLOCKS: GraphDocument = {
    format: "neurograph",
    version: 1,
    name: "two attention blocks",
    nodes: [
      { id: "x", type: "input", params: { shape: [5, 8] }, position: { x: 0, y: 0 } },
      {
        id: "first",
        type: "multiHeadAttention",
        params: { numHeads: 3, keyDim: 4 },
        position: { x: 0, y: 100 },
      },
      { id: "add1", type: "add", params: {}, position: { x: 0, y: 200 } },
      {
        id: "second attention",
        type: "multiHeadAttention",
        params: { numHeads: 2, keyDim: 4 },
        position: { x: 0, y: 300 },
      },
      { id: "add2", type: "add", params: {}, position: { x: 0, y: 400 } },
    ],
    edges: [
      { id: "e1", source: "x", target: "first" },
      { id: "e2", source: "x", target: "add1", targetHandle: "in0" },
      { id: "e3", source: "first", target: "add1", targetHandle: "in1" },
      { id: "e4", source: "add1", target: "second attention" },
      { id: "e5", source: "add1", target: "add2", targetHandle: "in0" },
      { id: "e6", source: "second attention", target: "add2", targetHandle: "in1" },
    ],
    groups: [],
    training: {},
  };

  it("gives one map per MultiHeadAttention node, one matrix per head, and keeps memory flat", () => {
    const compiled = compileGraph(TWO_BLOCKS, { seed: 3 });
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
    const nodeOf = new Map([...compiled.layerNames].map(([id, name]) => [name, id]));
    const sample = tf.randomNormal([1, 5, 8], 0, 1, "float32", 7);
    const maps = attentionMaps(compiled.model, sample, (name) => nodeOf.get(name) ?? name);
    expect(maps.map((m) => [m.nodeId, m.heads, m.queries, m.keys])).toEqual([
      ["first", 3, 5, 5],
      ["second attention", 2, 5, 5],
    ]);
    for (const map of maps) {
      expect(map.weights).toHaveLength(map.heads * 25);
      expectRowsSumToOne(map.weights, 5);
    }
    const before = tf.memory().numTensors;
    const again = attentionMaps(compiled.model, sample);
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(again[1]!.weights)).toEqual(Array.from(maps[1]!.weights));
    expect(() =>
      attentionMaps(
        compiled.model,
        tf.tidy(() => tf.concat([sample, sample])),
      ),
    ).toThrow(/one sample/);
    sample.dispose();
    compiled.model.dispose();
  });
});
