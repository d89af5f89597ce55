/**
 * Losses and metrics on a batch, as Keras defines them. Labels arrive as the
 * datasets store them — class indices for classification (one per sample, or
 * one per step for tagging), values for regression — and are turned into the
 * targets each loss expects on the fly: one-hot for a softmax output, ±1 for
 * the hinge loss.
 */
import * as tf from "@tensorflow/tfjs";
import type { LossName, MetricName, TaskName } from "../../graph/training/setup";

/** Keras's fuzz factor: keeps log() away from 0 and 1. */
const EPSILON = 1e-7;

export interface ObjectiveSpec {
  readonly loss: LossName;
  readonly task: TaskName;
  /** The metrics to report, in order (accuracy only makes sense for classification). */
  readonly metrics: readonly MetricName[];
}

/** The metrics a setup asks for that fit its task. */
export function metricsFor(task: TaskName, metrics: readonly MetricName[]): MetricName[] {
  return [...new Set(metrics)].filter((m) => m !== "accuracy" || task === "classification");
}

function lastDim(tensor: tf.Tensor): number {
  return tensor.shape[tensor.rank - 1] ?? 1;
}

/** What the loss compares the output with: one-hot classes for a multi-unit classifier, else the labels in the output's shape. */
export function targetsFor(labels: tf.Tensor, output: tf.Tensor, task: TaskName): tf.Tensor {
  if (task === "classification" && lastDim(output) > 1 && labels.rank === output.rank - 1)
    return tf.oneHot(tf.cast(labels, "int32"), lastDim(output)).cast("float32");
  return labels.rank === output.rank && tf.util.arraysEqual(labels.shape, output.shape)
    ? labels
    : tf.reshape(labels, output.shape);
}

/** Mean over the last axis, then over everything else — Keras's reduction for every loss here. */
function meanLoss(perElement: tf.Tensor, reduceLastAxis: "mean" | "sum"): tf.Scalar {
  const perSample = reduceLastAxis === "mean" ? tf.mean(perElement, -1) : tf.sum(perElement, -1);
  return tf.mean(perSample) as tf.Scalar;
}

export function lossValue(
  loss: LossName,
  targets: tf.Tensor,
  output: tf.Tensor,
  task: TaskName,
): tf.Scalar {
  switch (loss) {
    case "meanSquaredError":
      return meanLoss(tf.squaredDifference(output, targets), "mean");
    case "meanAbsoluteError":
      return meanLoss(tf.abs(tf.sub(output, targets)), "mean");
    case "categoricalCrossentropy":
    case "sparseCategoricalCrossentropy": {
      // As Keras: rescale so each row sums to 1 (a no-op after softmax), clip, −Σ t·log p.
      const probabilities = tf.clipByValue(
        tf.div(output, tf.sum(output, -1, true)),
        EPSILON,
        1 - EPSILON,
      );
      return meanLoss(tf.neg(tf.mul(targets, tf.log(probabilities))), "sum");
    }
    case "binaryCrossentropy": {
      const p = tf.clipByValue(output, EPSILON, 1 - EPSILON);
      const perElement = tf.neg(
        tf.add(tf.mul(targets, tf.log(p)), tf.mul(tf.sub(1, targets), tf.log(tf.sub(1, p)))),
      );
      return meanLoss(perElement, "mean");
    }
    case "hinge": {
      // Keras turns 0/1 class labels into −1/+1 before max(0, 1 − y·ŷ).
      const signs = task === "classification" ? tf.sub(tf.mul(targets, 2), 1) : targets;
      return meanLoss(tf.relu(tf.sub(1, tf.mul(signs, output))), "mean");
    }
  }
}

/** Fraction of right answers: argmax for several units, a threshold for one (0 for the hinge loss's ±1 scale, else 0.5). */
export function accuracyValue(labels: tf.Tensor, output: tf.Tensor, loss: LossName): tf.Scalar {
  if (lastDim(output) > 1 && labels.rank === output.rank - 1)
    return tf.mean(tf.cast(tf.equal(tf.argMax(output, -1), tf.cast(labels, "int32")), "float32"));
  const threshold = loss === "hinge" ? 0 : 0.5;
  const predicted = tf.cast(tf.greater(output, threshold), "float32");
  const truth = tf.cast(tf.greater(tf.reshape(labels, output.shape), 0.5), "float32");
  return tf.mean(tf.cast(tf.equal(predicted, truth), "float32"));
}

export interface BatchObjective {
  /** The data loss (without layer penalties). */
  readonly loss: tf.Scalar;
  readonly metrics: readonly tf.Scalar[];
}

export function batchObjective(
  spec: ObjectiveSpec,
  labels: tf.Tensor,
  output: tf.Tensor,
): BatchObjective {
  const targets = targetsFor(labels, output, spec.task);
  const loss = lossValue(spec.loss, targets, output, spec.task);
  const metrics = spec.metrics.map((metric): tf.Scalar => {
    if (metric === "accuracy") return accuracyValue(labels, output, spec.loss);
    if (metric === "meanAbsoluteError") return tf.mean(tf.abs(tf.sub(output, targets)));
    return tf.mean(tf.squaredDifference(output, targets));
  });
  return { loss, metrics };
}
