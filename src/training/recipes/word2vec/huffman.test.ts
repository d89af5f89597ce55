import { describe, expect, it } from "vitest";
import { buildHuffmanTree } from "./huffman";

const code = (bits: Uint8Array) => [...bits].join("");

describe("buildHuffmanTree", () => {
  // Zipf-like counts, deliberately not sorted, with ties.
  const counts = [5, 120, 1, 40, 40, 9, 300, 2, 2, 17, 60, 1];
  const tree = buildHuffmanTree(counts);
  const codes = tree.codes.map(code);

  it("gives every word a code, none a prefix of another", () => {
    expect(new Set(codes).size).toBe(counts.length);
    for (const a of codes) for (const b of codes) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });

  it("gives frequent words codes no longer than rarer words'", () => {
    for (let a = 0; a < counts.length; a++)
      for (let b = 0; b < counts.length; b++)
        if (counts[a]! > counts[b]!) expect(codes[a]!.length).toBeLessThanOrEqual(codes[b]!.length);
  });

  it("is a full binary tree (Kraft's sum is exactly 1) of optimal cost", () => {
    expect(codes.reduce((sum, c) => sum + 2 ** -c.length, 0)).toBeCloseTo(1, 12);
    // The Huffman cost equals the sum of the weights of all inner nodes; compare with a plain priority-queue Huffman.
    const queue = [...counts];
    let optimal = 0;
    while (queue.length > 1) {
      queue.sort((a, b) => a - b);
      const merged = queue.shift()! + queue.shift()!;
      optimal += merged;
      queue.push(merged);
    }
    expect(codes.reduce((sum, c, w) => sum + c.length * counts[w]!, 0)).toBe(optimal);
    expect(tree.maxDepth).toBe(Math.max(...codes.map((c) => c.length)));
  });

  it("names V − 1 inner nodes, the root (V − 2) first on every path, shared prefixes sharing nodes", () => {
    const inner = new Set(tree.points.flatMap((p) => [...p]));
    expect([...inner].sort((a, b) => a - b)).toEqual(
      Array.from({ length: counts.length - 1 }, (_, i) => i),
    );
    for (const points of tree.points) expect(points[0]).toBe(counts.length - 2);
    for (let a = 0; a < counts.length; a++)
      for (let b = 0; b < counts.length; b++) {
        let shared = 0;
        while (codes[a]![shared] === codes[b]![shared] && shared < codes[a]!.length) shared++;
        // The node after a shared prefix is the same node, where the two paths part.
        if (a !== b) expect(tree.points[a]![shared]).toBe(tree.points[b]![shared]);
      }
  });

  it("needs two words", () => {
    expect(() => buildHuffmanTree([3])).toThrow();
    expect(buildHuffmanTree([3, 1]).codes.map(code).sort()).toEqual(["0", "1"]);
  });
});
