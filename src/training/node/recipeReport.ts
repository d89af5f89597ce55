/**
 * What `neurograph train` adds after the epochs for recipes whose result is
 * more than a loss: the modes a GAN covers, the nearest neighbours word2vec
 * found, an adversarially trained classifier's accuracy under attack.
 */
import type { RunResults } from "../../graph/results/metrics";
import type { TrainingSetup } from "../../graph/training/setup";
import { Trainer } from "../engine/trainer";
import { RecipeTrainer } from "../recipes/recipeTrainer";
import { recipeFigures } from "../recipeViews";
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
        results: recipeFigures(view) ?? {},
      };
    if (view.kind === "word2vec") {
      const score = view.benchmark;
      return {
        lines: [
          ...view.watched.map(
            (w) =>
              `neighbours of ${w.word}: ${w.neighbours
                .slice(0, 5)
                .map((n) => `${n.word} (${n.similarity.toFixed(2)})`)
                .join(", ")}`,
          ),
          ...(score === undefined
            ? []
            : [
                `known pairs: the partner is among the ${score.within === 1 ? "nearest neighbour" : `${score.within} nearest`} for ${score.found} of ${score.asked} words (${(100 * score.value).toFixed(1)} %)`,
              ]),
        ],
        json: {
          vocabularySize: view.vocabularySize,
          neighbours: Object.fromEntries(
            view.watched.map((w) => [w.word, w.neighbours.slice(0, 5).map((n) => n.word)]),
          ),
          ...(score === undefined
            ? {}
            : { [score.metric]: score.value, pairsFound: score.found, pairsAsked: score.asked }),
        },
        results: recipeFigures(view) ?? {},
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
