/** The committed King James Bible: its normalisation, and the asset loaded as a corpus. */
import { describe, expect, it } from "vitest";
import { datasetSpec } from "../../../graph/training/datasets";
import { loadDataset } from "..";
import { nodeDatasetIO } from "../nodeIO";
import { kjvSentences, normaliseKjv, verseWords } from "./kjvText";

describe("normaliseKjv", () => {
  it("keeps the words of each verse, lower-cased, one verse per line", () => {
    const dump = [
      "Ge1:1 In the beginning God created the heaven and the earth.",
      "1Sm3:4 That the LORD called Samuel: and he answered, Here am I.",
      "SSol2:1 I am the rose of Sharon, and the lily of the valleys.",
      "",
    ].join("\n");
    expect(normaliseKjv(dump)).toBe(
      "in the beginning god created the heaven and the earth\n" +
        "that the lord called samuel and he answered here am i\n" +
        "i am the rose of sharon and the lily of the valleys\n",
    );
  });

  it("drops possessive 's and keeps hyphenated names whole", () => {
    expect(verseWords("the king's house at Beth-el, the fathers' God")).toEqual([
      "the",
      "king",
      "house",
      "at",
      "beth-el",
      "the",
      "fathers",
      "god",
    ]);
  });

  it("reads the packed text back as sentences", () => {
    expect(kjvSentences("a b c\nd e\n")).toEqual([
      ["a", "b", "c"],
      ["d", "e"],
    ]);
  });
});

describe("the King James Bible corpus", () => {
  it("loads from the committed asset: 31,102 verses, a vocabulary of sensible size", async () => {
    const whole = await loadDataset(
      { kind: "builtin", id: "kjv", options: { minCount: 1, maxVocabulary: 20_000 } },
      nodeDatasetIO(),
    );
    const corpus = whole.corpus!;
    expect(corpus.sentenceStarts.length - 1).toBe(31_102);
    expect(corpus.tokens.length).toBe(789_633);
    expect(whole.vocabulary).toHaveLength(12_552);
    expect(whole.vocabulary!.slice(0, 3)).toEqual(["the", "and", "of"]);

    const defaults = await loadDataset(
      { kind: "builtin", id: "kjv", options: {} },
      nodeDatasetIO(),
    );
    // 5,278 words occur at least 5 times; the default cap keeps the 5,000 most frequent.
    expect(defaults.vocabulary).toHaveLength(5000);
    expect(defaults.shapes.vocabularySize).toBe(5000);
    expect(datasetSpec("kjv")!.shapes({})!.vocabularySize).toBe(5000);
    expect(defaults.corpus!.counts[4999]).toBeGreaterThanOrEqual(5);
    for (const word of ["god", "king", "israel", "moses", "jerusalem"])
      expect(defaults.vocabulary).toContain(word);
    expect(defaults.corpus!.suggestedWords).toEqual([
      "god",
      "king",
      "israel",
      "moses",
      "jerusalem",
      "egypt",
      "father",
      "water",
    ]);
    // The benchmark's 24 pairs are all in the default vocabulary, each word frequent enough to learn.
    const benchmark = defaults.corpus!.benchmark!;
    expect(benchmark.metric).toBe("relatedInTop10");
    expect(benchmark.pairs).toHaveLength(24);
    const ids = new Map(defaults.vocabulary!.map((word, id) => [word, id]));
    for (const word of benchmark.pairs.flat()) {
      expect(ids.has(word), word).toBe(true);
      expect(defaults.corpus!.counts[ids.get(word)!]!, word).toBeGreaterThanOrEqual(20);
    }
  }, 30_000);
});
