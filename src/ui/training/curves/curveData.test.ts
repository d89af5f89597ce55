import { describe, expect, it } from "vitest";
import type { BatchPoint, EpochPoint } from "../../../training/protocol";
import { BatchSeries } from "../batchSeries";
import { batchRows, curveNames, epochRows, latestValue, MAX_EPOCH_ROWS } from "./curveData";

const batch = (step: number, loss: number): BatchPoint => ({
  step,
  epoch: 1,
  time: step / 10,
  loss,
  metrics: { accuracy: 0.5 },
  learningRate: 0.01,
});

const epoch = (n: number, valAccuracy?: number): EpochPoint => ({
  epoch: n,
  step: n * 10,
  time: n,
  loss: 1 / n,
  metrics: { accuracy: 0.5 },
  ...(valAccuracy === undefined ? {} : { valLoss: 1, valMetrics: { accuracy: valAccuracy } }),
  seconds: 1,
});

describe("chart rows", () => {
  it("draw per-batch values against steps or wall time, with gaps for missing values", () => {
    const series = new BatchSeries(8);
    series.add(batch(1, 2));
    series.add(batch(2, Number.NaN));
    expect(batchRows(series, "loss", 0, "time").map((r) => [r.x, r.raw])).toEqual([
      [0.1, 2],
      [0.2, null],
    ]);
    expect(batchRows(series, "missing", 0, "step")).toEqual([]);
  });

  it("thin long epoch lists and keep the last epoch", () => {
    const rows = epochRows(
      Array.from({ length: 5000 }, (_, i) => epoch(i + 1)),
      "loss",
      "step",
    );
    expect(rows.length).toBeLessThanOrEqual(MAX_EPOCH_ROWS + 1);
    expect(rows.at(-1)?.epoch).toBe(5000);
  });

  it("name the loss first, then each metric once", () => {
    const series = new BatchSeries(8);
    series.add(batch(1, 1));
    expect(curveNames(series, [epoch(1, 0.7)])).toEqual(["loss", "accuracy"]);
  });

  it("report the latest smoothed training value and the latest validation value", () => {
    const series = new BatchSeries(8);
    series.add(batch(1, 1));
    const latest = latestValue(
      batchRows(series, "accuracy", 0, "step"),
      epochRows([epoch(1, 0.7), epoch(2)], "accuracy", "step"),
    );
    expect(latest).toEqual({ train: 0.5, validation: 0.7 });
  });
});
