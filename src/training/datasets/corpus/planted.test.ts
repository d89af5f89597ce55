import { describe, expect, it } from "vitest";
import { PLANTED_WORD_COUNT } from "../../../graph/training/datasetSpecs/corpus";
import { datasetSpec } from "../../../graph/training/datasets";
import { loadDataset } from "..";
import { createRandom } from "../random";
import {
  generatePlantedSentences,
  PLANTED_ANALOGIES,
  PLANTED_GENDER_CONTEXTS,
  PLANTED_PAIRS,
  PLANTED_ROLES,
  PLANTED_WORDS,
} from "./planted";

const noAssets = { readAsset: () => Promise.reject(new Error("no assets in this test")) };

describe("the planted corpus", () => {
  it("has as many distinct words as the spec says", () => {
    expect(new Set(PLANTED_WORDS).size).toBe(PLANTED_WORDS.length);
    expect(PLANTED_WORDS.length).toBe(PLANTED_WORD_COUNT);
  });

  it("is the same for the same seed and differs for another", () => {
    const a = generatePlantedSentences(200, createRandom(1));
    expect(generatePlantedSentences(200, createRandom(1))).toEqual(a);
    expect(generatePlantedSentences(200, createRandom(2))).not.toEqual(a);
  });

  it("puts both partners of a pair among exactly the same context words, and nowhere else", () => {
    const sentences = generatePlantedSentences(3000, createRandom(7));
    for (const pair of PLANTED_PAIRS) {
      const contextsOf = (word: string) =>
        new Set(
          sentences.filter((s) => s.includes(word)).flatMap((s) => s.filter((w) => w !== word)),
        );
      const allowed = new Set([...pair.contexts, "the", "a"]);
      for (const word of pair.words) {
        const seen = contextsOf(word);
        expect([...seen].every((w) => allowed.has(w))).toBe(true);
        for (const context of pair.contexts) expect(seen.has(context)).toBe(true);
      }
    }
  });

  it("gives grid words two contexts of their role and two of their gender", () => {
    const sentences = generatePlantedSentences(500, createRandom(3));
    const king = sentences.filter((s) => s.includes("king"));
    expect(king.length).toBeGreaterThan(10);
    for (const sentence of king) {
      const role = sentence.filter((w) => PLANTED_ROLES[0]!.contexts.includes(w));
      const gender = sentence.filter((w) => PLANTED_GENDER_CONTEXTS[0].includes(w));
      expect([role.length, gender.length]).toEqual([2, 2]);
    }
  });

  it("plants analogies whose four words are all grid words", () => {
    expect(PLANTED_ANALOGIES).toContainEqual(["king", "man", "woman", "queen"]);
    expect(PLANTED_ANALOGIES).toHaveLength(40);
  });

  it("loads as a corpus dataset whose vocabulary is every planted word", async () => {
    const dataset = await loadDataset(
      { kind: "builtin", id: "planted", options: { size: 1000 } },
      noAssets,
      5,
    );
    expect(dataset.vocabulary).toHaveLength(PLANTED_WORD_COUNT);
    expect(new Set(dataset.vocabulary)).toEqual(new Set(PLANTED_WORDS));
    expect(dataset.shapes).toMatchObject({
      inputShape: [1],
      integerFeatures: true,
      vocabularySize: 93,
    });
    expect(dataset.shapes).toEqual(datasetSpec("planted")!.shapes({ size: 1000 }));
    expect(datasetSpec("planted")!.shapes({})!.vocabularySize).toBe(93);
    expect(datasetSpec("planted")!.shapes({ maxVocabulary: 50 })!.vocabularySize).toBe(50);
    const corpus = dataset.corpus!;
    expect(corpus.sentenceStarts).toHaveLength(1001);
    expect(corpus.sentenceStarts[1000]).toBe(corpus.tokens.length);
    expect(dataset.train.count).toBe(corpus.tokens.length);
    expect(corpus.counts.reduce((a, b) => a + b, 0)).toBe(corpus.tokens.length);
    expect(corpus.suggestedWords).toContain("king");
  });

  it("honours the minimum count and the vocabulary cap", async () => {
    const capped = await loadDataset(
      { kind: "builtin", id: "planted", options: { size: 1000, maxVocabulary: 20 } },
      noAssets,
    );
    expect(capped.vocabulary).toHaveLength(20);
    expect(Math.max(...capped.corpus!.tokens)).toBe(19);
    const strict = await loadDataset(
      { kind: "builtin", id: "planted", options: { size: 1000, minCount: 40 } },
      noAssets,
    );
    const counts = [...strict.corpus!.counts];
    expect(counts.every((c) => c >= 40)).toBe(true);
    expect(counts.length).toBeLessThan(PLANTED_WORD_COUNT);
  });
});
