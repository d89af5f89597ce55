/**
 * Which answer each recipe question expects, so that an asker receives the
 * answer's own type (a decoded sample for "decode", neighbours for
 * "neighbours"…) and a mismatched answer becomes an error, not a crash.
 */
import type { RecipeAnswer, RecipeQuestion } from "../../../training/recipeViews";
import { trainingI18n } from "../trainingText";
import { RecipeQueryError } from "../workerClient";

export const ANSWER_KIND = {
  decode: "decoded",
  neighbours: "neighbours",
  analogy: "analogy",
  watch: "watched",
  exportEmbeddings: "embeddings",
  attack: "attack",
  robustness: "robustness",
  timeGradients: "timeGradients",
  attention: "attention",
} as const satisfies Record<RecipeQuestion["kind"], RecipeAnswer["kind"]>;

export type AnswerTo<Q extends RecipeQuestion> = Extract<
  RecipeAnswer,
  { kind: (typeof ANSWER_KIND)[Q["kind"]] }
>;

export type Asker = (question: RecipeQuestion) => Promise<RecipeAnswer>;

/** Asks and checks the answer's kind; rejects with a RecipeQueryError when it does not match. */
export async function askFor<Q extends RecipeQuestion>(
  ask: Asker,
  question: Q,
): Promise<AnswerTo<Q>> {
  const answer = await ask(question);
  if (answer.kind !== ANSWER_KIND[question.kind])
    throw new RecipeQueryError(trainingI18n("unexpectedAnswer"));
  return answer as AnswerTo<Q>;
}
