/**
 * The training curve between epoch ends: each batch's loss and accuracy,
 * smoothed (an exponential moving average, as the Training tab's curves
 * are), at a fractional epoch and a time, and thinned so that a long run
 * keeps a few hundred points per graph, not tens of thousands.
 */
import type { BatchPoint } from "../../training/protocol";

export interface BatchSample {
  /** Epochs done, fractional: 0.5 is halfway through the first epoch. */
  readonly epoch: number;
  /** Seconds of training. */
  readonly time: number;
  readonly loss: number;
  readonly accuracy?: number;
}

const SMOOTHING = 0.9;
/** Above this many points, every other older point is dropped. */
export const MAX_BATCH_SAMPLES = 600;

export function addBatches(
  samples: readonly BatchSample[],
  batches: readonly BatchPoint[],
  batchesPerEpoch: number,
): readonly BatchSample[] {
  if (batches.length === 0 || batchesPerEpoch <= 0) return samples;
  const out = [...samples];
  for (const batch of batches) {
    if (!Number.isFinite(batch.loss)) continue;
    const previous = out.at(-1);
    const smooth = (value: number, before: number | undefined) =>
      before === undefined ? value : SMOOTHING * before + (1 - SMOOTHING) * value;
    const accuracy = batch.metrics.accuracy;
    out.push({
      epoch: batch.step / batchesPerEpoch,
      time: batch.time,
      loss: smooth(batch.loss, previous?.loss),
      ...(accuracy !== undefined ? { accuracy: smooth(accuracy, previous?.accuracy) } : {}),
    });
  }
  return out.length > MAX_BATCH_SAMPLES ? thin(out) : out;
}

/** Every other point, the newest always kept. */
function thin(samples: readonly BatchSample[]): BatchSample[] {
  const last = samples.length - 1;
  return samples.filter((_, i) => i % 2 === last % 2);
}
