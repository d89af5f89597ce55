/**
 * A small sentiment task in real (if simple) English, generated from
 * templates: "the plot was not very good" → negative, "i really loved the
 * music" → positive, "the acting was dull but the ending was great" →
 * positive (the clause after "but" decides). Negation flips the polarity, so
 * a bag of words is not quite enough: order matters.
 */
import { readNumber } from "../../graph/training/datasetOptions";
import { TEXT_MAX_LENGTH } from "../../graph/training/datasetSpecs/sequence";
import { datasetOption } from "../../graph/training/datasets";
import { pick, type Random } from "./random";
import { allocateSplit } from "./split";
import type { DatasetSplit } from "./types";

const SUBJECTS = ["movie", "film", "plot", "acting", "ending", "music", "story"];
const LINKS = ["was", "is", "felt", "seemed"];
const INTENSIFIERS = ["really", "very", "so", "quite"];
const POSITIVE = ["good", "great", "wonderful", "fun", "brilliant", "beautiful", "funny"];
const NEGATIVE = ["bad", "boring", "awful", "terrible", "dull", "slow", "weak"];
const LIKED = ["loved", "liked", "enjoyed"];
const DISLIKED = ["hated", "disliked"];

/** Id 0 pads, id 1 stands for words outside the vocabulary; the template words follow. */
export const SENTIMENT_VOCABULARY: readonly string[] = [
  "<pad>",
  "<unk>",
  ...new Set([
    "the",
    "this",
    "i",
    "did",
    "not",
    "like",
    "enjoy",
    "but",
    "and",
    "at",
    "all",
    ...SUBJECTS,
    ...LINKS,
    ...INTENSIFIERS,
    ...POSITIVE,
    ...NEGATIVE,
    ...LIKED,
    ...DISLIKED,
  ]),
];

const ID = new Map(SENTIMENT_VOCABULARY.map((word, id) => [word, id]));

interface Sentence {
  readonly words: string[];
  /** 1 positive, 0 negative. */
  readonly positive: boolean;
}

/** "the plot was (not) (very) good (at all)". */
function verdict(random: Random): Sentence {
  const positiveWord = random.next() < 0.5;
  const negated = random.next() < 0.35;
  const words = [pick(["the", "this"], random), pick(SUBJECTS, random), pick(LINKS, random)];
  if (negated) words.push("not");
  if (random.next() < 0.4) words.push(pick(INTENSIFIERS, random));
  words.push(pick(positiveWord ? POSITIVE : NEGATIVE, random));
  // "not good at all" — emphasis that only reads naturally after a negation.
  if (negated && random.next() < 0.3) words.push("at", "all");
  return { words, positive: positiveWord !== negated };
}

/** "i (really) loved the music", "i did not enjoy the film". */
function opinion(random: Random): Sentence {
  const negated = random.next() < 0.35;
  const object = [pick(["the", "this"], random), pick(SUBJECTS, random)];
  if (negated) {
    const liking = random.next() < 0.5 ? "like" : "enjoy";
    return { words: ["i", "did", "not", liking, ...object], positive: false };
  }
  const positive = random.next() < 0.5;
  const words = ["i"];
  if (random.next() < 0.4) words.push("really");
  words.push(pick(positive ? LIKED : DISLIKED, random), ...object);
  return { words, positive };
}

function sentence(random: Random): Sentence {
  const roll = random.next();
  if (roll < 0.45) return verdict(random);
  if (roll < 0.75) return opinion(random);
  // Two clauses: with "but" the second decides; with "and" both agree.
  for (;;) {
    const first = verdict(random);
    const second = verdict(random);
    const joined = [...first.words, random.next() < 0.6 ? "but" : "and", ...second.words];
    if (joined.length > TEXT_MAX_LENGTH) continue;
    const but = joined[first.words.length] === "but";
    if (but && first.positive === second.positive) continue;
    if (!but && first.positive !== second.positive) continue;
    return { words: joined, positive: second.positive };
  }
}

/** Token ids, padded with 0 at the end to TEXT_MAX_LENGTH. */
export function encodeSentiment(words: readonly string[]): number[] {
  const ids = words.slice(0, TEXT_MAX_LENGTH).map((w) => ID.get(w) ?? 1);
  while (ids.length < TEXT_MAX_LENGTH) ids.push(0);
  return ids;
}

export function generateSentiment(
  options: Readonly<Record<string, unknown>>,
  random: Random,
): DatasetSplit {
  const count = readNumber(options, datasetOption("sentiment", "size")!);
  const split = allocateSplit(count, TEXT_MAX_LENGTH);
  for (let i = 0; i < count; i++) {
    // Balance the classes: draw until the sentence has the wanted label.
    const wanted = i % 2 === 1;
    let s = sentence(random);
    while (s.positive !== wanted) s = sentence(random);
    split.features.set(encodeSentiment(s.words), i * TEXT_MAX_LENGTH);
    split.labels[i] = s.positive ? 1 : 0;
  }
  return split;
}
