/**
 * The autoencoder's loss, per sample: the reconstruction error SUMMED over
 * the features (not averaged), plus for a VAE the KL divergence of q(z|x) from
 * N(0, I), summed over the latent dimensions. Summing both makes them the two
 * terms of the negative ELBO on one scale — −log p(x|z) of a Bernoulli (binary
 * cross-entropy) or Gaussian (squared error) decoder is a sum over pixels —
 * so β = 1 is the standard VAE. Averaging the reconstruction over 784 pixels
 * instead would weigh the KL 784 times more and collapse the code.
 * Batches average these per-sample sums.
 */
import * as tf from "@tensorflow/tfjs";
import type { LossName } from "../../../graph/training/setup";

export type ReconstructionLoss = "binaryCrossentropy" | "meanSquaredError" | "meanAbsoluteError";

/**
 * The setup's loss when it measures a reconstruction; a classification loss
 * (the setup's default) is replaced by binary cross-entropy for data in
 * [0, 1] (pixels) and by squared error otherwise.
 */
export function reconstructionLossOf(
  loss: LossName,
  range: { readonly min: number; readonly max: number },
): ReconstructionLoss {
  if (loss === "binaryCrossentropy" || loss === "meanSquaredError" || loss === "meanAbsoluteError")
    return loss;
  return range.min >= 0 && range.max <= 1 ? "binaryCrossentropy" : "meanSquaredError";
}

const EPSILON = 1e-7;

function sumPerSample(values: tf.Tensor): tf.Tensor1D {
  const axes = Array.from({ length: values.rank - 1 }, (_, i) => i + 1);
  return (axes.length === 0 ? values : tf.sum(values, axes)) as tf.Tensor1D;
}

/** One number per sample: the error of `output` against `target` (reshaped to it), summed over the features. */
export function reconstructionPerSample(
  kind: ReconstructionLoss,
  target: tf.Tensor,
  output: tf.Tensor,
): tf.Tensor1D {
  return tf.tidy(() => {
    const x = tf.reshape(target, output.shape);
    switch (kind) {
      case "binaryCrossentropy": {
        const p = tf.clipByValue(output, EPSILON, 1 - EPSILON);
        const logLikelihood = tf.add(
          tf.mul(x, tf.log(p)),
          tf.mul(tf.sub(1, x), tf.log(tf.sub(1, p))),
        );
        return tf.neg(sumPerSample(logLikelihood));
      }
      case "meanSquaredError":
        return sumPerSample(tf.squaredDifference(output, x));
      case "meanAbsoluteError":
        return sumPerSample(tf.abs(tf.sub(output, x)));
    }
  });
}

/** One number per sample: KL(N(μ, σ²) ‖ N(0, I)) = −½ Σ (1 + log σ² − μ² − σ²). */
export function klPerSample(mean: tf.Tensor, logVar: tf.Tensor): tf.Tensor1D {
  return tf.tidy(() => {
    const perElement = tf.sub(tf.add(1, logVar), tf.add(tf.square(mean), tf.exp(logVar)));
    return tf.mul(-0.5, sumPerSample(perElement)) as tf.Tensor1D;
  });
}
