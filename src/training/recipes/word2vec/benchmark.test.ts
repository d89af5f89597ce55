import { describe, expect, it } from "vitest";
import type { CorpusBenchmark } from "../../datasets/corpus/benchmarks";
import { scoreBenchmark } from "./benchmark";
import { unitRows, type WordVectors } from "./similarity";

/** gold sits next to silver; north's nearest is east, not south; iron is alone. */
const WORDS = ["gold", "silver", "north", "south", "east", "iron"];
const RAW = [
  [1, 0, 0],
  [0.9, 0.1, 0],
  [0, 1, 0],
  [0, 0.5, 1],
  [0, 1, 0.1],
  [-1, -1, -1],
].flat();
const vectors: WordVectors = { words: WORDS, unit: unitRows(RAW, 6, 3), dims: 3 };
const ids = new Map(WORDS.map((word, id) => [word, id]));

const benchmark = (within: number, pairs: CorpusBenchmark["pairs"]): CorpusBenchmark => ({
  metric: "relatedInTop10",
  pairs,
  within,
});

describe("scoreBenchmark", () => {
  it("asks each pair both ways and counts a partner within the given rank", () => {
    const pairs = [
      ["gold", "silver"],
      ["north", "south"],
    ] as const;
    // Nearest only: gold↔silver both ways; north's nearest is east, south's is east too.
    expect(scoreBenchmark(vectors, ids, benchmark(1, pairs))).toEqual({
      metric: "relatedInTop10",
      value: 0.5,
      found: 2,
      asked: 4,
      within: 1,
    });
    // Within 2: north finds south second, and south finds north second.
    expect(scoreBenchmark(vectors, ids, benchmark(2, pairs))!.found).toBe(4);
  });

  it("leaves out pairs outside the vocabulary, and gives no score when none is left", () => {
    const score = scoreBenchmark(
      vectors,
      ids,
      benchmark(1, [
        ["gold", "silver"],
        ["wheat", "barley"],
      ]),
    );
    expect(score).toMatchObject({ found: 2, asked: 2, value: 1 });
    expect(scoreBenchmark(vectors, ids, benchmark(1, [["wheat", "barley"]]))).toBeUndefined();
  });
});
