/**
 * A generated corpus whose right answers are known, so word2vec can be
 * checked rather than admired:
 *
 * - Partner pairs (boat/ship, river/stream…): both partners appear with the
 *   same private context words and nowhere else, so their context
 *   distributions are identical and each should be the other's nearest
 *   neighbour.
 * - A grid of roles × gender (king/queen, man/woman, prince/princess,
 *   boy/girl, father/mother): a grid word appears with two words of its
 *   role's contexts and two of its gender's. Its context distribution is then
 *   an even mix of a role part and a gender part, so its PMI row (what
 *   skip-gram with negative sampling factorises) is a role vector plus a
 *   gender vector, and king − man + woman lands on queen.
 *
 * Half of the sentences also get "the" or "a" somewhere: frequent words that
 * carry no meaning, for subsampling to thin out.
 */
import { pick, type Random, shuffledIndices } from "../random";
import type { Sentences } from "./vocabulary";

interface PartnerPair {
  readonly words: readonly [string, string];
  readonly contexts: readonly string[];
}

export const PLANTED_PAIRS: readonly PartnerPair[] = [
  { words: ["boat", "ship"], contexts: ["sail", "harbour", "deck"] },
  { words: ["car", "truck"], contexts: ["drive", "road", "wheel"] },
  { words: ["river", "stream"], contexts: ["flows", "bank", "fish"] },
  { words: ["stone", "rock"], contexts: ["hard", "cliff", "granite"] },
  { words: ["cup", "mug"], contexts: ["drink", "tea", "handle"] },
  { words: ["forest", "woods"], contexts: ["trees", "leaves", "deer"] },
  { words: ["doctor", "nurse"], contexts: ["hospital", "patient", "medicine"] },
  { words: ["rain", "snow"], contexts: ["clouds", "cold", "weather"] },
  { words: ["happy", "glad"], contexts: ["smile", "laugh", "joy"] },
  { words: ["big", "large"], contexts: ["giant", "heavy", "tall"] },
  { words: ["city", "town"], contexts: ["streets", "market", "crowd"] },
  { words: ["apple", "pear"], contexts: ["fruit", "ripe", "orchard"] },
];

interface GridRole {
  /** [male, female] */
  readonly words: readonly [string, string];
  readonly contexts: readonly string[];
}

export const PLANTED_ROLES: readonly GridRole[] = [
  { words: ["king", "queen"], contexts: ["crown", "throne", "reign"] },
  { words: ["man", "woman"], contexts: ["farm", "labour", "village"] },
  { words: ["prince", "princess"], contexts: ["castle", "heir", "royal"] },
  { words: ["boy", "girl"], contexts: ["school", "plays", "toy"] },
  { words: ["father", "mother"], contexts: ["family", "home", "raises"] },
];

/** Contexts of the two genders, [male, female]. */
export const PLANTED_GENDER_CONTEXTS: readonly [readonly string[], readonly string[]] = [
  ["he", "him", "his"],
  ["she", "her", "hers"],
];

const FILLERS = ["the", "a"];

/** a − b + c = answer, for every ordered choice of two roles and a direction of gender. */
export const PLANTED_ANALOGIES: readonly (readonly [string, string, string, string])[] =
  PLANTED_ROLES.flatMap((first, i) =>
    PLANTED_ROLES.flatMap((second, j) =>
      i === j
        ? []
        : ([0, 1] as const).map((g) => {
            const h = g === 0 ? 1 : 0;
            return [first.words[g], second.words[g], second.words[h], first.words[h]] as const;
          }),
    ),
  );

/** Every word the generator can write (PLANTED_WORD_COUNT in the spec must equal its length). */
export const PLANTED_WORDS: readonly string[] = [
  ...PLANTED_PAIRS.flatMap((p) => [...p.words, ...p.contexts]),
  ...PLANTED_ROLES.flatMap((r) => [...r.words, ...r.contexts]),
  ...PLANTED_GENDER_CONTEXTS.flat(),
  ...FILLERS,
];

/** Watched by default: one word of several pairs, and the corners of the grid. */
export const PLANTED_SUGGESTED_WORDS: readonly string[] = [
  "boat",
  "river",
  "doctor",
  "happy",
  "king",
  "woman",
];

/** Share of sentences about a partner pair (the rest are about the grid). */
const PAIR_SHARE = 0.6;

function shuffled(words: readonly string[], random: Random): string[] {
  return Array.from(shuffledIndices(words.length, random), (i) => words[i]!);
}

/** `count` words of `words`, without repetition, in random order. */
function sample(words: readonly string[], count: number, random: Random): string[] {
  return shuffled(words, random).slice(0, count);
}

export function generatePlantedSentences(size: number, random: Random): Sentences {
  const sentences: string[][] = [];
  for (let s = 0; s < size; s++) {
    let words: string[];
    if (random.next() < PAIR_SHARE) {
      const pair = pick(PLANTED_PAIRS, random);
      words = [pick(pair.words, random), ...pair.contexts];
    } else {
      const role = pick(PLANTED_ROLES, random);
      const gender = random.int(2);
      words = [
        role.words[gender]!,
        ...sample(role.contexts, 2, random),
        ...sample(PLANTED_GENDER_CONTEXTS[gender]!, 2, random),
      ];
    }
    const sentence = shuffled(words, random);
    if (random.next() < 0.5)
      sentence.splice(random.int(sentence.length + 1), 0, pick(FILLERS, random));
    sentences.push(sentence);
  }
  return sentences;
}
