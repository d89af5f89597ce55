/**
 * The validation split: the training samples in a seeded order, the last
 * `validationSplit` of them held out. Copied once into their own arrays, so
 * batches, evaluation and the probe sample index them directly.
 */
import { createRandom, deriveSeed, shuffledIndices } from "../datasets/random";
import type { DatasetSplit } from "../datasets/types";

export interface TrainValidationSplit {
  readonly train: DatasetSplit;
  /** Null when validationSplit is 0 or there are too few samples to hold any out. */
  readonly validation: DatasetSplit | null;
}

export function splitValidation(
  samples: DatasetSplit,
  validationSplit: number,
  seed: number,
): TrainValidationSplit {
  const n = samples.count;
  let held = Math.floor(n * validationSplit);
  if (validationSplit > 0 && held === 0 && n >= 2) held = 1;
  held = Math.min(held, n - 1);
  if (held <= 0) return { train: samples, validation: null };
  const order = shuffledIndices(n, createRandom(deriveSeed(seed, "validation")));
  return {
    train: gatherRows(samples, order.subarray(0, n - held)),
    validation: gatherRows(samples, order.subarray(n - held)),
  };
}

/** The rows `indices` of a split, copied in that order. */
export function gatherRows(samples: DatasetSplit, indices: ArrayLike<number>): DatasetSplit {
  const featureSize = samples.features.length / Math.max(1, samples.count);
  const labelSize = samples.labels.length / Math.max(1, samples.count);
  const count = indices.length;
  const features = new Float32Array(count * featureSize);
  const labels = new Float32Array(count * labelSize);
  for (let i = 0; i < count; i++) {
    const row = indices[i]!;
    features.set(
      samples.features.subarray(row * featureSize, (row + 1) * featureSize),
      i * featureSize,
    );
    labels.set(samples.labels.subarray(row * labelSize, (row + 1) * labelSize), i * labelSize);
  }
  return { features, labels, count };
}

/** The order of the training samples in one epoch: the same seed and epoch give the same order. */
export function epochOrder(count: number, seed: number, epoch: number): Uint32Array {
  return shuffledIndices(count, createRandom(deriveSeed(seed, `epoch ${epoch}`)));
}
