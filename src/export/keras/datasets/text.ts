/**
 * The generated text datasets (sentiment, tagging) in Python: the same
 * grammar, vocabulary and token ids as src/training/datasets/, other random draws.
 */
import { bracketLines, pyList, pyStr } from "../python";
import {
  SENTIMENT_FUNCTION_WORDS,
  SENTIMENT_WORDS,
  TAGGING_TAG_NAMES,
  TAGGING_WORDS,
} from "./textWords";

/** Sentences are padded with token id 0 to this many tokens. */
const MAX_LENGTH = 12;

function constants(prefix: string, groups: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(groups).flatMap(([name, words]) =>
    bracketLines(`${prefix}_${name} = [`, words.map(pyStr), "]"),
  );
}

export function sentimentLoader(): string[] {
  const w = (name: string) => `SENTIMENT_${name}`;
  return [
    ...constants("SENTIMENT", SENTIMENT_WORDS),
    `SENTIMENT_VOCABULARY = ["<pad>", "<unk>"] + list(dict.fromkeys(`,
    `    ${pyList(SENTIMENT_FUNCTION_WORDS.map(pyStr))}`,
    ...Object.keys(SENTIMENT_WORDS).map((name) => `    + ${w(name)}`),
    "))",
    "",
    "",
    "def load_sentiment(size, seed):",
    '    """Short generated reviews, labelled 0 (negative) or 1 (positive); negation flips the polarity.',
    "",
    "    Token ids: 0 pads, 1 is an unknown word, then SENTIMENT_VOCABULARY in order.",
    '    """',
    "    rng = random.Random(seed)",
    "",
    "    def verdict():  # the plot was (not) (very) good (at all)",
    "        positive_word = rng.random() < 0.5",
    "        negated = rng.random() < 0.35",
    `        words = [rng.choice(["the", "this"]), rng.choice(${w("SUBJECTS")})]`,
    `        words.append(rng.choice(${w("LINKS")}))`,
    "        if negated:",
    '            words.append("not")',
    "        if rng.random() < 0.4:",
    `            words.append(rng.choice(${w("INTENSIFIERS")}))`,
    `        words.append(rng.choice(${w("POSITIVE")} if positive_word else ${w("NEGATIVE")}))`,
    "        if negated and rng.random() < 0.3:",
    '            words += ["at", "all"]',
    "        return words, positive_word != negated",
    "",
    "    def opinion():  # i (really) loved the music / i did not enjoy the film",
    "        negated = rng.random() < 0.35",
    `        thing = [rng.choice(["the", "this"]), rng.choice(${w("SUBJECTS")})]`,
    "        if negated:",
    '            return ["i", "did", "not", "like" if rng.random() < 0.5 else "enjoy"] + thing, False',
    "        positive = rng.random() < 0.5",
    '        words = ["i", "really"] if rng.random() < 0.4 else ["i"]',
    `        words.append(rng.choice(${w("LIKED")} if positive else ${w("DISLIKED")}))`,
    "        return words + thing, positive",
    "",
    "    def sentence():",
    "        roll = rng.random()",
    "        if roll < 0.45:",
    "            return verdict()",
    "        if roll < 0.75:",
    "            return opinion()",
    '        # Two clauses: with "but" the second decides (they disagree), with "and" both agree.',
    "        while True:",
    "            first, first_positive = verdict()",
    "            second, second_positive = verdict()",
    '            joiner = "but" if rng.random() < 0.6 else "and"',
    `            if len(first) + 1 + len(second) > ${MAX_LENGTH}:`,
    "                continue",
    '            if (joiner == "but") == (first_positive == second_positive):',
    "                continue",
    "            return first + [joiner] + second, second_positive",
    "",
    "    ids = {word: i for i, word in enumerate(SENTIMENT_VOCABULARY)}",
    `    x = np.zeros((size, ${MAX_LENGTH}), dtype="int32")`,
    '    y = np.zeros(size, dtype="int64")',
    "    for i in range(size):",
    "        wanted = i % 2 == 1  # balanced classes",
    "        words, positive = sentence()",
    "        while positive != wanted:",
    "            words, positive = sentence()",
    `        tokens = [ids.get(word, 1) for word in words[:${MAX_LENGTH}]]`,
    "        x[i, : len(tokens)] = tokens",
    "        y[i] = int(positive)",
    "    return x, y",
  ];
}

export function taggingLoader(): string[] {
  const w = (name: string) => `TAGGING_${name}`;
  return [
    ...constants("TAGGING", TAGGING_WORDS),
    `TAGGING_TAGS = ${pyList(TAGGING_TAG_NAMES.map(pyStr))}`,
    `TAGGING_VOCABULARY = ["<pad>", "<unk>"] + list(dict.fromkeys(`,
    `    ${w("PRONOUNS")}`,
    ...Object.keys(TAGGING_WORDS)
      .slice(1)
      .map((name) => `    + ${w(name)}`),
    "))",
    "",
    "",
    "def load_tagging(size, seed):",
    '    """Generated sentences with a part-of-speech tag per word (tag 0 marks padding).',
    "",
    '    Words such as "watch" or "play" are nouns or verbs depending on the context.',
    '    """',
    "    rng = random.Random(seed)",
    "",
    "    def noun_phrase(determiners, nouns):",
    '        phrase = [(rng.choice(determiners), "DET")]',
    "        if rng.random() < 0.4:",
    `            phrase.append((rng.choice(${w("ADJECTIVES")}), "ADJ"))`,
    '        return phrase + [(rng.choice(nouns), "NOUN")]',
    "",
    "    def sentence():  # subject verb [object] [preposition phrase] [adverb]",
    "        if rng.random() < 0.5:",
    `            words = [(rng.choice(${w("PRONOUNS")}), "PRON")]`,
    "        else:",
    `            words = noun_phrase(${w("PLURAL_DETERMINERS")}, ${w("PLURAL_NOUNS")})`,
    "        if rng.random() < 0.6:",
    `            words.append((rng.choice(${w("TRANSITIVE")}), "VERB"))`,
    `            words += noun_phrase(${w("DETERMINERS")}, ${w("NOUNS")})`,
    "        else:",
    `            words.append((rng.choice(${w("INTRANSITIVE")}), "VERB"))`,
    "        if rng.random() < 0.4:",
    `            words.append((rng.choice(${w("PREPOSITIONS")}), "PREP"))`,
    `            words += noun_phrase(${w("DETERMINERS")}, ${w("NOUNS")})`,
    "        if rng.random() < 0.3:",
    `            words.append((rng.choice(${w("ADVERBS")}), "ADV"))`,
    "        return words",
    "",
    "    ids = {word: i for i, word in enumerate(TAGGING_VOCABULARY)}",
    `    tag_ids = {tag: i for i, tag in enumerate(${w("TAGS")})}`,
    `    x = np.zeros((size, ${MAX_LENGTH}), dtype="int32")`,
    `    y = np.zeros((size, ${MAX_LENGTH}), dtype="int64")`,
    "    for i in range(size):",
    "        for step, (word, tag) in enumerate(sentence()):",
    "            x[i, step] = ids[word]",
    "            y[i, step] = tag_ids[tag]",
    "    return x, y",
  ];
}
