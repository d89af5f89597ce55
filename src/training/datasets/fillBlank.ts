/**
 * Fill in the blank: the bidirectional lab's dataset. Each sentence has one
 * blank whose word needs both sides — the tense from the words before it
 * ("will" or not), the meaning from the words after it ("a new phone" → buy,
 * "the broken bike" → fix) — so a forward-only RNN, which must answer at the
 * blank before reading on, is right there one time in four, and a
 * bidirectional one can be right every time. Word lists and classes:
 * src/graph/training/datasetSpecs/fillBlank.ts.
 */
import { readNumber } from "../../graph/training/datasetOptions";
import {
  FILL_BLANK_ENDINGS,
  FILL_BLANK_FUTURE_MARK,
  FILL_BLANK_FUTURE_TIMES,
  FILL_BLANK_MARK,
  FILL_BLANK_OBJECTS,
  FILL_BLANK_PAST_TIMES,
  FILL_BLANK_SUBJECTS,
  FILL_BLANK_THINGS,
  FILL_BLANK_VERBS,
  FILL_BLANK_VOCABULARY,
} from "../../graph/training/datasetSpecs/fillBlank";
import { TEXT_MAX_LENGTH } from "../../graph/training/datasetSpecs/sequence";
import { datasetOption } from "../../graph/training/datasets";
import { pick, type Random } from "./random";
import { allocateSplit } from "./split";
import type { DatasetSplit } from "./types";

const ID = new Map(FILL_BLANK_VOCABULARY.map((word, id) => [word, id]));

export interface BlankSentence {
  readonly words: readonly string[];
  /** Where the blank is. */
  readonly blank: number;
  /** Its class: 1 + 2·meaning + (past ? 1 : 0) (FILL_BLANK_CLASSES). */
  readonly answer: number;
}

/**
 * [time] subject [will] ___ object thing [ending] [time]: the time phrase comes first or last, at most
 * 2 + 2 + 1 + 1 + 3 + 3 = 12 words either way.
 */
export function blankSentence(answer: number, random: Random): BlankSentence {
  const meaning = (answer - 1) >> 1;
  const past = (answer - 1) % 2 === 1;
  const time = pick(past ? FILL_BLANK_PAST_TIMES : FILL_BLANK_FUTURE_TIMES, random);
  const timeFirst = random.next() < 0.5;
  const left = [
    ...(timeFirst ? time : []),
    ...pick(FILL_BLANK_SUBJECTS, random),
    ...(past ? [] : [FILL_BLANK_FUTURE_MARK]),
  ];
  const right = [
    ...FILL_BLANK_OBJECTS[meaning]!,
    pick(FILL_BLANK_THINGS, random),
    ...(random.next() < 0.5 ? pick(FILL_BLANK_ENDINGS, random) : []),
    ...(timeFirst ? [] : time),
  ];
  return { words: [...left, FILL_BLANK_MARK, ...right], blank: left.length, answer };
}

export function generateFillBlank(
  options: Readonly<Record<string, unknown>>,
  random: Random,
): DatasetSplit {
  const count = readNumber(options, datasetOption("fillBlank", "size")!);
  const split = allocateSplit(count, TEXT_MAX_LENGTH, TEXT_MAX_LENGTH);
  const answers = FILL_BLANK_VERBS.length * 2;
  for (let i = 0; i < count; i++) {
    // Balanced answers; every other step keeps class 0 ("—") and padding keeps id 0 (the arrays start zeroed).
    const sentence = blankSentence(1 + (i % answers), random);
    sentence.words.forEach((word, step) => {
      split.features[i * TEXT_MAX_LENGTH + step] = ID.get(word)!;
    });
    split.labels[i * TEXT_MAX_LENGTH + sentence.blank] = sentence.answer;
  }
  return split;
}
