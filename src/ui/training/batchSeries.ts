/**
 * Per-batch curves in compact typed arrays. A long run (hundreds of
 * thousands of batches) must not grow memory or chart cost without bound:
 * when the arrays fill up, neighbouring points are merged pairwise and from
 * then on every stored point is the mean of `stride` raw batches. Charts
 * therefore always draw at most `capacity` points.
 */
import type { BatchPoint } from "../../training/protocol";

export const DEFAULT_CAPACITY = 2048;

export interface SeriesView {
  readonly length: number;
  /** Raw batches per stored point (a power of two). */
  readonly stride: number;
  readonly step: Float64Array;
  readonly time: Float64Array;
  readonly learningRate: Float64Array;
  /** "loss" and each metric by name. */
  readonly values: ReadonlyMap<string, Float64Array>;
}

export class BatchSeries implements SeriesView {
  length = 0;
  stride = 1;
  step: Float64Array;
  time: Float64Array;
  learningRate: Float64Array;
  readonly values = new Map<string, Float64Array>();
  /** The bucket being filled: sums of up to `stride` raw points. */
  private pending = {
    count: 0,
    step: 0,
    time: 0,
    learningRate: 0,
    sums: new Map<string, number>(),
  };

  constructor(readonly capacity = DEFAULT_CAPACITY) {
    if (capacity < 2 || capacity % 2 !== 0) throw new Error("capacity must be even and ≥ 2");
    this.step = new Float64Array(capacity);
    this.time = new Float64Array(capacity);
    this.learningRate = new Float64Array(capacity);
  }

  add(point: BatchPoint): void {
    const bucket = this.pending;
    bucket.count++;
    bucket.step = point.step;
    bucket.time = point.time;
    bucket.learningRate = point.learningRate;
    this.accumulate("loss", point.loss);
    for (const [name, value] of Object.entries(point.metrics)) this.accumulate(name, value);
    if (bucket.count >= this.stride) this.flush();
  }

  private accumulate(name: string, value: number): void {
    const sums = this.pending.sums;
    sums.set(name, (sums.get(name) ?? 0) + value);
  }

  private flush(): void {
    const bucket = this.pending;
    const i = this.length;
    this.step[i] = bucket.step;
    this.time[i] = bucket.time;
    this.learningRate[i] = bucket.learningRate;
    for (const [name, sum] of bucket.sums) this.column(name)[i] = sum / bucket.count;
    this.length++;
    this.pending = { count: 0, step: 0, time: 0, learningRate: 0, sums: new Map() };
    // Halve right after filling up, so every bucket from now on is `stride` batches wide.
    if (this.length === this.capacity) this.halve();
  }

  /** A series seen for the first time starts as NaN before it existed (drawn as a gap). */
  private column(name: string): Float64Array {
    let column = this.values.get(name);
    if (!column) {
      column = new Float64Array(this.capacity).fill(Number.NaN);
      this.values.set(name, column);
    }
    return column;
  }

  /** Merges neighbours pairwise: the last point of a pair keeps its step and time, values average. */
  private halve(): void {
    const half = this.capacity / 2;
    for (let i = 0; i < half; i++) {
      this.step[i] = this.step[2 * i + 1]!;
      this.time[i] = this.time[2 * i + 1]!;
      this.learningRate[i] = this.learningRate[2 * i + 1]!;
      for (const column of this.values.values())
        column[i] = (column[2 * i]! + column[2 * i + 1]!) / 2;
    }
    for (const column of this.values.values()) column.fill(Number.NaN, half);
    this.length = half;
    this.stride *= 2;
  }

  clear(): void {
    this.length = 0;
    this.stride = 1;
    this.values.clear();
    this.pending = { count: 0, step: 0, time: 0, learningRate: 0, sums: new Map() };
  }
}

/**
 * Exponential moving average with TensorBoard's debiasing, so the first
 * points are not pulled towards zero. `smoothing` is per raw batch; a stored
 * point standing for `stride` batches decays `stride` times as much.
 * NaN values are skipped (they stay NaN in the output).
 */
export function smoothed(
  values: Float64Array,
  length: number,
  smoothing: number,
  stride = 1,
): Float64Array {
  const out = new Float64Array(length);
  const weight = Math.min(Math.max(smoothing, 0), 0.999) ** stride;
  let last = 0;
  let debias = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i]!;
    if (!Number.isFinite(value)) {
      out[i] = Number.NaN;
      continue;
    }
    last = last * weight + (1 - weight) * value;
    debias = debias * weight + (1 - weight);
    out[i] = last / debias;
  }
  return out;
}
