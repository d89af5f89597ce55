import { describe, expect, it } from "vitest";
import type { BatchPoint } from "../../training/protocol";
import { BatchSeries, smoothed } from "./batchSeries";

const point = (step: number, loss: number, accuracy?: number): BatchPoint => ({
  step,
  epoch: 1,
  time: step / 10,
  loss,
  metrics: accuracy === undefined ? {} : { accuracy },
  learningRate: 0.01,
});

describe("per-batch curves", () => {
  it("keeps every point while there is room", () => {
    const series = new BatchSeries(8);
    for (let i = 1; i <= 5; i++) series.add(point(i, i));
    expect(series.length).toBe(5);
    expect(series.stride).toBe(1);
    expect(Array.from(series.values.get("loss")!.subarray(0, 5))).toEqual([1, 2, 3, 4, 5]);
  });

  it("merges neighbours when full, so memory and chart cost stay bounded", () => {
    const series = new BatchSeries(8);
    for (let i = 1; i <= 1000; i++) series.add(point(i, i));
    expect(series.length).toBeLessThanOrEqual(8);
    expect(series.stride).toBeGreaterThan(1);
    // Each stored point is the mean of the `stride` batches it stands for and keeps the last step.
    const loss = series.values.get("loss")!;
    const steps = series.step;
    for (let i = 0; i < series.length; i++) {
      const last = steps[i]!;
      expect(loss[i]).toBeCloseTo(last - (series.stride - 1) / 2, 6);
    }
  });

  it("starts a metric that appears late as a gap, not as zeros", () => {
    const series = new BatchSeries(8);
    series.add(point(1, 1));
    series.add(point(2, 1, 0.5));
    const accuracy = series.values.get("accuracy")!;
    expect(Number.isNaN(accuracy[0])).toBe(true);
    expect(accuracy[1]).toBe(0.5);
  });
});

describe("smoothing", () => {
  it("is debiased, so a constant curve stays constant from its first point", () => {
    const values = Float64Array.from([2, 2, 2, 2]);
    expect(Array.from(smoothed(values, 4, 0.9))).toEqual(
      [2, 2, 2, 2].map(() => expect.closeTo(2, 10)),
    );
  });

  it("with smoothing 0 returns the raw values, and skips NaN", () => {
    const values = Float64Array.from([1, Number.NaN, 3]);
    const out = smoothed(values, 3, 0);
    expect(out[0]).toBe(1);
    expect(Number.isNaN(out[1])).toBe(true);
    expect(out[2]).toBe(3);
  });
});
