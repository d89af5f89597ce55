/**
 * One forward pass of the autoencoder and its loss terms per sample.
 *
 * The KL is computed here from the mean and log-variance tensors, weighted by
 * the recipe's β (setup.vae.klWeight). The Sampling layer's own addLoss (its
 * KL times the node's klWeight, used when the supervised Trainer fits a VAE)
 * is deliberately left out, so the KL is never counted twice; the layers'
 * other penalties (L1/L2 kernel regularisers) are kept.
 */
import * as tf from "@tensorflow/tfjs";
import { Sampling } from "../../../compiler";
import { klPerSample, type ReconstructionLoss, reconstructionPerSample } from "./loss";
import type { AutoencoderNetworks } from "./networks";

export interface LossTerms {
  /** Per sample, summed over the features. */
  readonly reconstruction: tf.Tensor1D;
  /** Per sample, unweighted; null for a plain autoencoder. */
  readonly kl: tf.Tensor1D | null;
}

export function lossTerms(
  networks: AutoencoderNetworks,
  kind: ReconstructionLoss,
  x: tf.Tensor,
  training: boolean,
): LossTerms {
  const outputs = networks.training.apply(x, { training });
  if (!networks.variational)
    return { reconstruction: reconstructionPerSample(kind, x, outputs as tf.Tensor), kl: null };
  const [reconstruction, mean, logVar] = outputs as tf.Tensor[];
  return {
    reconstruction: reconstructionPerSample(kind, x, reconstruction!),
    kl: klPerSample(mean!, logVar!),
  };
}

/** The layers' penalties except the Sampling layer's KL (see above). */
export function layerPenalties(model: tf.LayersModel): tf.Scalar[] {
  return model.layers
    .filter((layer) => !(layer instanceof Sampling))
    .flatMap((layer) => layer.calculateLosses());
}

/** The batch loss: mean reconstruction + β · mean KL + penalties. */
export function batchLoss(
  terms: LossTerms,
  beta: number,
  penalties: readonly tf.Scalar[],
): { readonly total: tf.Scalar; readonly reconstruction: tf.Scalar; readonly kl: tf.Scalar } {
  const reconstruction = tf.mean(terms.reconstruction) as tf.Scalar;
  const kl = terms.kl ? (tf.mean(terms.kl) as tf.Scalar) : tf.scalar(0);
  let total = tf.add(reconstruction, tf.mul(beta, kl)) as tf.Scalar;
  for (const penalty of penalties) total = tf.add(total, penalty);
  return { total, reconstruction, kl };
}
