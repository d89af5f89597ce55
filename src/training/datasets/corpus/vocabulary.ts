/**
 * From sentences of words to a corpus of word ids, the way word2vec builds
 * its vocabulary: count every word, drop those rarer than the minimum count,
 * keep the most frequent up to the cap, and number them by descending count
 * (id 0 is the most frequent word; ties in code-point order, so the ids are
 * the same everywhere). Words outside the vocabulary are left out of the
 * stream, as word2vec does, rather than mapped to an "unknown" token.
 */
import type { CorpusData } from "../types";

export type Sentences = readonly (readonly string[])[];

export interface Vocabulary {
  /** Id → word, most frequent first. */
  readonly words: readonly string[];
  /** Id → number of occurrences in the corpus (descending). */
  readonly counts: Int32Array;
}

export interface VocabularyLimits {
  /** Words occurring fewer times than this are dropped. */
  readonly minCount: number;
  /** At most this many words are kept: the most frequent ones. */
  readonly maxVocabulary: number;
}

export function buildVocabulary(sentences: Sentences, limits: VocabularyLimits): Vocabulary {
  const counts = new Map<string, number>();
  for (const sentence of sentences)
    for (const word of sentence) counts.set(word, (counts.get(word) ?? 0) + 1);
  const kept = [...counts]
    .filter(([, count]) => count >= limits.minCount)
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, Math.max(0, limits.maxVocabulary));
  return { words: kept.map(([word]) => word), counts: Int32Array.from(kept, ([, count]) => count) };
}

/** The sentences as word ids; sentences left empty (all their words dropped) are skipped. */
export function encodeCorpus(
  sentences: Sentences,
  vocabulary: Vocabulary,
  suggestedWords: readonly string[] = [],
): CorpusData {
  const ids = new Map(vocabulary.words.map((word, id) => [word, id]));
  let total = 0;
  for (const sentence of sentences) total += sentence.length;
  const tokens = new Int32Array(total);
  const starts: number[] = [0];
  let length = 0;
  for (const sentence of sentences) {
    const start = length;
    for (const word of sentence) {
      const id = ids.get(word);
      if (id !== undefined) tokens[length++] = id;
    }
    if (length > start) starts.push(length);
  }
  return {
    tokens: tokens.slice(0, length),
    sentenceStarts: Int32Array.from(starts),
    counts: vocabulary.counts,
    suggestedWords: suggestedWords.filter((word) => ids.has(word)),
  };
}
