/**
 * The three views of one autoencoder graph that the recipe needs, all sharing
 * the compiled model's weights:
 * - training: input → reconstruction (and, for a VAE, the mean and
 *   log-variance the KL is computed from, in the same forward pass);
 * - encoder: input → code (the mean for a VAE, the latent node otherwise);
 * - decoder: code → reconstruction, the decoder's layers replayed on a fresh input.
 * The first two are tf.model over the compiled graph's own symbolic tensors:
 * they add no layer references and must never be disposed (that would release
 * the shared weights). The decoder must be disposed (see replay.ts).
 */
import * as tf from "@tensorflow/tfjs";
import { t } from "../../../graph/i18n";
import type { AutoencoderParts } from "../../../graph/training/recipes/parts";
import { TrainingFailure } from "../../engine/errors";
import type { RecipeContext } from "../types";
import { replaySubgraph, symbolicOutput } from "./replay";

export interface AutoencoderNetworks {
  readonly variational: boolean;
  /** input → [reconstruction] or, for a VAE, [reconstruction, mean, logVar]. */
  readonly training: tf.LayersModel;
  readonly encoder: tf.LayersModel;
  readonly decoder: tf.LayersModel;
  /** One code's shape (no batch dimension). */
  readonly latentShape: readonly number[];
}

function invalid(en: string, zh: string): TrainingFailure {
  return new TrainingFailure("invalid", t(en, zh));
}

export function autoencoderParts(context: RecipeContext): AutoencoderParts {
  const parts = context.parts;
  if (parts.recipe !== "autoencoder" && parts.recipe !== "vae")
    throw invalid(
      `The autoencoder recipe was given the parts of a '${parts.recipe}' graph.`,
      `自编码器配方收到的是 '${parts.recipe}' 图的部件。`,
    );
  return parts;
}

/** A VAE's mean and log-variance: given by the parts, or the Sampling node's in0 and in1. */
function meanAndLogVar(context: RecipeContext, parts: AutoencoderParts): [string, string] {
  const inputs = context.analysis.nodes.get(parts.latent)?.inputs ?? [];
  const mean = parts.mean ?? inputs[0]?.edge.source;
  const logVar = parts.logVar ?? inputs[1]?.edge.source;
  if (mean === undefined || logVar === undefined)
    throw invalid(
      `A VAE needs a Sampling node fed by a mean (in0) and a log variance (in1); '${parts.latent}' has no such inputs.`,
      `VAE 需要一个由均值（in0）和对数方差（in1）输入的采样节点；'${parts.latent}' 没有这样的输入。`,
    );
  return [mean, logVar];
}

export function buildAutoencoderNetworks(
  context: RecipeContext,
  parts: AutoencoderParts,
): AutoencoderNetworks {
  const { model, layerNames } = context;
  const at = (id: string) => symbolicOutput(model, layerNames, id);
  const variational = parts.recipe === "vae";
  const input = at(parts.input);
  const reconstruction = at(parts.output);
  const latentShape = context.analysis.nodes.get(parts.latent)?.outputShape?.slice(1);
  if (!latentShape || latentShape.some((d) => d === null))
    throw invalid(
      `The code '${parts.latent}' needs a fixed shape.`,
      `编码 '${parts.latent}' 需要固定的形状。`,
    );
  let training: tf.LayersModel;
  let code: tf.SymbolicTensor;
  if (variational) {
    const [mean, logVar] = meanAndLogVar(context, parts).map(at) as [
      tf.SymbolicTensor,
      tf.SymbolicTensor,
    ];
    training = tf.model({ inputs: input, outputs: [reconstruction, mean, logVar] });
    code = mean;
  } else {
    training = tf.model({ inputs: input, outputs: reconstruction });
    code = at(parts.latent);
  }
  const encoder = tf.model({ inputs: input, outputs: code });
  const decoder = replaySubgraph({
    model,
    analysis: context.analysis,
    layerNames,
    from: parts.latent,
    nodes: parts.decoder,
    output: parts.output,
  });
  return { variational, training, encoder, decoder, latentShape: latentShape as number[] };
}
