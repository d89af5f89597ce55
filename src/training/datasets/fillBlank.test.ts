/**
 * The bidirectional lab's dataset: one blank per sentence whose word is
 * named by both sides together and by neither alone — the property that
 * makes a forward-only RNN guess and a bidirectional one answer.
 */
import { describe, expect, it } from "vitest";
import {
  FILL_BLANK_CLASSES,
  FILL_BLANK_VOCABULARY,
} from "../../graph/training/datasetSpecs/fillBlank";
import { datasetSpec } from "../../graph/training/datasets";
import { loadDataset } from "./index";
import { NO_ASSETS } from "./testing";

const LENGTH = 12;

async function sentences(size: number, seed: number) {
  const dataset = await loadDataset(
    { kind: "builtin", id: "fillBlank", options: { size } },
    NO_ASSETS,
    seed,
  );
  const { features, labels, count } = dataset.train;
  return {
    dataset,
    rows: Array.from({ length: count }, (_, i) => {
      const ids = [...features.subarray(i * LENGTH, (i + 1) * LENGTH)];
      const tags = [...labels.subarray(i * LENGTH, (i + 1) * LENGTH)];
      const blank = ids.indexOf(FILL_BLANK_VOCABULARY.indexOf("___"));
      const words = ids.filter((id) => id !== 0).map((id) => FILL_BLANK_VOCABULARY[id]!);
      return { ids, tags, blank, words, answer: tags[blank]! };
    }),
  };
}

describe("fillBlank", () => {
  it("gives token ids, one blank per sentence and its answer at the blank's step only", async () => {
    const { dataset, rows } = await sentences(400, 3);
    expect(dataset.shapes).toEqual(datasetSpec("fillBlank")!.shapes({}));
    expect(dataset.shapes).toMatchObject({
      inputShape: [12],
      numClasses: 9,
      targetShape: [12, 9],
      perStep: true,
      integerFeatures: true,
      vocabularySize: FILL_BLANK_VOCABULARY.length,
    });
    expect(dataset.vocabulary).toEqual(FILL_BLANK_VOCABULARY);
    const perAnswer = new Array<number>(FILL_BLANK_CLASSES.length).fill(0);
    for (const row of rows) {
      expect(row.ids.filter((id) => id === 2)).toHaveLength(1);
      expect(row.answer).toBeGreaterThan(0);
      expect(row.tags.filter((t) => t !== 0)).toEqual([row.answer]);
      // Words first, padding (id 0) after.
      expect(row.ids.slice(0, row.words.length).every((id) => id > 1)).toBe(true);
      perAnswer[row.answer]!++;
    }
    expect(perAnswer).toEqual([0, 50, 50, 50, 50, 50, 50, 50, 50]);
    const example = rows.find((r) => FILL_BLANK_CLASSES[r.answer] === "bought")!;
    expect(example.words.join(" ")).toMatch(/^(.* )?(i|we|they|my sister) ___ a new \w+/);
  });

  it("names the answer by both sides together, by neither alone", async () => {
    const { rows } = await sentences(2000, 42);
    const answersBy = (key: (r: (typeof rows)[number]) => string) => {
      const groups = new Map<string, Set<number>>();
      for (const row of rows) {
        const k = key(row);
        groups.set(k, (groups.get(k) ?? new Set()).add(row.answer));
      }
      return [...groups.values()];
    };
    const left = (r: (typeof rows)[number]) => r.words.slice(0, r.blank).join(" ");
    const right = (r: (typeof rows)[number]) => r.words.slice(r.blank + 1).join(" ");
    // Both sides: exactly one answer for each sentence.
    expect(answersBy((r) => `${left(r)} | ${right(r)}`).every((s) => s.size === 1)).toBe(true);
    // The words before the blank leave four answers open (a forward-only RNN guesses: 25 %)…
    expect(answersBy(left).every((s) => s.size === 4)).toBe(true);
    // …and the words after it leave two (the tense) — except when the time phrase comes last.
    expect(answersBy(right).some((s) => s.size === 2)).toBe(true);
  });

  it("is deterministic for a seed and different for another", async () => {
    const a = await sentences(50, 9);
    const b = await sentences(50, 9);
    const c = await sentences(50, 10);
    expect(b.rows).toEqual(a.rows);
    expect(c.rows).not.toEqual(a.rows);
  });
});
