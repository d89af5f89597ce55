import { describe, expect, it } from "vitest";
import {
  SENTIMENT_VOCABULARY_SIZE,
  TAGGING_TAGS,
  TAGGING_VOCABULARY_SIZE,
  TEXT_MAX_LENGTH,
} from "../../graph/training/datasetSpecs/sequence";
import { loadDataset } from "./index";
import { createRandom } from "./random";
import { encodeSentiment, SENTIMENT_VOCABULARY } from "./sentiment";
import { TAGGING_VOCABULARY, taggedSentence } from "./tagging";
import { expectWellFormed, NO_ASSETS } from "./testing";

const builtin = (id: string, options: Record<string, unknown> = {}) =>
  ({ kind: "builtin", id, options }) as const;

function words(ids: Float32Array, vocabulary: readonly string[]): string {
  return [...ids]
    .filter((id) => id !== 0)
    .map((id) => vocabulary[id])
    .join(" ");
}

describe("sentiment", () => {
  it("has the vocabulary size its spec announces", () => {
    expect(SENTIMENT_VOCABULARY.length).toBe(SENTIMENT_VOCABULARY_SIZE);
    expect(new Set(SENTIMENT_VOCABULARY).size).toBe(SENTIMENT_VOCABULARY.length);
  });

  it("yields padded int token ids and balanced labels", async () => {
    const dataset = await loadDataset(builtin("sentiment", { size: 400 }), NO_ASSETS, 11);
    expect(dataset.integerFeatures).toBe(true);
    expect(dataset.vocabulary).toBe(SENTIMENT_VOCABULARY);
    expect(dataset.shapes).toMatchObject({ inputShape: [TEXT_MAX_LENGTH], numClasses: 2 });
    expectWellFormed(dataset, [0, SENTIMENT_VOCABULARY_SIZE - 1]);
    for (const id of dataset.train.features) expect(Number.isInteger(id)).toBe(true);
    const positives = dataset.train.labels.reduce((a, b) => a + b, 0);
    expect(positives).toBe(200);
  });

  it("labels real sentences sensibly (negation and 'but' included)", async () => {
    const { train, vocabulary } = await loadDataset(builtin("sentiment", { size: 300 }), NO_ASSETS);
    for (let i = 0; i < train.count; i++) {
      const text = words(train.features.subarray(i * 12, (i + 1) * 12), vocabulary!);
      const label = train.labels[i];
      if (/^the \w+ was good$/.test(text)) expect(label).toBe(1);
      if (/ not (really |very |so |quite )?good/.test(text) && !text.includes(" but "))
        expect(label, text).toBe(0);
      if (text.startsWith("i did not")) expect(label, text).toBe(0);
      if (/but .* (great|fun|wonderful)$/.test(text) && !/but .* not/.test(text))
        expect(label, text).toBe(1);
    }
  });

  it("encodes unknown words as 1 and pads with 0", () => {
    expect(encodeSentiment(["the", "zebra"])).toEqual([
      SENTIMENT_VOCABULARY.indexOf("the"),
      1,
      ...Array(TEXT_MAX_LENGTH - 2).fill(0),
    ]);
  });
});

describe("tagging", () => {
  it("has the vocabulary size its spec announces", () => {
    expect(TAGGING_VOCABULARY.length).toBe(TAGGING_VOCABULARY_SIZE);
  });

  it("yields one tag per step, PAD exactly where the sentence has ended", async () => {
    const dataset = await loadDataset(builtin("tagging", { size: 300 }), NO_ASSETS, 2);
    expect(dataset.shapes).toMatchObject({
      perStep: true,
      numClasses: TAGGING_TAGS.length,
      targetShape: [TEXT_MAX_LENGTH, TAGGING_TAGS.length],
      integerFeatures: true,
    });
    expectWellFormed(dataset, [0, TAGGING_VOCABULARY_SIZE - 1]);
    const { features, labels } = dataset.train;
    for (let k = 0; k < features.length; k++) expect(features[k] === 0).toBe(labels[k] === 0);
  });

  it("uses ambiguous words as nouns and as verbs", () => {
    const random = createRandom(9);
    const tags = new Map<string, Set<string>>();
    for (let i = 0; i < 2000; i++)
      for (const [word, tag] of taggedSentence(random)) {
        if (!tags.has(word)) tags.set(word, new Set());
        tags.get(word)!.add(tag);
      }
    for (const word of ["watch", "book", "play", "run", "walk", "fly"])
      expect([...tags.get(word)!].sort()).toEqual(["NOUN", "VERB"]);
  });

  it("never exceeds the padded length", () => {
    const random = createRandom(1);
    for (let i = 0; i < 5000; i++)
      expect(taggedSentence(random).length).toBeLessThanOrEqual(TEXT_MAX_LENGTH);
  });
});
