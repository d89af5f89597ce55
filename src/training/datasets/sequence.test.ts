import { describe, expect, it } from "vitest";
import { datasetSpec } from "../../graph/training/datasets";
import { loadDataset } from "./index";
import { expectWellFormed, NO_ASSETS } from "./testing";

const builtin = (id: string, options: Record<string, unknown> = {}) =>
  ({ kind: "builtin", id, options }) as const;

describe("sine forecasting", () => {
  it("yields windows [steps, 1] in [-1.5, 1.5] and one target each", async () => {
    const dataset = await loadDataset(builtin("sine", { size: 200, steps: 16 }), NO_ASSETS, 3);
    expect(dataset.shapes).toEqual({ inputShape: [16, 1], task: "regression", targetShape: [1] });
    expect(dataset.train.count).toBe(200);
    expectWellFormed(dataset, [-1.5, 1.5]);
    for (const target of dataset.train.labels) expect(Math.abs(target)).toBeLessThanOrEqual(1);
  });

  it("continues the wave: without noise the target follows the window's own recurrence", async () => {
    const { train } = await loadDataset(builtin("sine", { size: 50, noise: 0 }), NO_ASSETS);
    const steps = 20;
    for (let i = 0; i < train.count; i++) {
      // sin(ω(t+1)) = 2cos(ω)·sin(ωt) − sin(ω(t−1)): recover 2cos(ω) from the window.
      const w = train.features.subarray(i * steps, (i + 1) * steps);
      const k = (w[2]! + w[0]!) / w[1]!;
      if (Math.abs(w[1]!) < 0.2) continue; // k is ill-conditioned near a zero crossing
      expect(train.labels[i]).toBeCloseTo(k * w[steps - 1]! - w[steps - 2]!, 3);
    }
  });
});

describe("remember the first symbol", () => {
  it("is one-hot [length, symbols] and labelled with the first symbol", async () => {
    const dataset = await loadDataset(builtin("firstSymbol", { size: 120 }), NO_ASSETS, 5);
    const [length, symbols] = dataset.shapes.inputShape as [number, number];
    expect([length, symbols]).toEqual([30, 4]);
    expect(dataset.shapes.numClasses).toBe(4);
    expectWellFormed(dataset, [0, 1]);
    const { features, labels } = dataset.train;
    const starts = new Set<number>();
    for (let i = 0; i < 120; i++) {
      // Silence (all-zero steps), then the first symbol, then one symbol at every step.
      const sums = Array.from({ length }, (_, s) =>
        features
          .subarray((i * length + s) * symbols, (i * length + s + 1) * symbols)
          .reduce((a, b) => a + b, 0),
      );
      const start = sums.indexOf(1);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start).toBeLessThan(length - 1);
      expect(sums.slice(0, start).every((x) => x === 0)).toBe(true);
      expect(sums.slice(start).every((x) => x === 1)).toBe(true);
      expect(features[(i * length + start) * symbols + labels[i]!]).toBe(1);
      starts.add(start);
    }
    // The symbol comes at many different times, near the start as well as late.
    expect(starts.size).toBeGreaterThan(15);
    expect(Math.min(...starts)).toBeLessThan(3);
  });

  it("follows the length and symbols options", async () => {
    const dataset = await loadDataset(
      builtin("firstSymbol", { size: 30, length: 12, symbols: 3 }),
      NO_ASSETS,
    );
    expect(dataset.shapes.inputShape).toEqual([12, 3]);
    expect(dataset.train.features.length).toBe(30 * 12 * 3);
    expect(datasetSpec("firstSymbol")!.shapes({ length: 12, symbols: 3 })).toEqual(dataset.shapes);
  });
});
