/**
 * Word pairs with a known answer, one list per corpus, by which a run's word
 * vectors are judged: how often a word's partner is among its nearest
 * neighbours. They are what makes a word2vec outcome a number a test (and a
 * lesson check) can hold a run to.
 *
 * - planted: the twelve partner pairs share every context by construction,
 *   so each partner must be the nearest neighbour (within 1).
 * - kjv: pairs the King James text names together again and again — "gold and
 *   silver", "the scribes and the Pharisees", "the widow and the fatherless" —
 *   chosen from the text's phrases, not from any run's neighbours. A partner
 *   counts when it is among the 10 nearest of the 5,000 words: chance would
 *   put it there 0.2 % of the time.
 */
import { PLANTED_PAIRS } from "./planted";

export interface CorpusBenchmark {
  /** The RESULT_METRICS name the score is reported under. */
  readonly metric: "partnersFirst" | "relatedInTop10";
  /** Each pair is asked both ways: a's neighbours for b, b's for a. */
  readonly pairs: readonly (readonly [string, string])[];
  /** A partner counts when it is among this many nearest neighbours. */
  readonly within: number;
}

export const KJV_RELATED_PAIRS: readonly (readonly [string, string])[] = [
  ["moses", "aaron"],
  ["gold", "silver"],
  ["brass", "iron"],
  ["sheep", "oxen"],
  ["wheat", "barley"],
  ["north", "south"],
  ["east", "west"],
  ["morning", "evening"],
  ["sons", "daughters"],
  ["father", "mother"],
  ["heaven", "earth"],
  ["day", "night"],
  ["scribes", "pharisees"],
  ["priests", "levites"],
  ["famine", "pestilence"],
  ["horses", "chariots"],
  ["widow", "fatherless"],
  ["judah", "benjamin"],
  ["peter", "john"],
  ["paul", "barnabas"],
  ["wine", "oil"],
  ["bullock", "ram"],
  ["camels", "asses"],
  ["hands", "feet"],
];

export const CORPUS_BENCHMARKS: Readonly<Record<string, CorpusBenchmark>> = {
  planted: {
    metric: "partnersFirst",
    pairs: PLANTED_PAIRS.map((pair) => pair.words),
    within: 1,
  },
  kjv: { metric: "relatedInTop10", pairs: KJV_RELATED_PAIRS, within: 10 },
};
