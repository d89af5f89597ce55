/**
 * The probes behind the backend choice: compile the graph on the candidate
 * backend and run one training step on two real samples, with the setup's
 * loss and optimizer — every kernel the run will need, forward and backward,
 * is exercised — and, for `auto`'s race, time a few steps at the batch size.
 * Everything they make is disposed before they return.
 */
import type * as tf from "@tensorflow/tfjs";
import { type CompileResult, compileGraph } from "../../compiler";
import type { GraphDocument } from "../../graph";
import { t } from "../../graph/i18n";
import type { TrainingSetup } from "../../graph/training/setup";
import type { LoadedDataset } from "../datasets/types";
import { checkCompatibility } from "../engine/compatibility";
import { DeviceSplit } from "../engine/deviceData";
import { TrainingFailure } from "../engine/errors";
import { metricsFor } from "../engine/objective";
import { createOptimizer, disposeOptimizer } from "../engine/optimizers";
import { gatherRows } from "../engine/split";
import { trainableVariables, trainStep } from "../engine/step";
import { MISSING_KERNEL, type StepTiming } from "./chooseBackend";

/**
 * Compiles for training on the active backend. Building the weights can already
 * need a kernel the backend lacks: that is thrown as a plain error (the
 * backend's problem, so the next backend is tried); any other refusal is the
 * graph's, a TrainingFailure("invalid") with the diagnostics.
 */
export function compileForTraining(
  document: GraphDocument,
  seed: number,
): Extract<CompileResult, { ok: true }> {
  const compiled = compileGraph(document, { seed });
  if (compiled.ok) return compiled;
  const missing = compiled.diagnostics.find((d) => MISSING_KERNEL.test(d.message));
  if (missing) throw new Error(missing.message);
  throw new TrainingFailure(
    "invalid",
    t("The graph has errors; fix them before training.", "图中有错误，请先修正再训练。"),
    compiled.diagnostics,
  );
}

/**
 * The race's measure (chooseBackend's StepTimer): a step at the setup's batch size,
 * at most TIMED_ROWS rows so that a full-batch setup is not timed on the whole set.
 */
export const TIMED_ROWS = 256;
/** Steps timed after the warm-up step (which also compiles kernels or shaders). */
export const TIMED_STEPS = 3;

export function trialTrainingStep(
  document: GraphDocument,
  setup: TrainingSetup,
  dataset: LoadedDataset,
): void {
  withTrainingStep(document, setup, dataset, 2, (step) => step());
}

/** Milliseconds per training step at the setup's batch size (after one warm-up step), and the run's steps. */
export function timeTrainingSteps(
  document: GraphDocument,
  setup: TrainingSetup,
  dataset: LoadedDataset,
  budgetMs = Number.POSITIVE_INFINITY,
): StepTiming {
  // The rows the run trains on: what the validation split leaves (as splitValidation counts).
  const count = dataset.train.count;
  const trainRows = count - Math.min(Math.floor(count * setup.validationSplit), count - 1);
  const batch = setup.batchSize === "full" ? trainRows : Math.min(setup.batchSize, trainRows);
  const rows = Math.min(batch, TIMED_ROWS);
  const msPerStep = withTrainingStep(document, setup, dataset, rows, (step) =>
    timeSteps(step, budgetMs),
  );
  return { msPerStep, stepsPerRun: Math.ceil(trainRows / Math.max(1, batch)) * setup.epochs };
}

/**
 * Runs `step` once to warm up, then up to TIMED_STEPS times: the mean
 * milliseconds of those. Past `budgetMs` in all it stops early — after the
 * warm-up, that step's own time stands for the backend (a step cannot be
 * interrupted, so one slow step is the most a race can lose to a slow backend).
 */
export function timeSteps(step: () => void, budgetMs = Number.POSITIVE_INFINITY): number {
  const began = performance.now();
  step();
  const start = performance.now();
  if (start - began > budgetMs) return start - began;
  let steps = 0;
  while (steps < TIMED_STEPS) {
    step();
    steps++;
    if (performance.now() - began > budgetMs) break;
  }
  return (performance.now() - start) / steps;
}

/**
 * Compiles the graph on the active backend and hands `use` a training step on
 * its first `rows` samples (with the setup's loss and optimizer); every kernel the
 * run needs, forward and backward, is exercised by one call. Everything made here
 * is disposed before it returns.
 */
function withTrainingStep<T>(
  document: GraphDocument,
  setup: TrainingSetup,
  dataset: LoadedDataset,
  rows: number,
  use: (step: () => void) => T,
): T {
  const model = compileForTraining(document, setup.seed).model;
  let data: DeviceSplit | null = null;
  let optimizer: tf.Optimizer | null = null;
  try {
    const signature = checkCompatibility(model, dataset);
    const count = Math.max(1, Math.min(rows, dataset.train.count));
    const indices = Array.from({ length: count }, (_, i) => i);
    data = new DeviceSplit(
      gatherRows(dataset.train, indices),
      signature.inputShape,
      signature.inputDtype,
      dataset.shapes,
    );
    optimizer = createOptimizer(setup.optimizer);
    const objective = {
      loss: setup.loss,
      task: dataset.shapes.task,
      metrics: metricsFor(dataset.shapes.task, setup.metrics),
    };
    const context = { model, optimizer, objective, variables: trainableVariables(model) };
    const { features, labels } = data;
    return use(() => {
      trainStep(context, features, labels);
    });
  } finally {
    data?.dispose();
    if (optimizer) disposeOptimizer(optimizer);
    model.dispose();
  }
}
