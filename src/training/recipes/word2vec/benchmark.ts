/**
 * A corpus's benchmark (datasets/corpus/benchmarks.ts) scored on the current
 * word vectors: the share of questions "is b among a's `within` nearest
 * neighbours?" answered yes, each pair asked both ways. Pairs with a word
 * outside the trained vocabulary (a smaller vocabulary, a higher minimum
 * count) are left out; with none left there is no score.
 */
import type { CorpusBenchmark } from "../../datasets/corpus/benchmarks";
import type { BenchmarkScore } from "../../recipeViews";
import { neighboursOf, type WordVectors } from "./similarity";

export function scoreBenchmark(
  vectors: WordVectors,
  ids: ReadonlyMap<string, number>,
  benchmark: CorpusBenchmark,
): BenchmarkScore | undefined {
  let asked = 0;
  let found = 0;
  for (const [a, b] of benchmark.pairs) {
    const [idA, idB] = [ids.get(a), ids.get(b)];
    if (idA === undefined || idB === undefined) continue;
    for (const [word, partner] of [
      [idA, b],
      [idB, a],
    ] as const) {
      asked++;
      if (neighboursOf(vectors, word, benchmark.within).some((n) => n.word === partner)) found++;
    }
  }
  if (asked === 0) return undefined;
  return { metric: benchmark.metric, value: found / asked, found, asked, within: benchmark.within };
}
