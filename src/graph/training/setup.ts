/**
 * The training setup stored in a document's `training` section: dataset,
 * task, loss, optimizer, batch size, epochs, validation split, seed, backend
 * and metrics. Pure data with defaults: a document without a `training`
 * section trains with DEFAULT_TRAINING_SETUP. Unknown fields survive (loose
 * objects), so later recipes (GAN, VAE, word2vec…) can add theirs.
 */
import { z } from "zod";
import {
  adversarialOptionsSchema,
  ganOptionsSchema,
  RECIPES,
  vaeOptionsSchema,
  wganOptionsSchema,
  word2vecOptionsSchema,
} from "./recipes/options";

export const LOSSES = [
  "meanSquaredError",
  "meanAbsoluteError",
  "categoricalCrossentropy",
  "sparseCategoricalCrossentropy",
  "binaryCrossentropy",
  "hinge",
] as const;
export type LossName = (typeof LOSSES)[number];

export const OPTIMIZERS = ["sgd", "adam", "rmsprop", "adagrad"] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const BACKENDS = ["auto", "webgpu", "webgl", "wasm", "cpu"] as const;
export type BackendChoice = (typeof BACKENDS)[number];
/** A backend that actually runs (what `auto` resolves to). */
export type BackendName = Exclude<BackendChoice, "auto">;

export const METRICS = ["accuracy", "meanAbsoluteError", "meanSquaredError"] as const;
export type MetricName = (typeof METRICS)[number];

export const TASKS = ["classification", "regression"] as const;
export type TaskName = (typeof TASKS)[number];

/** A numeric setting's range: the one source of both the schema below and the training form's fields. */
export interface SetupRange {
  readonly whole: boolean;
  readonly min: number;
  readonly max: number;
  readonly exclusiveMin?: boolean;
}

export const SETUP_RANGES = {
  learningRate: { whole: false, min: 0, max: 1e6, exclusiveMin: true },
  momentum: { whole: false, min: 0, max: 0.9999 },
  beta1: { whole: false, min: 0, max: 0.9999 },
  beta2: { whole: false, min: 0, max: 0.99999 },
  epsilon: { whole: false, min: 0, max: 1, exclusiveMin: true },
  rho: { whole: false, min: 0, max: 0.9999 },
  batchSize: { whole: true, min: 1, max: 65_536 },
  epochs: { whole: true, min: 1, max: 100_000 },
  validationSplit: { whole: false, min: 0, max: 0.9 },
  seed: { whole: true, min: 0, max: 2 ** 31 - 1 },
} as const satisfies Record<string, SetupRange>;

function numberIn(range: SetupRange) {
  const number = range.whole ? z.number().int() : z.number();
  return (range.exclusiveMin ? number.gt(range.min) : number.min(range.min)).max(range.max);
}

export const optimizerSchema = z.looseObject({
  type: z.enum(OPTIMIZERS).default("adam"),
  learningRate: numberIn(SETUP_RANGES.learningRate).default(0.001),
  /** SGD only: classical momentum (0 = plain gradient descent). */
  momentum: numberIn(SETUP_RANGES.momentum).default(0),
  /** Adam. */
  beta1: numberIn(SETUP_RANGES.beta1).default(0.9),
  beta2: numberIn(SETUP_RANGES.beta2).default(0.999),
  epsilon: numberIn(SETUP_RANGES.epsilon).default(1e-7),
  /** RMSProp's decay of the squared-gradient average. */
  rho: numberIn(SETUP_RANGES.rho).default(0.9),
});
export type OptimizerSetup = z.output<typeof optimizerSchema>;

export const datasetRefSchema = z.looseObject({
  /** A built-in dataset id (see DATASET_SPECS) or "csv" / "imageFolder" for the user's own data. */
  id: z.string().min(1).max(256).default("xor"),
  /** Options of that dataset (size, noise, …; for uploads: the file's name, the label column). */
  options: z.record(z.string(), z.unknown()).default({}),
});
export type DatasetRef = z.output<typeof datasetRefSchema>;

/** Batch size: a number, or "full" for batch gradient descent (1 is stochastic gradient descent). */
export const batchSizeSchema = z.union([z.literal("full"), numberIn(SETUP_RANGES.batchSize)]);
export type BatchSize = z.output<typeof batchSizeSchema>;

export const trainingSetupSchema = z.looseObject({
  dataset: datasetRefSchema.default({ id: "xor", options: {} }),
  task: z.enum(TASKS).default("classification"),
  loss: z.enum(LOSSES).default("sparseCategoricalCrossentropy"),
  optimizer: optimizerSchema.default({
    type: "adam",
    learningRate: 0.001,
    momentum: 0,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-7,
    rho: 0.9,
  }),
  batchSize: batchSizeSchema.default(32),
  epochs: numberIn(SETUP_RANGES.epochs).default(10),
  validationSplit: numberIn(SETUP_RANGES.validationSplit).default(0.2),
  seed: numberIn(SETUP_RANGES.seed).default(42),
  backend: z.enum(BACKENDS).default("auto"),
  metrics: z.array(z.enum(METRICS)).default(["accuracy"]),
  /** How the graph is trained (see recipes/options.ts); each recipe reads its own section below. */
  recipe: z.enum(RECIPES).default("supervised"),
  gan: ganOptionsSchema.default(ganOptionsSchema.parse({})),
  wgan: wganOptionsSchema.default(wganOptionsSchema.parse({})),
  vae: vaeOptionsSchema.default(vaeOptionsSchema.parse({})),
  word2vec: word2vecOptionsSchema.default(word2vecOptionsSchema.parse({})),
  adversarial: adversarialOptionsSchema.default(adversarialOptionsSchema.parse({})),
});
export type TrainingSetup = z.output<typeof trainingSetupSchema>;
export type TrainingSetupInput = z.input<typeof trainingSetupSchema>;

export const DEFAULT_TRAINING_SETUP: TrainingSetup = trainingSetupSchema.parse({});

export interface TrainingSetupProblem {
  /** Dotted path of the field at fault, e.g. "optimizer.learningRate". */
  readonly path: string;
  readonly message: string;
}

/**
 * Reads a document's `training` section. Never throws: a field that is
 * wrong is reported and replaced by its default, so a bad setup never
 * blocks opening or editing the graph.
 */
export function readTrainingSetup(training: unknown): {
  readonly setup: TrainingSetup;
  readonly problems: readonly TrainingSetupProblem[];
} {
  const input = typeof training === "object" && training !== null ? training : {};
  const parsed = trainingSetupSchema.safeParse(input);
  if (parsed.success) return { setup: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
  // Drop each faulty top-level field and parse again: the rest is kept.
  const repaired: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const issue of parsed.error.issues) {
    const top = issue.path[0];
    if (typeof top === "string") delete repaired[top];
  }
  const second = trainingSetupSchema.safeParse(repaired);
  return { setup: second.success ? second.data : DEFAULT_TRAINING_SETUP, problems };
}

/** The batch size in samples for a training set of `trainCount` samples. */
export function resolveBatchSize(batchSize: BatchSize, trainCount: number): number {
  const size = batchSize === "full" ? trainCount : batchSize;
  return Math.max(1, Math.min(size, Math.max(1, trainCount)));
}
