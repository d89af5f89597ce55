/**
 * The probe behind the backend choice: compile the graph on the candidate
 * backend and run one training step on two real samples, with the setup's
 * loss and optimizer — every kernel the run will need, forward and backward,
 * is exercised. Everything it makes is disposed before it returns.
 */
import type * as tf from "@tensorflow/tfjs";
import { compileGraph } from "../../compiler";
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

export function trialTrainingStep(
  document: GraphDocument,
  setup: TrainingSetup,
  dataset: LoadedDataset,
): void {
  const compiled = compileGraph(document, { seed: setup.seed });
  if (!compiled.ok) {
    // Building the weights can already need a kernel the backend lacks: that is the backend's problem.
    const missing = compiled.diagnostics.find((d) => MISSING_KERNEL.test(d.message));
    if (missing) throw new Error(missing.message);
    throw new TrainingFailure(
      "invalid",
      t("The graph has errors; fix them before training.", "图中有错误，请先修正再训练。"),
      compiled.diagnostics,
    );
  }
  const model = compiled.model;
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
