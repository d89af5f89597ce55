/**
 * The fill-in-the-blank dataset in Python: the same word lists, token ids
 * and classes as src/training/datasets/fillBlank.ts (shared through
 * src/graph), other random draws.
 */
import {
  FILL_BLANK_CLASSES,
  FILL_BLANK_ENDINGS,
  FILL_BLANK_FUTURE_MARK,
  FILL_BLANK_FUTURE_TIMES,
  FILL_BLANK_OBJECTS,
  FILL_BLANK_PAST_TIMES,
  FILL_BLANK_SUBJECTS,
  FILL_BLANK_THINGS,
  FILL_BLANK_VOCABULARY,
} from "../../../graph/training/datasetSpecs/fillBlank";
import { TEXT_MAX_LENGTH } from "../../../graph/training/datasetSpecs/sequence";
import { bracketLines, pyList, pyStr } from "../python";

const phrases = (list: readonly (readonly string[])[]) =>
  list.map((words) => pyList(words.map(pyStr)));

/** `    name = [...]` inside the loader, wrapped at the line width. */
const words = (name: string, items: readonly string[]) =>
  bracketLines(`    ${name} = [`, items, "]", "    ");

export function fillBlankLoader(): string[] {
  return [
    ...bracketLines("FILL_BLANK_VOCABULARY = [", FILL_BLANK_VOCABULARY.map(pyStr), "]"),
    ...bracketLines("FILL_BLANK_CLASSES = [", FILL_BLANK_CLASSES.map(pyStr), "]"),
    "",
    "",
    "def load_fill_blank(size, seed):",
    '    """Sentences with one blank: the words before it give the tense, those after it the meaning.',
    "",
    "    Labels: class 0 at every step but the blank, 1 + 2 * meaning + past at the blank.",
    '    """',
    "    rng = random.Random(seed)",
    ...words("past_times", phrases(FILL_BLANK_PAST_TIMES)),
    ...words("future_times", phrases(FILL_BLANK_FUTURE_TIMES)),
    ...words("subjects", phrases(FILL_BLANK_SUBJECTS)),
    ...words("objects", phrases(FILL_BLANK_OBJECTS)),
    ...words("things", FILL_BLANK_THINGS.map(pyStr)),
    ...words("endings", phrases(FILL_BLANK_ENDINGS)),
    "    ids = {word: i for i, word in enumerate(FILL_BLANK_VOCABULARY)}",
    `    x = np.zeros((size, ${TEXT_MAX_LENGTH}), dtype="int32")`,
    `    y = np.zeros((size, ${TEXT_MAX_LENGTH}), dtype="int64")`,
    "    for i in range(size):",
    "        answer = 1 + i % (len(FILL_BLANK_CLASSES) - 1)  # balanced answers",
    "        meaning, past = (answer - 1) // 2, (answer - 1) % 2 == 1",
    "        time = rng.choice(past_times if past else future_times)",
    "        time_first = rng.random() < 0.5",
    `        will = [] if past else [${pyStr(FILL_BLANK_FUTURE_MARK)}]`,
    "        left = (time if time_first else []) + rng.choice(subjects) + will",
    "        ending = rng.choice(endings) if rng.random() < 0.5 else []",
    "        right = objects[meaning] + [rng.choice(things)] + ending + ([] if time_first else time)",
    `        words = left + [${pyStr(FILL_BLANK_VOCABULARY[2]!)}] + right`,
    "        x[i, : len(words)] = [ids[word] for word in words]",
    "        y[i, len(left)] = answer",
    "    return x, y",
  ];
}
