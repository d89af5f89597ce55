/**
 * A split's samples as tensors on the training backend, uploaded once; each
 * batch is gathered from them by index (as tfjs's own model.fit does).
 */
import * as tf from "@tensorflow/tfjs";
import type { DatasetShapes } from "../../graph/training/datasetSpec";
import type { DatasetSplit } from "../datasets/types";

/** Shape of one sample's labels: class indices are scalars (or one per step), regression targets keep their shape. */
export function labelShape(shapes: DatasetShapes, labelsPerSample: number): number[] {
  if (shapes.task === "classification")
    return shapes.perStep ? [labelsPerSample] : labelsPerSample === 1 ? [] : [labelsPerSample];
  const target = shapes.targetShape ?? [labelsPerSample];
  return target.reduce((n, d) => n * d, 1) === labelsPerSample ? [...target] : [labelsPerSample];
}

export class DeviceSplit {
  readonly features: tf.Tensor;
  readonly labels: tf.Tensor;
  readonly count: number;

  constructor(
    split: DatasetSplit,
    inputShape: readonly number[],
    inputDtype: "float32" | "int32",
    shapes: DatasetShapes,
  ) {
    this.count = split.count;
    const labelsPerSample = split.labels.length / Math.max(1, split.count);
    this.features = tf.tidy(() => {
      const floats = tf.tensor(split.features, [split.count, ...inputShape], "float32");
      return inputDtype === "int32" ? tf.cast(floats, "int32") : floats;
    });
    this.labels = tf.tensor(
      split.labels,
      [split.count, ...labelShape(shapes, labelsPerSample)],
      "float32",
    );
  }

  /** The samples at `indices`, as new tensors the caller disposes. */
  batch(indices: Int32Array): { readonly x: tf.Tensor; readonly y: tf.Tensor } {
    if (indices.length === this.count && isIdentity(indices))
      return { x: this.features.clone(), y: this.labels.clone() };
    return tf.tidy(() => {
      const at = tf.tensor1d(indices, "int32");
      return { x: tf.gather(this.features, at), y: tf.gather(this.labels, at) };
    });
  }

  /** Rows [start, end) in order (evaluation). */
  slice(start: number, end: number): { readonly x: tf.Tensor; readonly y: tf.Tensor } {
    const size = end - start;
    return {
      x: tf.slice(this.features, start, size),
      y: tf.slice(this.labels, start, size),
    };
  }

  dispose(): void {
    this.features.dispose();
    this.labels.dispose();
  }
}

function isIdentity(indices: Int32Array): boolean {
  for (let i = 0; i < indices.length; i++) if (indices[i] !== i) return false;
  return true;
}
