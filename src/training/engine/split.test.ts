import { describe, expect, it } from "vitest";
import { xorDataset } from "../testFixtures";
import { epochOrder, splitValidation } from "./split";

describe("splitValidation", () => {
  const { train } = xorDataset(50);

  it("holds out the last fifth of a seeded permutation, the same for the same seed", () => {
    const a = splitValidation(train, 0.2, 1);
    const b = splitValidation(train, 0.2, 1);
    const c = splitValidation(train, 0.2, 2);
    expect(a.train.count).toBe(40);
    expect(a.validation?.count).toBe(10);
    expect(a.validation?.features).toEqual(b.validation?.features);
    expect(a.validation?.features).not.toEqual(c.validation?.features);
  });

  it("keeps every sample exactly once, rows intact", () => {
    const { train: t, validation: v } = splitValidation(train, 0.3, 5);
    const rows = (s: typeof t) =>
      Array.from(
        { length: s.count },
        (_, i) => `${s.features[2 * i]},${s.features[2 * i + 1]},${s.labels[i]}`,
      );
    const original = rows(train).sort();
    expect([...rows(t), ...rows(v!)].sort()).toEqual(original);
  });

  it("holds nothing out at 0, and at least one sample for any positive fraction", () => {
    expect(splitValidation(train, 0, 1).validation).toBeNull();
    expect(splitValidation(xorDataset(3).train, 0.1, 1).validation?.count).toBe(1);
  });
});

describe("epochOrder", () => {
  it("is a permutation that replays from the seed and changes between epochs", () => {
    const first = epochOrder(20, 3, 1);
    expect([...first].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(epochOrder(20, 3, 1)).toEqual(first);
    expect(epochOrder(20, 3, 2)).not.toEqual(first);
  });
});
