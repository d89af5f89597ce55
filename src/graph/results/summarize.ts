/**
 * A finished run's results from its epoch history and the graph's totals —
 * the same arithmetic for the CLI, the grader, the compare view and the lab
 * panel, so that they never disagree about a number.
 */
import type { GraphTotals } from "../analyze";
import type { ResultMetric, RunResults } from "./metrics";

/** What one epoch reports (structurally the training protocol's EpochPoint; the graph layer cannot import it). */
export interface EpochFigures {
  readonly epoch: number;
  readonly loss: number;
  readonly metrics: Readonly<Record<string, number>>;
  readonly valLoss?: number;
  readonly valMetrics?: Readonly<Record<string, number>>;
  /** This epoch's training time in seconds. */
  readonly seconds: number;
}

export interface RunSummaryInput {
  readonly epochs: readonly EpochFigures[];
  readonly totals: Pick<GraphTotals, "params" | "flops" | "weightBytes">;
  /** Training samples per epoch (for samples per second). */
  readonly trainCount: number;
  /** Validation accuracy the "epochs to target" column waits for (a fraction). */
  readonly target?: number;
  /** Figures a recipe reports beyond its loss (modesCovered, attackedAccuracy, …). */
  readonly extra?: RunResults;
}

export function summarizeRun(input: RunSummaryInput): RunResults {
  const { epochs, totals } = input;
  const results: Partial<Record<ResultMetric, number>> = {
    params: totals.params,
    weightBytes: totals.weightBytes,
    // The epoch reached, counting those trained before a "Continue training" (the history holds only
    // this run's, numbered on from the checkpoint): a goal "within 5 epochs" must see them all.
    epochs: epochs.at(-1)?.epoch ?? 0,
  };
  if (totals.flops !== null) results.flops = totals.flops;
  const last = epochs.at(-1);
  if (last) {
    if (Number.isFinite(last.loss)) results.finalLoss = last.loss;
    const accuracy = last.metrics.accuracy;
    if (accuracy !== undefined) results.finalAccuracy = accuracy;
    if (last.valLoss !== undefined && Number.isFinite(last.valLoss)) {
      results.finalValLoss = last.valLoss;
      if (Number.isFinite(last.loss)) results.generalizationGap = last.valLoss - last.loss;
    }
    const valAccuracy = last.valMetrics?.accuracy;
    if (valAccuracy !== undefined) results.finalValAccuracy = valAccuracy;
  }
  const valAccuracies = epochs.flatMap((e) =>
    e.valMetrics?.accuracy === undefined ? [] : [e.valMetrics.accuracy],
  );
  if (valAccuracies.length > 0) results.bestValAccuracy = Math.max(...valAccuracies);
  const valLosses = epochs.flatMap((e) =>
    e.valLoss !== undefined && Number.isFinite(e.valLoss) ? [e.valLoss] : [],
  );
  if (valLosses.length > 0) results.bestValLoss = Math.min(...valLosses);
  if (input.target !== undefined) {
    const reached = epochs.find((e) => (e.valMetrics?.accuracy ?? -1) >= input.target!);
    if (reached) results.epochsToTarget = reached.epoch;
  }
  const seconds = epochs.reduce((sum, e) => sum + e.seconds, 0);
  if (epochs.length > 0 && seconds > 0) {
    results.secondsPerEpoch = seconds / epochs.length;
    results.samplesPerSecond = (input.trainCount * epochs.length) / seconds;
  }
  return { ...results, ...input.extra };
}
