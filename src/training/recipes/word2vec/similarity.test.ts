import { describe, expect, it } from "vitest";
import { analogy, neighboursOf, unitRows, type WordVectors } from "./similarity";

/** A tiny grid: role (royal / common) + gender (male / female), plus an unrelated word. */
const WORDS = ["king", "queen", "man", "woman", "apple"];
const RAW = [
  [1, 0, 1, 0],
  [1, 0, 0, 1],
  [0, 1, 1, 0],
  [0, 1, 0, 1],
  [-1, -1, -1, -0.8],
].flat();
const vectors: WordVectors = { words: WORDS, unit: unitRows(RAW, 5, 4), dims: 4 };

describe("unitRows", () => {
  it("scales each row to length 1 and leaves zero rows alone", () => {
    const unit = unitRows([3, 4, 0, 0], 2, 2);
    expect(unit).toEqual(Float32Array.from([0.6, 0.8, 0, 0]));
  });
});

describe("neighboursOf", () => {
  it("ranks by cosine similarity, the word itself excluded", () => {
    const result = neighboursOf(vectors, 0, 3);
    expect(result.map((n) => n.word)).toEqual(["queen", "man", "woman"]);
    expect(result[0]!.similarity).toBeCloseTo(0.5, 6);
    expect(result[2]!.similarity).toBeCloseTo(0, 6);
    expect(neighboursOf(vectors, 0, 10)).toHaveLength(4);
    expect(neighboursOf(vectors, 0, 0)).toEqual([]);
  });
});

describe("analogy (3CosAdd)", () => {
  it("answers king − man + woman = queen, leaving out the three query words", () => {
    const result = analogy(vectors, 0, 2, 3, 2);
    expect(result[0]!.word).toBe("queen");
    expect(result[0]!.similarity).toBeCloseTo(1, 6);
    expect(result.map((r) => r.word)).not.toContain("king");
    expect(analogy(vectors, 3, 1, 0, 1)[0]!.word).toBe("man"); // woman − queen + king
  });
});
