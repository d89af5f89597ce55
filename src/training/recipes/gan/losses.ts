/**
 * The losses of the GAN family on D's raw outputs, each [m, 1].
 *
 * GAN (Goodfellow et al. 2014): D ascends log D(x) + log(1 − D(G(z))), so it
 * minimises −log D(x) − log(1 − D(G(z))); G minimises log(1 − D(G(z)))
 * (saturating) or −log D(G(z)) (non-saturating). On a logit l,
 * −log σ(l) = softplus(−l) and −log(1 − σ(l)) = softplus(l): exact and
 * stable. On a probability, the logs are taken of p clipped to [ε, 1 − ε].
 *
 * WGAN (Arjovsky et al. 2017): the critic minimises E[D(G(z))] − E[D(x)],
 * the generator −E[D(G(z))].
 */
import * as tf from "@tensorflow/tfjs";

/** Keras's fuzz factor: keeps log() away from 0. */
const EPSILON = 1e-7;

/** −log D(v) (target "real") or −log(1 − D(v)) (target "fake"), per sample. */
function negativeLog(
  output: tf.Tensor,
  isProbability: boolean,
  target: "real" | "fake",
): tf.Tensor {
  if (!isProbability) return tf.softplus(target === "real" ? tf.neg(output) : output);
  const p = tf.clipByValue(output, EPSILON, 1 - EPSILON);
  return tf.neg(tf.log(target === "real" ? p : tf.sub(1, p)));
}

export function discriminatorLoss(
  real: tf.Tensor,
  fake: tf.Tensor,
  isProbability: boolean,
): tf.Scalar {
  return tf.add(
    tf.mean(negativeLog(real, isProbability, "real")),
    tf.mean(negativeLog(fake, isProbability, "fake")),
  ) as tf.Scalar;
}

export function generatorLoss(
  fake: tf.Tensor,
  isProbability: boolean,
  nonSaturating: boolean,
): tf.Scalar {
  return nonSaturating
    ? (tf.mean(negativeLog(fake, isProbability, "real")) as tf.Scalar)
    : (tf.neg(tf.mean(negativeLog(fake, isProbability, "fake"))) as tf.Scalar);
}

/** D's mean verdict as a probability. */
export function meanProbability(output: tf.Tensor, isProbability: boolean): tf.Scalar {
  return tf.mean(isProbability ? output : tf.sigmoid(output)) as tf.Scalar;
}

export function criticLoss(real: tf.Tensor, fake: tf.Tensor): tf.Scalar {
  return tf.sub(tf.mean(fake), tf.mean(real)) as tf.Scalar;
}

export function wassersteinGeneratorLoss(fake: tf.Tensor): tf.Scalar {
  return tf.neg(tf.mean(fake)) as tf.Scalar;
}
