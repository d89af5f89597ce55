/** The sequence datasets of the recurrent and attention labs: reverseDigits and countFrom. */
import { describe, expect, it } from "vitest";
import { datasetSpec } from "../../graph/training/datasets";
import { loadDataset } from "./index";
import { NO_ASSETS } from "./testing";

const builtin = (id: string, options: Record<string, unknown> = {}) =>
  ({ kind: "builtin", id, options }) as const;

describe("reverseDigits", () => {
  it("gives token ids 0–9 and, per step, the digit of the mirrored step", async () => {
    const dataset = await loadDataset(builtin("reverseDigits", { size: 300 }), NO_ASSETS, 4);
    expect(dataset.shapes).toEqual({
      inputShape: [6],
      task: "classification",
      numClasses: 10,
      targetShape: [6, 10],
      perStep: true,
      classNames: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
      integerFeatures: true,
      vocabularySize: 10,
    });
    expect(dataset.integerFeatures).toBe(true);
    expect(dataset.vocabulary).toEqual(dataset.shapes.classNames);
    const { features, labels, count } = dataset.train;
    expect(count).toBe(300);
    expect(features).toHaveLength(300 * 6);
    expect(labels).toHaveLength(300 * 6);
    let wrong = 0;
    const seen = new Set<number>();
    for (let i = 0; i < count; i++)
      for (let s = 0; s < 6; s++) {
        const digit = features[i * 6 + s]!;
        seen.add(digit);
        if (!Number.isInteger(digit) || labels[i * 6 + (5 - s)] !== digit) wrong++;
      }
    expect(wrong).toBe(0);
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("is deterministic for a seed, different for another, and follows the length option", async () => {
    const a = await loadDataset(builtin("reverseDigits", { size: 50 }), NO_ASSETS, 9);
    const b = await loadDataset(builtin("reverseDigits", { size: 50 }), NO_ASSETS, 9);
    const c = await loadDataset(builtin("reverseDigits", { size: 50 }), NO_ASSETS, 10);
    expect(b.train.features).toEqual(a.train.features);
    expect(b.train.labels).toEqual(a.train.labels);
    expect(c.train.features).not.toEqual(a.train.features);
    const long = await loadDataset(builtin("reverseDigits", { size: 20, length: 11 }), NO_ASSETS);
    expect(long.shapes.inputShape).toEqual([11]);
    expect(long.shapes.targetShape).toEqual([11, 10]);
    expect(long.train.labels).toHaveLength(20 * 11);
    expect(long.train.labels[10]).toBe(long.train.features[0]);
    expect(datasetSpec("reverseDigits")!.shapes({ length: 11 })).toEqual(long.shapes);
  });
});

describe("countFrom", () => {
  it("gives a one-hot start digit and the count start, start + 1, … (mod 10) per step", async () => {
    const dataset = await loadDataset(builtin("countFrom", { size: 200 }), NO_ASSETS, 2);
    expect(dataset.shapes).toEqual({
      inputShape: [10],
      task: "classification",
      numClasses: 10,
      targetShape: [8, 10],
      perStep: true,
      classNames: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    });
    expect(dataset.integerFeatures).toBeUndefined();
    const { features, labels, count } = dataset.train;
    expect(features).toHaveLength(200 * 10);
    expect(labels).toHaveLength(200 * 8);
    let wrong = 0;
    const starts = new Set<number>();
    for (let i = 0; i < count; i++) {
      const row = Array.from(features.subarray(i * 10, (i + 1) * 10));
      const start = row.indexOf(1);
      starts.add(start);
      if (row.reduce((a, b) => a + b, 0) !== 1) wrong++;
      for (let s = 0; s < 8; s++) if (labels[i * 8 + s] !== (start + s) % 10) wrong++;
    }
    expect(wrong).toBe(0);
    expect(starts.size).toBe(10);
  });

  it("is deterministic for a seed and follows the length option", async () => {
    const a = await loadDataset(builtin("countFrom", { size: 40, length: 3 }), NO_ASSETS, 5);
    const b = await loadDataset(builtin("countFrom", { size: 40, length: 3 }), NO_ASSETS, 5);
    expect(b.train.features).toEqual(a.train.features);
    expect(b.train.labels).toEqual(a.train.labels);
    expect(a.shapes.targetShape).toEqual([3, 10]);
    expect(a.train.labels).toHaveLength(40 * 3);
    expect(datasetSpec("countFrom")!.shapes({ length: 3 })).toEqual(a.shapes);
  });
});
