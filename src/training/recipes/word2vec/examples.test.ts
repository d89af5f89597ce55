import { describe, expect, it } from "vitest";
import { createRandom } from "../../datasets/random";
import { type ExampleSource, ExampleStream, generatePass } from "./examples";
import { buildHuffmanTree } from "./huffman";
import { hierarchicalSoftmaxTargets, negativeSamplingTargets } from "./targets";

/** Two sentences: 0 1 2 3 4 | 5 6. */
function source(overrides: Partial<ExampleSource> = {}): ExampleSource {
  return {
    tokens: Int32Array.from([0, 1, 2, 3, 4, 5, 6]),
    sentenceStarts: Int32Array.from([0, 5, 7]),
    vocabularySize: 7,
    keep: new Float64Array(7).fill(1),
    window: 2,
    model: "skipGram",
    ...overrides,
  };
}

function pairs(pass: ReturnType<typeof generatePass>): string[] {
  return Array.from(pass.centres, (c, i) => `${c}-${pass.contexts[i]}`).sort();
}

describe("generatePass", () => {
  it("makes skip-gram pairs within the window, never across sentences", () => {
    const pass = generatePass(source({ window: 1 }), createRandom(1));
    expect(pairs(pass)).toEqual(
      ["0-1", "1-0", "1-2", "2-1", "2-3", "3-2", "3-4", "4-3", "5-6", "6-5"].sort(),
    );
  });

  it("draws each centre's window from 1…window (word2vec's reduced window)", () => {
    const sizes = new Set<number>();
    for (let seed = 0; seed < 20; seed++)
      sizes.add(generatePass(source(), createRandom(seed)).count);
    // Window 2 on 0…4 and 5 6: between 10 pairs (all reach 1) and 16 (all reach 2).
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(16);
    expect(sizes.size).toBeGreaterThan(2);
    const pass = generatePass(source(), createRandom(3));
    for (let i = 0; i < pass.count; i++)
      expect(Math.abs(pass.centres[i]! - pass.contexts[i]!)).toBeLessThanOrEqual(2);
  });

  it("makes CBOW bags padded with −1", () => {
    const pass = generatePass(source({ window: 1, model: "cbow" }), createRandom(1));
    expect(pass.count).toBe(7);
    const bags = new Map<number, number[]>();
    for (let i = 0; i < pass.count; i++)
      bags.set(pass.centres[i]!, [pass.contexts[2 * i]!, pass.contexts[2 * i + 1]!]);
    expect(bags.get(0)).toEqual([1, -1]);
    expect(bags.get(2)).toEqual([1, 3]);
    expect(bags.get(6)).toEqual([5, -1]);
  });

  it("subsamples with the keep probabilities and leaves out ids beyond the vocabulary", () => {
    const keep = Float64Array.from([0, 1, 1, 1, 1, 1, 1]);
    const pass = generatePass(source({ keep, window: 1, vocabularySize: 6 }), createRandom(1));
    // 0 is never kept and 6 is outside the vocabulary: 1 2 3 4 | 5.
    expect(pairs(pass)).toEqual(["1-2", "2-1", "2-3", "3-2", "3-4", "4-3"].sort());
  });
});

describe("ExampleStream", () => {
  it("cuts passes into batches and starts a fresh pass when one runs out", () => {
    const stream = new ExampleStream(source({ window: 1 }), createRandom(2));
    expect(stream.passSize).toBe(10);
    const seen: string[] = [];
    for (let b = 0; b < 5; b++) {
      const batch = stream.next(4);
      for (let i = 0; i < 4; i++) seen.push(`${batch.centres[i]}-${batch.contexts[i]}`);
    }
    // 20 examples = two whole passes of the same 10 pairs, in shuffled order.
    expect(seen.slice(0, 10).sort()).toEqual(seen.slice(10).sort());
    expect(seen.slice(0, 10)).not.toEqual(seen.slice(10));
  });
});

describe("targets", () => {
  it("negative sampling: the true word with label 1, negatives 0, a negative equal to it weighted 0", () => {
    const table = Int32Array.from([0, 0, 1, 2]);
    const targets = negativeSamplingTargets(Int32Array.from([2, 0]), 3, table, createRandom(4));
    expect(targets.width).toBe(4);
    expect([targets.rows[0], targets.rows[4]]).toEqual([2, 0]);
    expect([...targets.labels]).toEqual([1, 0, 0, 0, 1, 0, 0, 0]);
    for (let i = 0; i < 8; i++)
      if (i % 4 !== 0)
        expect(targets.weights[i]).toBe(targets.rows[i] === targets.rows[i - (i % 4)] ? 0 : 1);
  });

  it("hierarchical softmax: the path's nodes with label 1 − code, padded with weight 0", () => {
    const tree = buildHuffmanTree([10, 5, 3, 1]);
    const targets = hierarchicalSoftmaxTargets(Int32Array.from([0, 3]), tree);
    expect(targets.width).toBe(tree.points[3]!.length);
    const path = tree.points[0]!.length;
    expect([...targets.rows.subarray(0, path)]).toEqual([...tree.points[0]!]);
    expect([...targets.labels.subarray(0, path)]).toEqual([...tree.codes[0]!].map((c) => 1 - c));
    expect([...targets.weights.subarray(0, targets.width)]).toEqual(
      Array.from({ length: targets.width }, (_, k) => (k < path ? 1 : 0)),
    );
  });
});
