/**
 * The word lists of the two generated text datasets, copied from
 * src/training/datasets/sentiment.ts and tagging.ts (the export may not
 * import src/training). Token ids follow their order, so trained Embedding
 * rows keep their words; text.test.ts checks the vocabularies agree.
 */

export const SENTIMENT_WORDS = {
  SUBJECTS: ["movie", "film", "plot", "acting", "ending", "music", "story"],
  LINKS: ["was", "is", "felt", "seemed"],
  INTENSIFIERS: ["really", "very", "so", "quite"],
  POSITIVE: ["good", "great", "wonderful", "fun", "brilliant", "beautiful", "funny"],
  NEGATIVE: ["bad", "boring", "awful", "terrible", "dull", "slow", "weak"],
  LIKED: ["loved", "liked", "enjoyed"],
  DISLIKED: ["hated", "disliked"],
} as const;

/** The template words that come before the lists in the vocabulary. */
export const SENTIMENT_FUNCTION_WORDS = [
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
] as const;

export const TAGGING_WORDS = {
  PRONOUNS: ["i", "you", "we", "they"],
  DETERMINERS: ["the", "a", "every"],
  PLURAL_DETERMINERS: ["the", "some", "many"],
  ADJECTIVES: ["big", "small", "old", "red", "happy"],
  PLURAL_NOUNS: ["dogs", "cats", "birds", "children"],
  NOUNS: ["dog", "cat", "bird", "park", "house", "watch", "book", "play", "run", "walk", "fly"],
  TRANSITIVE: ["like", "see", "love", "want", "find", "watch", "book", "play"],
  INTRANSITIVE: ["sleep", "run", "walk", "fly", "play"],
  PREPOSITIONS: ["in", "near", "after", "with"],
  ADVERBS: ["quickly", "slowly", "often", "again"],
} as const;

export const TAGGING_TAG_NAMES = ["PAD", "DET", "ADJ", "NOUN", "VERB", "ADV", "PREP", "PRON"];

/** The vocabulary the Python code builds: "<pad>", "<unk>", then each word once, in order. */
export function vocabularyOf(groups: readonly (readonly string[])[]): string[] {
  return ["<pad>", "<unk>", ...new Set(groups.flat())];
}
