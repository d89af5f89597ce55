/** Our losses against tfjs's own Keras-compatible ones, on the same numbers. */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { accuracyValue, lossValue, targetsFor } from "./objective";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const value = (t: tf.Tensor) => t.dataSync()[0]!;

describe("losses", () => {
  const probabilities = tf.tensor2d([
    [0.7, 0.2, 0.1],
    [0.1, 0.5, 0.4],
  ]);
  const classes = tf.tensor1d([0, 2]);

  it("sparse and categorical cross-entropy agree with tfjs on one-hot targets", () => {
    const targets = targetsFor(classes, probabilities, "classification");
    expect(Array.from(targets.dataSync())).toEqual([1, 0, 0, 0, 0, 1]);
    const expected = value(tf.metrics.categoricalCrossentropy(targets, probabilities).mean());
    expect(
      value(lossValue("sparseCategoricalCrossentropy", targets, probabilities, "classification")),
    ).toBeCloseTo(expected, 6);
    expect(
      value(lossValue("categoricalCrossentropy", targets, probabilities, "classification")),
    ).toBeCloseTo((-Math.log(0.7) - Math.log(0.4)) / 2, 5);
  });

  it("binary cross-entropy, MSE and MAE on a single unit", () => {
    const p = tf.tensor2d([[0.9], [0.2]]);
    const y = targetsFor(tf.tensor1d([1, 0]), p, "classification");
    expect(y.shape).toEqual([2, 1]);
    expect(value(lossValue("binaryCrossentropy", y, p, "classification"))).toBeCloseTo(
      (-Math.log(0.9) - Math.log(0.8)) / 2,
      5,
    );
    expect(value(lossValue("meanSquaredError", y, p, "classification"))).toBeCloseTo(
      (0.01 + 0.04) / 2,
      6,
    );
    expect(value(lossValue("meanAbsoluteError", y, p, "classification"))).toBeCloseTo(
      (0.1 + 0.2) / 2,
      6,
    );
  });

  it("hinge turns 0/1 labels into −1/+1, as Keras does", () => {
    const scores = tf.tensor2d([[0.5], [0.3]]);
    const y = targetsFor(tf.tensor1d([1, 0]), scores, "classification");
    // max(0, 1 − 1·0.5) = 0.5 and max(0, 1 + 0.3) = 1.3
    expect(value(lossValue("hinge", y, scores, "classification"))).toBeCloseTo(0.9, 6);
  });

  it("accuracy: argmax for several units, a threshold for one, per step for tagging", () => {
    expect(
      value(accuracyValue(classes, probabilities, "sparseCategoricalCrossentropy")),
    ).toBeCloseTo(0.5);
    expect(
      value(accuracyValue(tf.tensor1d([1, 1]), tf.tensor2d([[0.9], [0.2]]), "binaryCrossentropy")),
    ).toBeCloseTo(0.5);
    expect(value(accuracyValue(tf.tensor1d([0, 1]), tf.tensor2d([[-0.2], [0.1]]), "hinge"))).toBe(
      1,
    );
    const steps = tf.tensor3d([
      [
        [0.9, 0.1],
        [0.2, 0.8],
      ],
    ]);
    expect(
      value(accuracyValue(tf.tensor2d([[0, 0]]), steps, "sparseCategoricalCrossentropy")),
    ).toBeCloseTo(0.5);
  });
});
