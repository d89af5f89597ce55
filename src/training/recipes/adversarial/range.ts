/** The range input values live in: attacks clip to it, views clamp to it. */

export interface InputRange {
  readonly min: number;
  readonly max: number;
}

/** Pixels of the image datasets (MNIST, Fashion-MNIST, shapes). */
export const PIXEL_RANGE: InputRange = { min: 0, max: 1 };

/** The smallest and largest feature of a dataset split (the range its samples live in). */
export function featureRange(features: Float32Array): InputRange {
  let min = Infinity;
  let max = -Infinity;
  for (const v of features) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : PIXEL_RANGE;
}
