import { describe, expect, it } from "vitest";
import { buildVocabulary, encodeCorpus } from "./vocabulary";

const SENTENCES = [
  ["the", "cat", "sat", "on", "the", "mat"],
  ["the", "dog", "sat"],
  ["a", "cat", "and", "a", "dog"],
  ["zebra"],
];

describe("buildVocabulary", () => {
  it("counts words and numbers them by descending count, ties in code-point order", () => {
    const vocabulary = buildVocabulary(SENTENCES, { minCount: 1, maxVocabulary: 100 });
    expect(vocabulary.words).toEqual([
      "the",
      "a",
      "cat",
      "dog",
      "sat",
      "and",
      "mat",
      "on",
      "zebra",
    ]);
    expect([...vocabulary.counts]).toEqual([3, 2, 2, 2, 2, 1, 1, 1, 1]);
  });

  it("drops words rarer than the minimum count", () => {
    const vocabulary = buildVocabulary(SENTENCES, { minCount: 2, maxVocabulary: 100 });
    expect(vocabulary.words).toEqual(["the", "a", "cat", "dog", "sat"]);
    expect(buildVocabulary(SENTENCES, { minCount: 4, maxVocabulary: 100 }).words).toEqual([]);
  });

  it("keeps only the most frequent words up to the maximum vocabulary", () => {
    const vocabulary = buildVocabulary(SENTENCES, { minCount: 1, maxVocabulary: 3 });
    expect(vocabulary.words).toEqual(["the", "a", "cat"]);
    expect([...vocabulary.counts]).toEqual([3, 2, 2]);
  });
});

describe("encodeCorpus", () => {
  it("writes the sentences as ids, leaving out words outside the vocabulary and sentences left empty", () => {
    const vocabulary = buildVocabulary(SENTENCES, { minCount: 2, maxVocabulary: 100 });
    const corpus = encodeCorpus(SENTENCES, vocabulary, ["cat", "zebra", "dog"]);
    // the=0 a=1 cat=2 dog=3 sat=4
    expect([...corpus.tokens]).toEqual([0, 2, 4, 0, 0, 3, 4, 1, 2, 1, 3]);
    expect([...corpus.sentenceStarts]).toEqual([0, 4, 7, 11]); // "zebra" alone is gone
    expect([...corpus.counts]).toEqual([3, 2, 2, 2, 2]);
    expect(corpus.suggestedWords).toEqual(["cat", "dog"]);
  });
});
