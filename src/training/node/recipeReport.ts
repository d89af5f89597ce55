/**
 * What `neurograph train` adds after the epochs for recipes whose result is
 * more than a loss: the modes a GAN covers, the nearest neighbours word2vec
 * found, an adversarially trained classifier's accuracy under attack.
 */
import type { RunResults } from "../../graph/results/metrics";
import type { TrainingSetup } from "../../graph/training/setup";
import { PLANTED_PAIRS } from "../datasets/corpus/planted";
import { Trainer } from "../engine/trainer";
import { RecipeTrainer } from "../recipes/recipeTrainer";
import type { TrainingRun } from "../session/prepare";

export interface RecipeReport {
  /** Lines for people (English; numbers speak for themselves). */
  readonly lines: readonly string[];
  /** The same for --json. */
  readonly json: Readonly<Record<string, unknown>>;
  /** The figures among these that goals can be written on (RESULT_METRICS names). */
  readonly results: RunResults;
}

/** Samples the adversarial report attacks (the validation split's first ones). */
const ATTACKED = 500;

export function recipeReport(run: TrainingRun, setup: TrainingSetup): RecipeReport | null {
  if (run instanceof RecipeTrainer) {
    const view = run.snapshot();
    if (view.kind === "gan" && view.modes)
      return {
        lines: [`modes covered: ${view.modes.covered} of ${view.modes.total}`],
        json: { modesCovered: view.modes.covered, modes: view.modes.total },
        results: { modesCovered: view.modes.covered },
      };
    if (view.kind === "word2vec") {
      const partners = setup.dataset.id === "planted" ? partnersFirst(run) : undefined;
      return {
        lines: view.watched.map(
          (w) =>
            `neighbours of ${w.word}: ${w.neighbours
              .slice(0, 5)
              .map((n) => `${n.word} (${n.similarity.toFixed(2)})`)
              .join(", ")}`,
        ),
        json: {
          vocabularySize: view.vocabularySize,
          neighbours: Object.fromEntries(
            view.watched.map((w) => [w.word, w.neighbours.slice(0, 5).map((n) => n.word)]),
          ),
          ...(partners === undefined ? {} : { partnersFirst: partners }),
        },
        results: partners === undefined ? {} : { partnersFirst: partners },
      };
    }
    return null;
  }
  if (run instanceof Trainer && setup.recipe === "adversarial") {
    const { attack, epsilon, steps, stepSize } = setup.adversarial;
    const answer = run.query({
      kind: "robustness",
      attack,
      epsilons: [0, epsilon],
      count: ATTACKED,
      steps,
      stepSize,
    });
    if (answer.kind !== "robustness") return null;
    const [clean, attacked] = answer.accuracy;
    return {
      lines: [
        `accuracy under ${attack.toUpperCase()} at ε = ${epsilon}: ${attacked!.toFixed(4)} (clean ${clean!.toFixed(4)}, ${answer.count} validation samples)`,
      ],
      json: {
        attack,
        epsilon,
        cleanAccuracy: clean,
        attackedAccuracy: attacked,
        samples: answer.count,
      },
      results: { attackedAccuracy: attacked!, cleanAccuracy: clean! },
    };
  }
  return null;
}

/**
 * The planted corpus's test: the share of the 24 partner words (boat/ship, car/truck, …) whose planted partner
 * is their nearest neighbour.
 */
function partnersFirst(run: RecipeTrainer): number {
  const words = PLANTED_PAIRS.flatMap((pair) => [
    pair.words,
    [pair.words[1], pair.words[0]] as const,
  ]);
  let first = 0;
  for (const [word, partner] of words) {
    const answer = run.query({ kind: "neighbours", word, count: 1 });
    if (answer.kind === "neighbours" && answer.neighbours[0]?.word === partner) first++;
  }
  return first / words.length;
}
