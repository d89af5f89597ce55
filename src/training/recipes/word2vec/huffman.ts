/**
 * The Huffman tree of hierarchical softmax (Mikolov et al. 2013, after Morin
 * & Bengio 2005): a word's probability is the product of binary decisions
 * along its path from the root, one per inner node, so a step costs
 * O(log V) dot products instead of V. Built from the word counts as
 * word2vec.c's CreateBinaryTree does, so frequent words get short paths and
 * the average path is as short as it can be.
 */

export interface HuffmanTree {
  /** Per word id: the inner nodes (0…V − 2, the root is V − 2) on its path, root first. */
  readonly points: readonly Int32Array[];
  /** Per word id: the branch taken at each of those nodes, 0 or 1. */
  readonly codes: readonly Uint8Array[];
  /** The longest path. */
  readonly maxDepth: number;
}

/** Needs at least two words (one word has no decision to make). */
export function buildHuffmanTree(counts: ArrayLike<number>): HuffmanTree {
  const words = counts.length;
  if (words < 2) throw new Error("a Huffman tree needs at least two words");
  // word2vec's linear-time construction walks the counts in descending order.
  const order = Array.from({ length: words }, (_, i) => i).sort(
    (a, b) => counts[b]! - counts[a]! || a - b,
  );
  const nodes = 2 * words - 1;
  const weight = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
  order.forEach((word, i) => {
    weight[i] = counts[word]!;
  });
  const parent = new Int32Array(nodes);
  const branch = new Uint8Array(nodes);
  // Leaves are used from the rarest (pos1 moves left), new inner nodes in creation order (pos2 moves right).
  let pos1 = words - 1;
  let pos2 = words;
  const takeLightest = () => (pos1 >= 0 && weight[pos1]! < weight[pos2]! ? pos1-- : pos2++);
  for (let a = 0; a < words - 1; a++) {
    const first = takeLightest();
    const second = takeLightest();
    weight[words + a] = weight[first]! + weight[second]!;
    parent[first] = words + a;
    parent[second] = words + a;
    branch[second] = 1;
  }
  const root = nodes - 1;
  const points: Int32Array[] = new Array(words);
  const codes: Uint8Array[] = new Array(words);
  let maxDepth = 0;
  order.forEach((word, leaf) => {
    const path: number[] = [];
    const bits: number[] = [];
    for (let node = leaf; node !== root; node = parent[node]!) {
      bits.push(branch[node]!);
      path.push(parent[node]! - words);
    }
    points[word] = Int32Array.from(path.reverse());
    codes[word] = Uint8Array.from(bits.reverse());
    maxDepth = Math.max(maxDepth, path.length);
  });
  return { points, codes, maxDepth };
}
