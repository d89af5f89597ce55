/**
 * Chart rows from the run's curves: per batch (raw and smoothed) and per
 * epoch (training and validation), against steps or wall time. Pure, so the
 * charts only map rows to lines.
 */
import type { EpochPoint } from "../../../training/protocol";
import { type SeriesView, smoothed } from "../batchSeries";

export type XAxisKind = "step" | "time";

export interface BatchRow {
  readonly x: number;
  readonly raw: number | null;
  readonly smooth: number | null;
}

export interface EpochRow {
  readonly x: number;
  readonly epoch: number;
  readonly train: number | null;
  readonly validation: number | null;
}

const finite = (v: number | undefined): number | null =>
  v !== undefined && Number.isFinite(v) ? v : null;

export function batchRows(
  series: SeriesView,
  name: string,
  smoothing: number,
  xAxis: XAxisKind,
): BatchRow[] {
  const column = series.values.get(name);
  if (!column) return [];
  const smooth = smoothed(column, series.length, smoothing, series.stride);
  const xs = xAxis === "step" ? series.step : series.time;
  const rows: BatchRow[] = new Array(series.length);
  for (let i = 0; i < series.length; i++)
    rows[i] = { x: xs[i]!, raw: finite(column[i]), smooth: finite(smooth[i]) };
  return rows;
}

/** More epochs than this are thinned for the chart (a toy run of 5,000 full-batch epochs is common). */
export const MAX_EPOCH_ROWS = 1000;

export function epochRows(
  epochs: readonly EpochPoint[],
  name: string,
  xAxis: XAxisKind,
): EpochRow[] {
  const every = Math.ceil(epochs.length / MAX_EPOCH_ROWS);
  const shown =
    every <= 1 ? epochs : epochs.filter((_, i) => i % every === 0 || i === epochs.length - 1);
  return shown.map((e) => ({
    x: xAxis === "step" ? e.step : e.time,
    epoch: e.epoch,
    train: finite(name === "loss" ? e.loss : e.metrics[name]),
    validation: finite(name === "loss" ? e.valLoss : e.valMetrics?.[name]),
  }));
}

/** Every curve the run has: the loss first, then metrics in the order they appeared. */
export function curveNames(series: SeriesView, epochs: readonly EpochPoint[]): string[] {
  const names = new Set<string>(["loss"]);
  for (const name of series.values.keys()) names.add(name);
  for (const e of epochs) {
    for (const name of Object.keys(e.metrics)) names.add(name);
    for (const name of Object.keys(e.valMetrics ?? {})) names.add(name);
  }
  return [...names];
}

/** The latest value of a curve, for the chart's title (the last finite validation value, else training). */
export function latestValue(
  rows: readonly BatchRow[],
  epochs: readonly EpochRow[],
): { train: number | null; validation: number | null } {
  let train: number | null = null;
  for (let i = rows.length - 1; i >= 0 && train === null; i--) train = rows[i]!.smooth;
  let validation: number | null = null;
  for (let i = epochs.length - 1; i >= 0 && validation === null; i--)
    validation = epochs[i]!.validation;
  return { train, validation };
}
