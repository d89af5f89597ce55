/** Test helpers shared by the dataset tests (not used by the app). */
import { expect } from "vitest";
import type { DatasetIO } from "./io";
import type { LoadedDataset } from "./types";

/** An IO with no assets: generated datasets never call it. */
export const NO_ASSETS: DatasetIO = {
  readAsset: (name) => Promise.reject(new Error(`no asset ${name} in this test`)),
};

function product(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/**
 * Sizes agree with the shapes; features finite and in [min, max]; labels
 * valid. Loops check plain numbers and call expect once: calling it per
 * element would take minutes on MNIST.
 */
export function expectWellFormed(dataset: LoadedDataset, range: readonly [number, number]): void {
  const { shapes } = dataset;
  for (const split of [dataset.train, ...(dataset.test ? [dataset.test] : [])]) {
    expect(split.features.length).toBe(split.count * product(shapes.inputShape));
    let min = Infinity;
    let max = -Infinity;
    let nonFinite = 0;
    for (const v of split.features) {
      if (!Number.isFinite(v)) nonFinite++;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    expect(nonFinite).toBe(0);
    expect(min).toBeGreaterThanOrEqual(range[0]);
    expect(max).toBeLessThanOrEqual(range[1]);
    if (shapes.task === "classification") {
      const steps = shapes.perStep ? shapes.inputShape[0]! : 1;
      expect(split.labels.length).toBe(split.count * steps);
      const seen = new Set<number>();
      let invalid = 0;
      for (const label of split.labels) {
        if (!Number.isInteger(label) || label < 0 || label >= shapes.numClasses!) invalid++;
        seen.add(label);
      }
      expect(invalid).toBe(0);
      // Every class occurs (datasets are big enough for that).
      expect(seen.size).toBe(shapes.numClasses);
    } else {
      expect(split.labels.length).toBe(split.count * product(shapes.targetShape!));
      expect(split.labels.every(Number.isFinite)).toBe(true);
    }
  }
}
