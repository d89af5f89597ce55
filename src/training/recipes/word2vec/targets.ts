/**
 * What each example's hidden vector h is scored against, as binary
 * decisions (pure; objective.ts turns them into a loss): a row of the output
 * matrix, whether the answer is yes (label 1) or no (0), and a weight (0 for
 * padding). Both speed-ups of the full softmax reduce to this form.
 */
import type { Random } from "../../datasets/random";
import type { HuffmanTree } from "./huffman";

export interface BinaryTargets {
  /** Decisions per example. */
  readonly width: number;
  /** examples × width rows of the output matrix. */
  readonly rows: Int32Array;
  readonly labels: Float32Array;
  readonly weights: Float32Array;
}

/**
 * Negative sampling: the true word (label 1) and `negatives` words drawn
 * from the unigram^0.75 table (label 0). A draw that hits the true word is
 * given weight 0, as word2vec.c skips it.
 */
export function negativeSamplingTargets(
  positives: Int32Array,
  negatives: number,
  table: Int32Array,
  random: Random,
): BinaryTargets {
  const width = 1 + negatives;
  const rows = new Int32Array(positives.length * width);
  const labels = new Float32Array(positives.length * width);
  const weights = new Float32Array(positives.length * width).fill(1);
  positives.forEach((positive, e) => {
    rows[e * width] = positive;
    labels[e * width] = 1;
    for (let k = 1; k < width; k++) {
      const negative = table[random.int(table.length)]!;
      rows[e * width + k] = negative;
      if (negative === positive) weights[e * width + k] = 0;
    }
  });
  return { width, rows, labels, weights };
}

/**
 * Hierarchical softmax: the inner nodes on the true word's Huffman path,
 * each with label 1 − code (word2vec.c's convention: σ(h·u) is the
 * probability of branch 0). Paths shorter than the batch's longest are padded
 * with weight 0.
 */
export function hierarchicalSoftmaxTargets(
  positives: Int32Array,
  tree: HuffmanTree,
): BinaryTargets {
  let width = 1;
  for (const word of positives) width = Math.max(width, tree.points[word]!.length);
  const rows = new Int32Array(positives.length * width);
  const labels = new Float32Array(positives.length * width);
  const weights = new Float32Array(positives.length * width);
  positives.forEach((word, e) => {
    const points = tree.points[word]!;
    const codes = tree.codes[word]!;
    for (let k = 0; k < points.length; k++) {
      rows[e * width + k] = points[k]!;
      labels[e * width + k] = 1 - codes[k]!;
      weights[e * width + k] = 1;
    }
  });
  return { width, rows, labels, weights };
}
