/**
 * The probe behind the backend choice: compile the graph on the candidate
 * backend and run one training step on two real samples, with the setup's
 * loss and optimizer — every kernel the run will need, forward and backward,
 * is exercised. Everything it makes is disposed before it returns.
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
import { MISSING_KERNEL } from "./chooseBackend";

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

export function trialTrainingStep(
  document: GraphDocument,
  setup: TrainingSetup,
  dataset: LoadedDataset,
): void {
  const model = compileForTraining(document, setup.seed).model;
  let data: DeviceSplit | null = null;
  let optimizer: tf.Optimizer | null = null;
  try {
    const signature = checkCompatibility(model, dataset);
    const pair = gatherRows(dataset.train, [0, Math.min(1, dataset.train.count - 1)]);
    data = new DeviceSplit(pair, signature.inputShape, signature.inputDtype, dataset.shapes);
    optimizer = createOptimizer(setup.optimizer);
    const objective = {
      loss: setup.loss,
      task: dataset.shapes.task,
      metrics: metricsFor(dataset.shapes.task, setup.metrics),
    };
    const context = { model, optimizer, objective, variables: trainableVariables(model) };
    trainStep(context, data.features, data.labels);
  } finally {
    data?.dispose();
    if (optimizer) disposeOptimizer(optimizer);
    model.dispose();
  }
}
