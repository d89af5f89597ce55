import { describe, expect, it } from "vitest";
import { keepProbabilities, unigramTable } from "./sampling";

describe("keepProbabilities (subsampling)", () => {
  it("follows word2vec.c: √(t/f) + t/f, at most 1", () => {
    const counts = [900, 90, 9, 1]; // total 1000
    const keep = keepProbabilities(counts, 0.01);
    const expected = (f: number) => Math.min(1, Math.sqrt(0.01 / f) + 0.01 / f);
    expect(keep[0]).toBeCloseTo(expected(0.9), 12); // ≈ 0.117
    expect(keep[1]).toBeCloseTo(expected(0.09), 12); // ≈ 0.444
    expect(keep[2]).toBe(1);
    expect(keep[3]).toBe(1);
    expect(keep[0]).toBeLessThan(keep[1]!);
  });

  it("keeps everything when the threshold is 0", () => {
    expect([...keepProbabilities([1000, 1], 0)]).toEqual([1, 1]);
  });
});

describe("unigramTable (negative sampling)", () => {
  it("fills entries in proportion to count^0.75", () => {
    const counts = [1000, 100, 10, 1];
    const size = 100_000;
    const table = unigramTable(counts, size);
    const filled = [0, 0, 0, 0];
    for (const word of table) filled[word]!++;
    const weights = counts.map((c) => c ** 0.75);
    const total = weights.reduce((a, b) => a + b, 0);
    weights.forEach((w, i) => {
      expect(Math.abs(filled[i]! / size - w / total)).toBeLessThan(2 / size);
    });
    // Rare words are drawn more often than their frequency: 0.75 flattens the distribution.
    expect(filled[3]! / size).toBeGreaterThan(1 / 1111);
  });

  it("runs through the ids in order, down to the rarest", () => {
    const table = unigramTable([50, 1, 1, 1], 200);
    expect(new Set(table)).toEqual(new Set([0, 1, 2, 3]));
    for (let i = 1; i < table.length; i++) expect(table[i]).toBeGreaterThanOrEqual(table[i - 1]!);
  });
});
