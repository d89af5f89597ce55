/**
 * A many-to-many task: tag every word of a generated English sentence with
 * its part of speech. The grammar reuses words such as "watch", "book",
 * "play", "run" as nouns and as verbs, so a tagger must look at the context
 * ("they watch the dog" / "the dog saw a watch") — a lookup table is not enough.
 */
import { readNumber } from "../../graph/training/datasetOptions";
import { TAGGING_TAGS, TEXT_MAX_LENGTH } from "../../graph/training/datasetSpecs/sequence";
import { datasetOption } from "../../graph/training/datasets";
import { pick, type Random } from "./random";
import { allocateSplit } from "./split";
import type { DatasetSplit } from "./types";

type Tag = (typeof TAGGING_TAGS)[number];
type Tagged = [word: string, tag: Tag];

const PRONOUNS = ["i", "you", "we", "they"];
const DETERMINERS = ["the", "a", "every"];
/** Determiners that agree with a plural noun. */
const PLURAL_DETERMINERS = ["the", "some", "many"];
const ADJECTIVES = ["big", "small", "old", "red", "happy"];
const PLURAL_NOUNS = ["dogs", "cats", "birds", "children"];
/** Singular nouns; the last six are verbs too. */
const NOUNS = [
  "dog",
  "cat",
  "bird",
  "park",
  "house",
  "watch",
  "book",
  "play",
  "run",
  "walk",
  "fly",
];
const TRANSITIVE = ["like", "see", "love", "want", "find", "watch", "book", "play"];
const INTRANSITIVE = ["sleep", "run", "walk", "fly", "play"];
const PREPOSITIONS = ["in", "near", "after", "with"];
const ADVERBS = ["quickly", "slowly", "often", "again"];

export const TAGGING_VOCABULARY: readonly string[] = [
  "<pad>",
  "<unk>",
  ...new Set([
    ...PRONOUNS,
    ...DETERMINERS,
    ...PLURAL_DETERMINERS,
    ...ADJECTIVES,
    ...PLURAL_NOUNS,
    ...NOUNS,
    ...TRANSITIVE,
    ...INTRANSITIVE,
    ...PREPOSITIONS,
    ...ADVERBS,
  ]),
];

const ID = new Map(TAGGING_VOCABULARY.map((word, id) => [word, id]));
const TAG_ID = new Map<Tag, number>(TAGGING_TAGS.map((tag, id) => [tag, id]));

function nounPhrase(
  determiners: readonly string[],
  nouns: readonly string[],
  random: Random,
): Tagged[] {
  const phrase: Tagged[] = [[pick(determiners, random), "DET"]];
  if (random.next() < 0.4) phrase.push([pick(ADJECTIVES, random), "ADJ"]);
  phrase.push([pick(nouns, random), "NOUN"]);
  return phrase;
}

/** subject verb [object] [preposition phrase] [adverb]: at most 3 + 1 + 3 + 4 + 1 = 12 words. */
export function taggedSentence(random: Random): Tagged[] {
  const words: Tagged[] =
    random.next() < 0.5
      ? [[pick(PRONOUNS, random), "PRON"]]
      : nounPhrase(PLURAL_DETERMINERS, PLURAL_NOUNS, random);
  if (random.next() < 0.6) {
    words.push([pick(TRANSITIVE, random), "VERB"], ...nounPhrase(DETERMINERS, NOUNS, random));
  } else words.push([pick(INTRANSITIVE, random), "VERB"]);
  if (random.next() < 0.4)
    words.push([pick(PREPOSITIONS, random), "PREP"], ...nounPhrase(DETERMINERS, NOUNS, random));
  if (random.next() < 0.3) words.push([pick(ADVERBS, random), "ADV"]);
  return words;
}

export function generateTagging(
  options: Readonly<Record<string, unknown>>,
  random: Random,
): DatasetSplit {
  const count = readNumber(options, datasetOption("tagging", "size")!);
  const split = allocateSplit(count, TEXT_MAX_LENGTH, TEXT_MAX_LENGTH);
  for (let i = 0; i < count; i++) {
    // Padding keeps id 0 and tag 0 (PAD): the arrays start zeroed.
    taggedSentence(random).forEach(([word, tag], step) => {
      split.features[i * TEXT_MAX_LENGTH + step] = ID.get(word)!;
      split.labels[i * TEXT_MAX_LENGTH + step] = TAG_ID.get(tag)!;
    });
  }
  return split;
}
