/**
 * Adversarial training (Goodfellow et al., 2015; Madry et al., 2018): each
 * batch has a share `mix` of its samples replaced by adversarial examples of
 * the model as it is now, and the gradient step then learns from both. Called
 * before the step's gradient tape opens; the attack only reads the model.
 */
import * as tf from "@tensorflow/tfjs";
import type { AdversarialOptions } from "../../../graph/training/recipes/options";
import { attackBatch } from "./answers";
import { type InputRange, PIXEL_RANGE } from "./range";

/**
 * A new batch (the caller disposes it): its first round(mix · n) samples
 * attacked with the options' attack, ε, steps and step size, the rest as they
 * were. The batch is already shuffled, so the first rows are a random share.
 * `seed` seeds PGD's random start; give each step its own for variety.
 */
export function adversarialBatch(
  model: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
  options: AdversarialOptions,
  range: InputRange = PIXEL_RANGE,
  seed = 0,
): tf.Tensor {
  const n = x.shape[0] ?? 0;
  const attacked = Math.min(n, Math.round(options.mix * n));
  if (attacked === 0 || options.epsilon === 0) return tf.clone(x);
  return tf.tidy(() => {
    const head = tf.slice(x, 0, attacked);
    const labels = tf.slice(y, 0, attacked);
    const adversarial = attackBatch(model, head, labels, options, range, seed);
    return attacked === n ? adversarial : tf.concat([adversarial, tf.slice(x, attacked)], 0);
  });
}
