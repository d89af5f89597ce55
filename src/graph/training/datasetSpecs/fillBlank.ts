/**
 * The words of the fill-in-the-blank dataset ("fillBlank"), shared by its
 * generator (src/training/datasets/fillBlank.ts) and the Keras export's
 * Python loader, so both number the tokens alike.
 *
 * A sentence such as "tomorrow i will ___ a new phone" or "my sister ___ the
 * broken bike last week" has one blank. The words before it give the tense
 * ("will" or not), the words after it give the meaning ("a new" → buy, "my old"
 * → sell, "the broken" → fix, "the dirty" → wash), so only both sides together
 * name the missing word — as in the curriculum's "我的手机坏了，我打算___一部新手机".
 */

/** Time phrases of each tense: before the subject or at the end of the sentence. */
export const FILL_BLANK_PAST_TIMES: readonly (readonly string[])[] = [
  ["yesterday"],
  ["last", "week"],
];
export const FILL_BLANK_FUTURE_TIMES: readonly (readonly string[])[] = [
  ["tomorrow"],
  ["next", "week"],
];
export const FILL_BLANK_SUBJECTS: readonly (readonly string[])[] = [
  ["i"],
  ["we"],
  ["they"],
  ["my", "sister"],
];
/** The future tense puts this word right before the blank; the past tense leaves it out. */
export const FILL_BLANK_FUTURE_MARK = "will";
/** The words right after the blank, one pair per meaning (in FILL_BLANK_VERBS order). */
export const FILL_BLANK_OBJECTS: readonly (readonly string[])[] = [
  ["a", "new"],
  ["my", "old"],
  ["the", "broken"],
  ["the", "dirty"],
];
export const FILL_BLANK_THINGS: readonly string[] = ["phone", "car", "bike", "watch", "laptop"];
/** Optional endings that say nothing about the answer. */
export const FILL_BLANK_ENDINGS: readonly (readonly string[])[] = [
  ["at", "the", "shop"],
  ["again"],
  ["for", "us"],
];
/** The missing word of each meaning: [future (base form), past]. */
export const FILL_BLANK_VERBS: readonly (readonly [string, string])[] = [
  ["buy", "bought"],
  ["sell", "sold"],
  ["fix", "fixed"],
  ["wash", "washed"],
];
/** The token that marks the blank. */
export const FILL_BLANK_MARK = "___";

/**
 * Classes per step: 0 ("—") for every word that is not the blank and for padding, then the verbs:
 * class 1 + 2·meaning + (past ? 1 : 0).
 */
export const FILL_BLANK_CLASSES: readonly string[] = ["—", ...FILL_BLANK_VERBS.flat()];

/** Token ids: 0 pads, 1 is an unknown word (never generated), 2 the blank, then the words in order of first use. */
export const FILL_BLANK_VOCABULARY: readonly string[] = [
  "<pad>",
  "<unk>",
  FILL_BLANK_MARK,
  ...new Set([
    ...FILL_BLANK_PAST_TIMES.flat(),
    ...FILL_BLANK_FUTURE_TIMES.flat(),
    ...FILL_BLANK_SUBJECTS.flat(),
    FILL_BLANK_FUTURE_MARK,
    ...FILL_BLANK_OBJECTS.flat(),
    ...FILL_BLANK_THINGS,
    ...FILL_BLANK_ENDINGS.flat(),
  ]),
];
