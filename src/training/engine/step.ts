/**
 * One training step: forward, loss (with the layers' own penalties: L1/L2
 * kernel regularisers and losses added with addLoss, such as the VAE's KL
 * term), gradients, one read-back, and — only when the loss and gradients are
 * finite — the optimizer's update. A bad step therefore leaves the weights as
 * they were before it.
 */
import * as tf from "@tensorflow/tfjs";
import { batchObjective, type ObjectiveSpec } from "./objective";

export interface StepOutcome {
  readonly loss: number;
  readonly metrics: readonly number[];
  /** False when the loss or the gradient norm was NaN or infinite: nothing was applied. */
  readonly finite: boolean;
}

export interface StepContext {
  readonly model: tf.LayersModel;
  readonly optimizer: tf.Optimizer;
  readonly objective: ObjectiveSpec;
  /** The model's trainable variables, in a fixed order. */
  readonly variables: readonly tf.Variable[];
}

/** The trainable variables as tf.Variables (LayerVariable.read() returns the variable itself). */
export function trainableVariables(model: tf.LayersModel): tf.Variable[] {
  return model.trainableWeights.map((w) => w.read() as tf.Variable);
}

/** The total loss of a batch: the data loss plus every penalty the layers add. */
export function totalLoss(model: tf.LayersModel, dataLoss: tf.Scalar): tf.Scalar {
  let total = dataLoss;
  for (const penalty of model.calculateLosses()) total = tf.add(total, penalty);
  return total;
}

/**
 * Runs one step on (x, y). `inspect` sees the gradients before they are
 * disposed (for the live histograms), only on the steps that ask for it.
 */
export function trainStep(
  context: StepContext,
  x: tf.Tensor,
  y: tf.Tensor,
  inspect?: (grads: tf.NamedTensorMap) => void,
): StepOutcome {
  let outcome: StepOutcome = { loss: Number.NaN, metrics: [], finite: false };
  let metrics: readonly tf.Scalar[] = [];
  try {
    tf.tidy(() => {
      const { value, grads } = context.optimizer.computeGradients(() => {
        const output = context.model.apply(x, { training: true }) as tf.Tensor;
        const objective = batchObjective(context.objective, y, output);
        // Kept: the gradient scope would dispose them before they are read.
        metrics = objective.metrics.map((m) => tf.keep(m));
        return totalLoss(context.model, objective.loss);
      }, context.variables as tf.Variable[]);
      const gradients = Object.values(grads);
      const normSquared =
        gradients.length === 0 ? tf.scalar(0) : tf.addN(gradients.map((g) => tf.sum(tf.square(g))));
      // One read-back per batch: loss, squared gradient norm and metrics together.
      const values = tf.stack([value, normSquared, ...metrics]).dataSync();
      const loss = values[0]!;
      const finite = Number.isFinite(loss) && Number.isFinite(values[1]!);
      if (finite) context.optimizer.applyGradients(grads);
      if (inspect && finite) inspect(grads);
      outcome = { loss, metrics: Array.from(values.subarray(2)), finite };
    });
  } catch (error) {
    releaseFailedTape();
    throw error;
  } finally {
    for (const m of metrics) m.dispose();
  }
  return outcome;
}

/**
 * When a backward pass throws (a kernel missing on this backend, memory
 * running out), tfjs leaves its gradient tape behind with the tensors it
 * saved for the backward pass. Release them, so that a failed step leaks
 * nothing and the next gradient computation starts clean.
 */
function releaseFailedTape(): void {
  const state = (
    tf.engine() as unknown as {
      state: { activeTape: { saved?: tf.Tensor[] }[] | null; gradientDepth: number };
    }
  ).state;
  if (state.gradientDepth !== 0 || !state.activeTape) return;
  for (const node of state.activeTape) for (const tensor of node.saved ?? []) tensor.dispose();
  state.activeTape = null;
}
