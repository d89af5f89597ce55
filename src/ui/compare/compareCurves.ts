/**
 * The overlaid curves' points, one series pair per graph, by epoch or by
 * seconds of training: validation at each epoch's end, training from the
 * smoothed per-batch samples (or from the epochs when there are none).
 */
import type { EpochPoint } from "../../training/protocol";
import type { BatchSample } from "./batchCurve";

export type CurveMetric = "loss" | "accuracy";
export type CurveAxis = "epoch" | "time";

export interface CurvePoint {
  readonly x: number;
  readonly value: number;
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

export function validationPoints(
  history: readonly EpochPoint[],
  metric: CurveMetric,
  axis: CurveAxis,
): CurvePoint[] {
  return history.flatMap((point) => {
    const value = metric === "loss" ? point.valLoss : point.valMetrics?.accuracy;
    return finite(value) ? [{ x: axis === "epoch" ? point.epoch : point.time, value }] : [];
  });
}

export function trainingPoints(
  batches: readonly BatchSample[],
  history: readonly EpochPoint[],
  metric: CurveMetric,
  axis: CurveAxis,
): CurvePoint[] {
  if (batches.length > 0)
    return batches.flatMap((b) => {
      const value = metric === "loss" ? b.loss : b.accuracy;
      return finite(value) ? [{ x: axis === "epoch" ? b.epoch : b.time, value }] : [];
    });
  return history.flatMap((point) => {
    const value = metric === "loss" ? point.loss : point.metrics.accuracy;
    return finite(value) ? [{ x: axis === "epoch" ? point.epoch : point.time, value }] : [];
  });
}

/** Whether any run reports accuracy (regression and most recipes do not). */
export function hasAccuracy(histories: readonly (readonly EpochPoint[])[]): boolean {
  return histories.some((h) =>
    h.some((p) => p.metrics.accuracy !== undefined || p.valMetrics?.accuracy !== undefined),
  );
}
