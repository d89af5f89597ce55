/**
 * The gradient of the loss with respect to each input time step, ‖∂L/∂x_t‖₂,
 * averaged over samples: how much the prediction still depends on step t.
 * For a simple RNN it fades quickly going back in time (vanishing gradients);
 * an LSTM's cell state keeps it alive over many more steps.
 *
 * Token inputs (int32 ids) have no gradient; for them x_t is the output of
 * the Embedding the ids feed, the vector the recurrent layer actually reads.
 */
import * as tf from "@tensorflow/tfjs";
import type { LossName, TaskName } from "../../../graph/training/setup";
import { lossValue, targetsFor } from "../../engine/objective";
import { runLayers } from "./forward";

export interface TimeStepGradientOptions {
  readonly loss: LossName;
  readonly task: TaskName;
  /**
   * tfjs name of the Embedding whose output stands for x_t when the input is
   * token ids; found with tokenEmbeddingLayer(model) when left out.
   */
  readonly embeddingLayer?: string;
}

/** The first Embedding layer reading the model's input directly, or null. */
export function tokenEmbeddingLayer(model: tf.LayersModel): string | null {
  const input = model.inputs[0];
  for (const layer of model.layers) {
    if (layer.getClassName() !== "Embedding") continue;
    const source = layer.input as tf.SymbolicTensor | tf.SymbolicTensor[];
    if (!Array.isArray(source) && source === input) return layer.name;
  }
  return null;
}

/**
 * Mean over the samples of ‖∂L_i/∂x_{i,t}‖₂ for each time step t, where L_i
 * is sample i's own loss (so the figures do not shrink with the batch size).
 * x: [samples, steps, features] floats, or [samples, steps] token ids; y: the
 * labels as the Trainer feeds them. Inference mode (no dropout). Throws when
 * the differentiated input is not a sequence [samples, steps, features].
 */
export function timeStepGradients(
  model: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
  options: TimeStepGradientOptions,
): Float32Array {
  const samples = x.shape[0] ?? 1;
  const norms = tf.tidy(() => {
    const sampleLoss = (output: tf.Tensor) =>
      tf.mul(
        lossValue(options.loss, targetsFor(y, output, options.task), output, options.task),
        samples,
      ) as tf.Scalar;
    let gradient: tf.Tensor;
    if (x.dtype === "int32") {
      const layerName = options.embeddingLayer ?? tokenEmbeddingLayer(model);
      if (!layerName) throw new Error("token ids need an Embedding to take the gradient at");
      const embedded = (model.getLayer(layerName).apply(x) as tf.Tensor).clone();
      gradient = tf.grad((e: tf.Tensor) =>
        sampleLoss(runLayers(model, x, { layerName, tensor: e })),
      )(embedded);
    } else {
      gradient = tf.grad((input: tf.Tensor) => sampleLoss(runLayers(model, input)))(x);
    }
    if (gradient.rank !== 3)
      throw new Error(`the input is not a sequence [samples, steps, features]: ${gradient.shape}`);
    // ‖·‖₂ over the features of each step, then the mean over samples.
    return tf.mean(tf.sqrt(tf.sum(tf.square(gradient), -1)), 0);
  });
  const values = norms.dataSync() as Float32Array;
  norms.dispose();
  return Float32Array.from(values);
}
