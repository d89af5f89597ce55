/** Small helpers to build the typed-array splits of LoadedDataset. */
import type { DatasetSplit } from "./types";

/** A split of `count` samples with room for `featureSize` features and `labelSize` labels each. */
export function allocateSplit(count: number, featureSize: number, labelSize = 1): DatasetSplit {
  return {
    features: new Float32Array(count * featureSize),
    labels: new Float32Array(count * labelSize),
    count,
  };
}

export function clip(value: number, limit: number): number {
  return Math.max(-limit, Math.min(value, limit));
}

/** The first `count` samples of a split (views, no copy). */
export function headOfSplit(split: DatasetSplit, count: number): DatasetSplit {
  if (count >= split.count) return split;
  const featureSize = split.features.length / split.count;
  const labelSize = split.labels.length / split.count;
  return {
    features: split.features.subarray(0, count * featureSize),
    labels: split.labels.subarray(0, count * labelSize),
    count,
  };
}
