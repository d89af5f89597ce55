/**
 * The wasm UnsortedSegmentSum gives the cpu backend's sums — ids repeated, out
 * of range, on float and int data — and so an Embedding's gradient
 * on wasm is cpu's, and an embedding graph trains on wasm.
 */
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../compiler";
import { unsortedSegmentSumValues } from "../../compiler/tfjsFixes/wasmUnsortedSegmentSum";
import { trainingSetupSchema } from "../../graph/training/setup";
import { chainDocument } from "../../testing/documents";
import { chooseBackend } from "../backend/chooseBackend";
import { setCurrentBackend } from "../backend/environment";
import { trialTrainingStep } from "../backend/trialStep";
import { randomClassification } from "../testFixtures";
import { nodeBackends } from "./backends";

let previous = "";
beforeAll(() => {
  enableProductionMode();
  previous = tf.getBackend();
});
afterAll(async () => {
  await setCurrentBackend(previous as "cpu");
});

/** Runs `compute` on cpu and on wasm and gives both results' values and shapes. */
async function onBoth(compute: () => tf.Tensor) {
  const results: { values: number[]; shape: number[]; dtype: string }[] = [];
  for (const backend of ["cpu", "wasm"] as const) {
    expect(await nodeBackends().activate(backend)).toBe(true);
    const out = tf.tidy(compute);
    results.push({ values: Array.from(out.dataSync()), shape: out.shape, dtype: out.dtype });
    out.dispose();
  }
  return { cpu: results[0]!, wasm: results[1]! };
}

describe("UnsortedSegmentSum on wasm", () => {
  it("adds rows into their segments; repeated ids add up, ids outside the range are dropped", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(Array.from(unsortedSegmentSumValues(x, [2, 0, 2, -1, 9], 3, 2))).toEqual([
      3, 4, 0, 0, 6, 8,
    ]);
  });

  it.each([
    ["float rows, ids repeated", [6, 3, 2], [6], [4, 1, 4, 0, 1, 4], 5, "float32"],
    ["int data, an id out of range", [5, 2], [5], [1, 7, 1, 0, 3], 4, "int32"],
  ] as const)("matches the cpu kernel: %s", async (_, xShape, idShape, ids, segments, dtype) => {
    const size = xShape.reduce((n, d) => n * d, 1);
    const values = Array.from({ length: size }, (_, i) =>
      dtype === "int32" ? i % 7 : Math.sin(i * 1.7),
    );
    const { cpu, wasm } = await onBoth(() =>
      tf.unsortedSegmentSum(
        tf.tensor(values, [...xShape], dtype),
        tf.tensor(ids, [...idShape], "int32") as tf.Tensor1D,
        segments,
      ),
    );
    expect(wasm.shape).toEqual(cpu.shape);
    // The sum keeps x's dtype, as TensorFlow's does (tfjs's cpu kernel turns int32 into float32).
    expect(wasm.dtype).toBe(dtype);
    for (let i = 0; i < cpu.values.length; i++)
      expect(wasm.values[i]).toBeCloseTo(cpu.values[i]!, 5);
  });

  it("gives an embedding lookup's gradient as on cpu", async () => {
    const table = Array.from({ length: 12 * 4 }, (_, i) => Math.cos(i * 0.37));
    const { cpu, wasm } = await onBoth(() =>
      tf.grad((t: tf.Tensor) =>
        tf
          .gather(
            t,
            tf.tensor2d(
              [
                [3, 5, 3],
                [11, 0, 3],
              ],
              [2, 3],
              "int32",
            ),
          )
          .square()
          .sum(),
      )(tf.tensor2d(table, [12, 4])),
    );
    expect(wasm.shape).toEqual([12, 4]);
    for (let i = 0; i < cpu.values.length; i++)
      expect(wasm.values[i]).toBeCloseTo(cpu.values[i]!, 5);
    // Row 3 was looked up three times, row 1 never.
    expect(wasm.values.slice(4, 8)).toEqual([0, 0, 0, 0]);
  });

  it("lets an embedding graph train on wasm", async () => {
    const document = chainDocument(
      [5],
      [
        ["embedding", { inputDim: 10, outputDim: 3 }],
        ["flatten", {}],
        ["dense", { units: 3, activation: "softmax" }],
      ],
    );
    const setup = trainingSetupSchema.parse({ backend: "wasm" });
    const selection = await chooseBackend("wasm", nodeBackends(), () =>
      trialTrainingStep(document, setup, randomClassification([5], 3, 4)),
    );
    expect(selection.backend).toBe("wasm");
    expect(selection.attempts).toEqual([]);
  });
});
