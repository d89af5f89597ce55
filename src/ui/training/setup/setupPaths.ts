/**
 * Writing one field of the training setup into the document's raw
 * `training` section. Raw, not parsed: fields a later recipe added (and
 * values the user has not touched) are written back exactly as they were.
 */

import type { GraphDocument } from "../../../graph";
import { patchTraining } from "../../../graph/edit/training";
import { datasetSpec } from "../../../graph/training/datasets";
import type {
  adversarialOptionsSchema,
  ganOptionsSchema,
  vaeOptionsSchema,
  wganOptionsSchema,
  word2vecOptionsSchema,
} from "../../../graph/training/recipes/options";
import type { LossName, MetricName, TaskName, TrainingSetup } from "../../../graph/training/setup";

export type SetupPath =
  | "task"
  | "loss"
  | "batchSize"
  | "epochs"
  | "validationSplit"
  | "seed"
  | "backend"
  | "metrics"
  | `optimizer.${"type" | "learningRate" | "momentum" | "beta1" | "beta2" | "epsilon" | "rho"}`
  | `dataset.options.${string}`
  | "recipe"
  | RecipeOptionPath;

/** The declared fields of a recipe's options (the loose objects also allow unknown ones). */
type Field<Schema extends { shape: object }> = keyof Schema["shape"] & string;

/** A recipe's own setting, e.g. "gan.discriminatorSteps" or "word2vec.window". */
export type RecipeOptionPath =
  | `gan.${Field<typeof ganOptionsSchema>}`
  | `wgan.${Field<typeof wganOptionsSchema>}`
  | `vae.${Field<typeof vaeOptionsSchema>}`
  | `word2vec.${Field<typeof word2vecOptionsSchema>}`
  | `adversarial.${Field<typeof adversarialOptionsSchema>}`;

function objectAt(
  training: Readonly<Record<string, unknown>>,
  key: string,
): Record<string, unknown> {
  const value = training[key];
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? { ...(value as Record<string, unknown>) }
    : {};
}

/** The raw value stored at `path` (undefined when the setup leaves it to its default). */
export function rawValueAt(training: Readonly<Record<string, unknown>>, path: SetupPath): unknown {
  const [head, second, third] = path.split(".");
  if (second === undefined) return training[head!];
  const inner = objectAt(training, head!);
  if (third === undefined) return inner[second];
  return objectAt(inner, second)[third];
}

export function setSetupValue(
  document: GraphDocument,
  path: SetupPath,
  value: unknown,
): GraphDocument {
  const training = document.training;
  const [head, second, ...rest] = path.split(".");
  if (second === undefined) return patchTraining(document, { [head!]: value });
  const inner = objectAt(training, head!);
  if (rest.length === 0) inner[second] = value;
  else {
    const options = objectAt(inner, second);
    if (value === undefined) delete options[rest.join(".")];
    else options[rest.join(".")] = value;
    inner[second] = options;
  }
  return patchTraining(document, { [head!]: inner });
}

const LOSSES_FOR: Readonly<Record<TaskName, readonly LossName[]>> = {
  classification: [
    "sparseCategoricalCrossentropy",
    "categoricalCrossentropy",
    "binaryCrossentropy",
    "hinge",
  ],
  regression: ["meanSquaredError", "meanAbsoluteError"],
};

const METRICS_FOR: Readonly<Record<TaskName, readonly MetricName[]>> = {
  classification: ["accuracy"],
  regression: ["meanAbsoluteError"],
};

/**
 * Choosing a dataset: its options start from their defaults, and when the
 * dataset's task differs from the setup's, task, loss and metrics follow
 * it — one undo step, so a regression curve never trains on cross-entropy.
 */
export function chooseDataset(
  document: GraphDocument,
  setup: TrainingSetup,
  id: string,
): GraphDocument {
  const patch: Record<string, unknown> = { dataset: { id, options: {} } };
  const task = datasetSpec(id)?.shapes({})?.task;
  if (task && task !== setup.task) {
    patch.task = task;
    if (!LOSSES_FOR[task].includes(setup.loss)) patch.loss = LOSSES_FOR[task][0];
    patch.metrics = [...METRICS_FOR[task]];
  }
  return patchTraining(document, patch);
}

/** Changing the task keeps loss and metrics meaningful for it. */
export function chooseTask(
  document: GraphDocument,
  setup: TrainingSetup,
  task: TaskName,
): GraphDocument {
  if (task === setup.task) return document;
  const patch: Record<string, unknown> = { task, metrics: [...METRICS_FOR[task]] };
  if (!LOSSES_FOR[task].includes(setup.loss)) patch.loss = LOSSES_FOR[task][0];
  return patchTraining(document, patch);
}
