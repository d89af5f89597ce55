/**
 * What the panels' buttons do: ask the worker (through queryRecipe, which
 * loads a model first when needed), and record the answer — or the error,
 * in both languages, beside the panel, keeping every earlier answer.
 */
import type { I18nText } from "../../../graph";
import type { RecipeQuestion } from "../../../training/recipeViews";
import { queryRecipe } from "../trainingActions";
import { useTrainingStore } from "../trainingStore";
import { RecipeQueryError } from "../workerClient";
import { type AnswerTo, type Asker, askFor } from "./answers";
import { recurrentLabel, trainingLabel, withCurve } from "./labCurves";
import { type LabState, useLabStore } from "./labStore";
import type { LabId } from "./panels";

function messageOf(error: unknown): I18nText {
  if (error instanceof RecipeQueryError) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return { en: detail, zh: detail };
}

/** Asks one question for `lab`; null when it failed (the panel shows the error). */
export async function ask<Q extends RecipeQuestion>(
  lab: LabId,
  question: Q,
  asker: Asker = queryRecipe,
): Promise<AnswerTo<Q> | null> {
  const kind = question.kind;
  useLabStore.setState((s) => ({
    busy: { ...s.busy, [kind]: (s.busy[kind] ?? 0) + 1 },
    errors: { ...s.errors, [lab]: undefined },
  }));
  try {
    return await askFor(asker, question);
  } catch (error) {
    useLabStore.setState((s) => ({ errors: { ...s.errors, [lab]: messageOf(error) } }));
    return null;
  } finally {
    useLabStore.setState((s) => ({
      busy: { ...s.busy, [kind]: Math.max(0, (s.busy[kind] ?? 0) - 1) },
    }));
  }
}

/** Asks and, when answered, stores what `record` makes of the answer. */
async function askAndKeep<Q extends RecipeQuestion>(
  lab: LabId,
  question: Q,
  record: (answer: AnswerTo<Q>, state: LabState) => Partial<LabState>,
  asker?: Asker,
): Promise<AnswerTo<Q> | null> {
  const answer = await ask(lab, question, asker);
  if (answer) useLabStore.setState((s) => record(answer, s));
  return answer;
}

export const decodePoint = (x: number, y: number, asker?: Asker) =>
  askAndKeep(
    "autoencoder",
    { kind: "decode", point: [x, y] },
    (a) => ({ decoded: { point: [x, y], sample: a.sample } }),
    asker,
  );

export const findNeighbours = (word: string, asker?: Asker) =>
  askAndKeep(
    "word2vec",
    { kind: "neighbours", word, count: 10 },
    (a) => ({ neighbours: a }),
    asker,
  );

export const solveAnalogy = (a: string, b: string, c: string, asker?: Asker) =>
  askAndKeep("word2vec", { kind: "analogy", a, b, c, count: 5 }, (r) => ({ analogy: r }), asker);

/** Adds a word to those whose neighbours the live view follows while training. */
export function watchWord(word: string, asker?: Asker) {
  const words = [...new Set([...useLabStore.getState().watchedWords, word])];
  return askAndKeep("word2vec", { kind: "watch", words }, () => ({ watchedWords: words }), asker);
}

export const exportEmbeddings = (asker?: Asker) =>
  askAndKeep("word2vec", { kind: "exportEmbeddings" }, (a) => ({ embeddings: a }), asker);

export const attackSample = (
  input: {
    attack: "fgsm" | "pgd";
    index: number;
    epsilon: number;
    steps: number;
    stepSize: number;
  },
  asker?: Asker,
) =>
  askAndKeep(
    "adversarial",
    { kind: "attack", ...input },
    (a) => ({ attack: { ...a, index: input.index } }),
    asker,
  );

/** ε values of the robustness curve (0 = clean accuracy). */
export const ROBUSTNESS_EPSILONS = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3] as const;
export const ROBUSTNESS_SAMPLES = 200;

/** Accuracy against ε for the current model, kept beside earlier runs' curves. */
export function measureRobustness(
  input: { attack: "fgsm" | "pgd"; steps: number; stepSize: number },
  asker?: Asker,
) {
  const { runId, runSetup } = useTrainingStore.getState();
  return askAndKeep(
    "adversarial",
    { kind: "robustness", epsilons: ROBUSTNESS_EPSILONS, count: ROBUSTNESS_SAMPLES, ...input },
    (a, s) => ({
      robustness: withCurve(s.robustness, {
        key: `${runId}:${a.attack}`,
        label: trainingLabel(runSetup, a.attack),
        attack: a.attack,
        count: a.count,
        x: a.epsilons,
        y: a.accuracy,
      }),
    }),
    asker,
  );
}

export const TIME_GRADIENT_SAMPLES = 64;

/** ‖∂L/∂x_t‖ for the current model, kept beside earlier runs' curves and named by their recurrent layers. */
export function measureTimeGradients(asker?: Asker) {
  const { runId } = useTrainingStore.getState();
  return askAndKeep(
    "sequence",
    { kind: "timeGradients", count: TIME_GRADIENT_SAMPLES },
    (a, s) => {
      const label = recurrentLabel(a.layers);
      return {
        timeGradients: withCurve(s.timeGradients, {
          key: String(runId),
          label: { en: label, zh: label },
          x: Array.from(a.norms, (_, t) => t + 1),
          y: Array.from(a.norms),
        }),
      };
    },
    asker,
  );
}

export const showAttention = (index: number, asker?: Asker) =>
  askAndKeep("attention", { kind: "attention", index }, (a) => ({ attention: a }), asker);

export function clearRobustness(): void {
  useLabStore.setState({ robustness: [] });
}

export function clearTimeGradients(): void {
  useLabStore.setState({ timeGradients: [] });
}
