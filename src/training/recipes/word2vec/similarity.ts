/**
 * Questions about word vectors, answered with cosine similarity on plain
 * arrays (pure, no tensors): nearest neighbours, and analogies by 3CosAdd
 * (Mikolov et al. 2013; Levy & Goldberg 2014): the word closest to
 * b* = a − b + c, where every vector is first scaled to unit length and a,
 * b and c themselves are excluded — otherwise the answer to king − man +
 * woman would nearly always be king.
 */
import type { Neighbour } from "../../recipeViews";

/** Rows scaled to unit length (zero rows stay zero). */
export function unitRows(values: ArrayLike<number>, rows: number, dims: number): Float32Array {
  const out = new Float32Array(rows * dims);
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let k = 0; k < dims; k++) norm += values[r * dims + k]! ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < dims; k++) out[r * dims + k] = values[r * dims + k]! * scale;
  }
  return out;
}

export interface WordVectors {
  readonly words: readonly string[];
  /** words.length × dims, each row of unit length (unitRows). */
  readonly unit: Float32Array;
  readonly dims: number;
}

/**
 * The `count` words whose vectors have the highest cosine similarity with
 * `query` (any length; it is scaled to unit length), best first, leaving out
 * the ids in `exclude`.
 */
export function nearestTo(
  vectors: WordVectors,
  query: ArrayLike<number>,
  count: number,
  exclude: ReadonlySet<number>,
): Neighbour[] {
  const { words, unit, dims } = vectors;
  if (count < 1) return [];
  let norm = 0;
  for (let k = 0; k < dims; k++) norm += query[k]! ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const best: { id: number; similarity: number }[] = [];
  for (let id = 0; id < words.length; id++) {
    if (exclude.has(id)) continue;
    let dot = 0;
    for (let k = 0; k < dims; k++) dot += unit[id * dims + k]! * query[k]!;
    const similarity = dot * scale;
    if (best.length === count && similarity <= best[count - 1]!.similarity) continue;
    // Insertion into a short sorted list: count is small (a handful of neighbours).
    let at = best.length;
    while (at > 0 && best[at - 1]!.similarity < similarity) at--;
    best.splice(at, 0, { id, similarity });
    if (best.length > count) best.pop();
  }
  return best.map(({ id, similarity }) => ({ word: words[id]!, similarity }));
}

function row(vectors: WordVectors, id: number): Float32Array {
  return vectors.unit.subarray(id * vectors.dims, (id + 1) * vectors.dims);
}

/** Nearest neighbours of word `id`, itself excluded. */
export function neighboursOf(vectors: WordVectors, id: number, count: number): Neighbour[] {
  return nearestTo(vectors, row(vectors, id), count, new Set([id]));
}

/** 3CosAdd: the words nearest to a − b + c (unit vectors), a, b and c excluded. */
export function analogy(
  vectors: WordVectors,
  a: number,
  b: number,
  c: number,
  count: number,
): Neighbour[] {
  const target = new Float32Array(vectors.dims);
  const [va, vb, vc] = [row(vectors, a), row(vectors, b), row(vectors, c)];
  for (let k = 0; k < vectors.dims; k++) target[k] = va[k]! - vb[k]! + vc[k]!;
  return nearestTo(vectors, target, count, new Set([a, b, c]));
}
