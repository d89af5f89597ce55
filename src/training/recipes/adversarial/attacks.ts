/**
 * Adversarial examples against a classifier: the gradient of its loss with
 * respect to the INPUT, not the weights. FGSM (Goodfellow et al., 2015) takes
 * one step of size ε along its sign; PGD (Madry et al., 2018) takes several
 * smaller steps, each projected back into the L∞ ball of radius ε around the
 * original. Both keep inputs in the data's range (pixels stay in [0, 1]).
 *
 * The model is run in inference mode (no dropout) and never changed. Every
 * function returns a new tensor the caller disposes, and releases the rest.
 */
import * as tf from "@tensorflow/tfjs";
import { type InputRange, PIXEL_RANGE } from "./range";

/** True when the classifier's output is already a probability (softmax or sigmoid), false for logits. */
export function outputIsProbability(model: tf.LayersModel): boolean {
  const layer = model.outputs[0]!.sourceLayer;
  const activation = layer.getConfig().activation;
  return activation === "softmax" || activation === "sigmoid";
}

/** Output units per sample: 1 for a binary classifier with one sigmoid (or logit) unit. */
export function classCount(model: tf.LayersModel): number {
  const shape = model.outputs[0]!.shape;
  return shape[shape.length - 1] ?? 1;
}

/**
 * The classifier's logits when its output is a softmax or sigmoid applied by
 * the last Dense (or Activation) layer: that layer's input, through its
 * kernel and bias without the activation. Attacking the logits matters: a
 * float32 softmax saturates to exactly 1 for confident samples, whose
 * gradient then vanishes and FGSM would leave them untouched (a false
 * robustness). Null when the output is not of that form.
 */
function logitsFunction(model: tf.LayersModel): ((x: tf.Tensor) => tf.Tensor) | null {
  const cached = LOGITS.get(model);
  if (cached !== undefined) return cached;
  const layer = model.outputs[0]!.sourceLayer;
  const before = layer.getInputAt(0);
  let logits: ((x: tf.Tensor) => tf.Tensor) | null = null;
  const activation = layer.getConfig().activation;
  // A sigmoid over several units is multi-label, not one class among many: left to the probabilities.
  const single = activation === "softmax" || (activation === "sigmoid" && classCount(model) === 1);
  if (!Array.isArray(before) && before.shape.length === 2 && single) {
    const features = model.inputs.includes(before)
      ? (x: tf.Tensor) => x
      : (
          (inner: tf.LayersModel) => (x: tf.Tensor) =>
            inner.apply(x, { training: false }) as tf.Tensor
        )(tf.model({ inputs: model.inputs, outputs: before }));
    const className = layer.getClassName();
    if (className === "Activation") logits = features;
    else if (className === "Dense") {
      const [kernel, bias] = layer.weights.map((w) => w.read());
      logits = (x) =>
        tf.tidy(() => {
          const product = tf.matMul(features(x) as tf.Tensor2D, kernel as tf.Tensor2D);
          return bias ? tf.add(product, bias) : product;
        });
    }
  }
  LOGITS.set(model, logits);
  return logits;
}

const LOGITS = new WeakMap<tf.LayersModel, ((x: tf.Tensor) => tf.Tensor) | null>();

const TINY = 1e-12;

/**
 * Weight of the logit margin added to the cross-entropy. In float32 a
 * sample classified with a logit margin above ~88 has a softmax of exactly
 * one-hot and a cross-entropy gradient of exactly 0 (seen on MNIST MLPs), so
 * FGSM would leave it untouched. The margin, max_{j≠y} z_j − z_y, never
 * saturates and points where the cross-entropy's gradient points as it
 * saturates (towards the runner-up class); weighted this little it only
 * decides the direction where the cross-entropy's gradient has vanished.
 */
const MARGIN_WEIGHT = 1e-6;

/**
 * The cross-entropy of the true classes `y` (class indices, any dtype),
 * summed over the batch, so each sample's gradient is its own whatever the
 * batch size. Computed from the logits whenever they can be had (see
 * logitsFunction), with a vanishing logit margin (MARGIN_WEIGHT) added;
 * otherwise from probabilities floored at 1e-12.
 */
export function classificationLoss(model: tf.LayersModel, x: tf.Tensor, y: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const logits = logitsFunction(model);
    const probabilities = logits === null && outputIsProbability(model);
    const output = logits ? logits(x) : (model.apply(x, { training: false }) as tf.Tensor);
    const classes = classCount(model);
    const labels = tf.reshape(y, [-1]);
    if (classes === 1) {
      const target = tf.reshape(tf.cast(labels, "float32"), output.shape);
      if (!probabilities) {
        const entropy = tf.losses.sigmoidCrossEntropy(
          target,
          output,
          undefined,
          0,
          tf.Reduction.SUM,
        );
        // The margin of a single logit: towards the other class (up for 0, down for 1).
        const margin = tf.sum(tf.mul(tf.sub(1, tf.mul(2, target)), output));
        return tf.add(entropy, tf.mul(MARGIN_WEIGHT, margin)) as tf.Scalar;
      }
      const p = tf.clipByValue(output, TINY, 1 - TINY);
      return tf.neg(
        tf.sum(tf.add(tf.mul(target, tf.log(p)), tf.mul(tf.sub(1, target), tf.log(tf.sub(1, p))))),
      ) as tf.Scalar;
    }
    const oneHot = tf.oneHot(tf.cast(labels, "int32"), classes);
    if (probabilities)
      return tf.neg(tf.sum(tf.mul(oneHot, tf.log(tf.maximum(output, TINY))))) as tf.Scalar;
    const entropy = tf.losses.softmaxCrossEntropy(oneHot, output, undefined, 0, tf.Reduction.SUM);
    const trueLogit = tf.sum(tf.mul(oneHot, output), 1);
    const runnerUp = tf.max(tf.sub(output, tf.mul(oneHot, 1e9)), 1);
    const margin = tf.sum(tf.sub(runnerUp, trueLogit));
    return tf.add(entropy, tf.mul(MARGIN_WEIGHT, margin)) as tf.Scalar;
  });
}

/** ∂loss/∂x for each input value. */
export function inputGradient(model: tf.LayersModel, x: tf.Tensor, y: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.grad((input: tf.Tensor) => classificationLoss(model, input, y))(x));
}

/** Fast gradient sign method: x + ε·sign(∇ₓ loss), clipped to the data range. */
export function fgsm(
  model: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
  epsilon: number,
  range: InputRange = PIXEL_RANGE,
): tf.Tensor {
  return tf.tidy(() => {
    const step = tf.mul(epsilon, tf.sign(inputGradient(model, x, y)));
    return tf.clipByValue(tf.add(x, step), range.min, range.max);
  });
}

export interface PgdOptions {
  readonly epsilon: number;
  readonly steps: number;
  readonly stepSize: number;
  readonly range?: InputRange;
  /**
   * Seed of the random start, uniform in [−ε, ε] around x as Madry et al. do
   * (it avoids starting where the gradient is flat, and makes PGD at least as
   * strong as FGSM in practice); `null` starts at x itself, deterministically
   * without any seed.
   */
  readonly randomStart: number | null;
}

/** Projected gradient descent: `steps` signed steps of `stepSize`, each projected into the ε-ball and the data range. */
export function pgd(
  model: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
  options: PgdOptions,
): tf.Tensor {
  const { epsilon, range = PIXEL_RANGE } = options;
  const [lower, upper] = tf.tidy(() => [
    tf.maximum(tf.sub(x, epsilon), range.min),
    tf.minimum(tf.add(x, epsilon), range.max),
  ]) as [tf.Tensor, tf.Tensor];
  const project = (candidate: tf.Tensor) => tf.minimum(tf.maximum(candidate, lower), upper);
  let adversarial = tf.tidy(() =>
    options.randomStart === null
      ? tf.clone(x)
      : project(
          tf.add(x, tf.randomUniform(x.shape, -epsilon, epsilon, "float32", options.randomStart)),
        ),
  );
  for (let i = 0; i < options.steps; i++) {
    const next = tf.tidy(() => {
      const step = tf.mul(options.stepSize, tf.sign(inputGradient(model, adversarial, y)));
      return project(tf.add(adversarial, step));
    });
    adversarial.dispose();
    adversarial = next;
  }
  lower.dispose();
  upper.dispose();
  return adversarial;
}
