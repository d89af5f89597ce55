/** Pure helpers for the live view: histograms and activations cut down to what a panel can draw. */
import type { Histogram } from "../protocol";

export const HISTOGRAM_BINS = 30;

/** Equal-width bins between the smallest and largest finite value; non-finite values are left out. */
export function histogram(values: ArrayLike<number>, bins = HISTOGRAM_BINS): Histogram {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const counts = new Array<number>(bins).fill(0);
  if (min > max) return { min: 0, max: 0, counts };
  const width = (max - min) / bins;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const bin = width === 0 ? bins >> 1 : Math.min(bins - 1, Math.floor((v - min) / width));
    counts[bin]!++;
  }
  return { min, max, counts };
}

export const MAX_CHANNELS = 16;
export const MAX_SIDE = 64;
export const MAX_UNITS = 256;

export interface CappedActivation {
  readonly values: Float32Array;
  readonly shape: readonly number[];
}

/**
 * One sample's activation, small enough to post several times a second:
 * feature maps keep their first 16 channels and are subsampled to at most
 * 64×64; sequences keep 64 steps of 64 units; vectors their first 256 units.
 */
export function capActivation(values: Float32Array, shape: readonly number[]): CappedActivation {
  if (shape.length === 3) {
    const [h, w, c] = shape as [number, number, number];
    const strideY = Math.ceil(h / MAX_SIDE);
    const strideX = Math.ceil(w / MAX_SIDE);
    const outH = Math.ceil(h / strideY);
    const outW = Math.ceil(w / strideX);
    const outC = Math.min(c, MAX_CHANNELS);
    if (strideY === 1 && strideX === 1 && outC === c) return { values, shape };
    const out = new Float32Array(outH * outW * outC);
    let k = 0;
    for (let y = 0; y < outH; y++)
      for (let x = 0; x < outW; x++) {
        const base = (y * strideY * w + x * strideX) * c;
        for (let ch = 0; ch < outC; ch++) out[k++] = values[base + ch]!;
      }
    return { values: out, shape: [outH, outW, outC] };
  }
  if (shape.length === 2) {
    const [steps, units] = shape as [number, number];
    const outS = Math.min(steps, MAX_SIDE);
    const outU = Math.min(units, MAX_SIDE);
    if (outS === steps && outU === units) return { values, shape };
    const out = new Float32Array(outS * outU);
    for (let s = 0; s < outS; s++) out.set(values.subarray(s * units, s * units + outU), s * outU);
    return { values: out, shape: [outS, outU] };
  }
  const size = values.length;
  if (shape.length === 1 && size <= MAX_UNITS) return { values, shape };
  const kept = Math.min(size, MAX_UNITS);
  return { values: values.slice(0, kept), shape: [kept] };
}

export function meanAbs(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.abs(values[i]!);
  return values.length === 0 ? 0 : sum / values.length;
}
