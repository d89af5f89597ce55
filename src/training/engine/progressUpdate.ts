/** Where a run stands, for progress messages: shared by the supervised Trainer and the recipe loop. */
import type { ProgressUpdate, RunStatus } from "../protocol";

export interface RunPosition {
  readonly status: RunStatus;
  /** The epoch under way (0 before the first batch of this run), and the last one completed. */
  readonly epochNow: number;
  readonly epochsDone: number;
  readonly epochs: number;
  readonly batchInEpoch: number;
  readonly batchesPerEpoch: number;
  readonly trainCount: number;
  readonly globalStep: number;
  readonly samplesPerSecond: number;
}

export function progressUpdate(p: RunPosition): ProgressUpdate {
  const stepsLeft = p.epochs * p.batchesPerEpoch - p.globalStep;
  const samplesLeft = (stepsLeft / Math.max(1, p.batchesPerEpoch)) * p.trainCount;
  return {
    status: p.status,
    epoch: p.epochNow || p.epochsDone,
    epochs: p.epochs,
    batch: p.batchInEpoch,
    batchesPerEpoch: p.batchesPerEpoch,
    samplesPerSecond: p.samplesPerSecond,
    secondsRemaining: p.samplesPerSecond > 0 ? samplesLeft / p.samplesPerSecond : 0,
  };
}
