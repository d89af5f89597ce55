/**
 * The training setup in Keras terms: the optimizer with its settings, the
 * loss, the metrics, and how the dataset's labels become the targets that
 * loss expects — as Neurograph's engine defines them (src/training/engine/
 * objective.ts): one-hot classes for a multi-unit classifier, the labels in
 * the output's shape otherwise.
 */
import type { LossName, MetricName, OptimizerSetup, TaskName } from "../../graph";
import { kw, pyFloat, pyStr } from "./python";

export interface PythonCall {
  readonly callee: string;
  readonly args: readonly string[];
  readonly note?: string;
}

/** keras.optimizers.* with every setting Neurograph's optimizer uses. */
export function optimizerCall(
  setup: OptimizerSetup,
  learningRate = setup.learningRate,
): PythonCall {
  const lr = kw("learning_rate", pyFloat(learningRate));
  switch (setup.type) {
    case "sgd":
      return setup.momentum > 0
        ? {
            callee: "keras.optimizers.SGD",
            args: [lr, kw("momentum", pyFloat(setup.momentum))],
            note: "tfjs's momentum optimizer (accumulator = momentum * accumulator + g; w -= lr * accumulator) is Keras's SGD with momentum.",
          }
        : { callee: "keras.optimizers.SGD", args: [lr] };
    case "adam":
      return {
        callee: "keras.optimizers.Adam",
        args: [
          lr,
          kw("beta_1", pyFloat(setup.beta1)),
          kw("beta_2", pyFloat(setup.beta2)),
          kw("epsilon", pyFloat(setup.epsilon)),
        ],
      };
    case "rmsprop":
      return {
        callee: "keras.optimizers.RMSprop",
        args: [lr, kw("rho", pyFloat(setup.rho)), kw("epsilon", pyFloat(setup.epsilon))],
        note: "RMSProp without momentum and not centred, as Neurograph runs it.",
      };
    case "adagrad":
      return {
        callee: "keras.optimizers.Adagrad",
        args: [lr, kw("initial_accumulator_value", "0.1")],
        note: "tfjs starts Adagrad's accumulators at 0.1, as Keras does.",
      };
  }
}

/** The optimizer as one Python expression. */
export function optimizerExpression(
  setup: OptimizerSetup,
  learningRate = setup.learningRate,
): string {
  const call = optimizerCall(setup, learningRate);
  return `${call.callee}(${call.args.join(", ")})`;
}

/** How labels are turned into targets for the loss. */
export type TargetEncoding =
  /** Class indices as they are (sparse categorical cross-entropy). */
  | { readonly kind: "classIndices" }
  /** One-hot over the output's units. */
  | { readonly kind: "oneHot"; readonly classes: number }
  /** The labels reshaped to the output's shape, as float32 (regression, a single sigmoid unit). */
  | { readonly kind: "asOutput" };

export interface SupervisedObjective {
  readonly task: TaskName;
  readonly loss: LossName;
  readonly metrics: readonly MetricName[];
  /** The output's shape without the batch dimension. */
  readonly outputShape: readonly (number | null)[];
  /** Rank of one sample's labels: 0 for one class per sample, 1 for one per step (tagging). */
  readonly labelRank: number;
}

/** The metrics Neurograph reports for a task (accuracy only for classification). */
export function metricsFor(task: TaskName, metrics: readonly MetricName[]): MetricName[] {
  return [...new Set(metrics)].filter((m) => m !== "accuracy" || task === "classification");
}

export function targetEncoding(objective: SupervisedObjective): TargetEncoding {
  const units = objective.outputShape[objective.outputShape.length - 1] ?? 1;
  const classes =
    objective.task === "classification" &&
    units > 1 &&
    objective.labelRank === objective.outputShape.length - 1;
  if (!classes) return { kind: "asOutput" };
  // MAE and MSE compare the output with one-hot targets in Neurograph, so they need them here too.
  const comparesTargets = metricsFor(objective.task, objective.metrics).some(
    (m) => m !== "accuracy",
  );
  return objective.loss === "sparseCategoricalCrossentropy" && !comparesTargets
    ? { kind: "classIndices" }
    : { kind: "oneHot", classes: units };
}

export interface LossCode {
  readonly expression: string;
  readonly note?: string;
}

export function lossExpression(loss: LossName, encoding: TargetEncoding): LossCode {
  switch (loss) {
    case "meanSquaredError":
      return { expression: "keras.losses.MeanSquaredError()" };
    case "meanAbsoluteError":
      return { expression: "keras.losses.MeanAbsoluteError()" };
    case "binaryCrossentropy":
      return { expression: "keras.losses.BinaryCrossentropy()" };
    case "hinge":
      return {
        expression: "keras.losses.Hinge()",
        note: "Keras's hinge loss turns 0/1 labels into -1/+1 itself, as Neurograph's does.",
      };
    case "categoricalCrossentropy":
      return { expression: "keras.losses.CategoricalCrossentropy()" };
    case "sparseCategoricalCrossentropy":
      if (encoding.kind === "classIndices")
        return { expression: "keras.losses.SparseCategoricalCrossentropy()" };
      return {
        expression: "keras.losses.CategoricalCrossentropy()",
        note:
          encoding.kind === "oneHot"
            ? "Sparse categorical cross-entropy, computed on one-hot targets (the same loss) because a metric compares the output with them."
            : "Neurograph's sparse categorical cross-entropy on a single unit is the categorical one on the labels (always 0 after normalising over one unit): binary cross-entropy is what a sigmoid unit wants.",
      };
  }
}

function metricExpression(
  metric: MetricName,
  objective: SupervisedObjective,
  encoding: TargetEncoding,
): string {
  if (metric === "meanAbsoluteError")
    return `keras.metrics.MeanAbsoluteError(${kw("name", pyStr("mean_absolute_error"))})`;
  if (metric === "meanSquaredError")
    return `keras.metrics.MeanSquaredError(${kw("name", pyStr("mean_squared_error"))})`;
  const name = kw("name", pyStr("accuracy"));
  if (encoding.kind === "classIndices") return `keras.metrics.SparseCategoricalAccuracy(${name})`;
  if (encoding.kind === "oneHot") return `keras.metrics.CategoricalAccuracy(${name})`;
  // One unit: a threshold, 0 on the hinge loss's ±1 scale, else 0.5.
  const threshold = objective.loss === "hinge" ? 0 : 0.5;
  return `keras.metrics.BinaryAccuracy(${name}, threshold=${pyFloat(threshold)})`;
}

export function metricExpressions(
  objective: SupervisedObjective,
  encoding: TargetEncoding,
): string[] {
  return metricsFor(objective.task, objective.metrics).map((metric) =>
    metricExpression(metric, objective, encoding),
  );
}
