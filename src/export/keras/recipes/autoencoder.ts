/**
 * The autoencoder and VAE recipes: the graph learns to give back its input.
 * The loss is the reconstruction error summed over each sample's features
 * (src/training/recipes/autoencoder/loss.ts); a VAE's Sampling layer adds
 * β·KL while training, so the total is the negative ELBO.
 */
import type { LossName, TrainingSetup } from "../../../graph";
import { compileModelLines, fitMain } from "./compileModel";
import type { RecipeCode } from "./types";

export type ReconstructionLoss = "binaryCrossentropy" | "meanSquaredError" | "meanAbsoluteError";

/**
 * The setup's loss when it measures a reconstruction; a classification loss
 * is replaced by binary cross-entropy for data in [0, 1], squared error otherwise.
 */
export function reconstructionLossOf(loss: LossName, unitRange: boolean): ReconstructionLoss {
  if (loss === "binaryCrossentropy" || loss === "meanSquaredError" || loss === "meanAbsoluteError")
    return loss;
  return unitRange ? "binaryCrossentropy" : "meanSquaredError";
}

const PER_SAMPLE = "    return tf.reduce_sum(tf.reshape(terms, [tf.shape(terms)[0], -1]), axis=1)";

const LOSSES: Readonly<Record<ReconstructionLoss, readonly string[]>> = {
  binaryCrossentropy: [
    "def reconstruction_loss(targets, outputs):",
    '    """Binary cross-entropy summed over each sample\'s features (not averaged), as Neurograph\'s',
    "    autoencoder recipe: the negative log-likelihood of a Bernoulli decoder, on the KL's scale.",
    '    """',
    "    outputs = tf.clip_by_value(outputs, 1e-7, 1.0 - 1e-7)",
    "    terms = -(targets * tf.math.log(outputs) + (1.0 - targets) * tf.math.log(1.0 - outputs))",
    PER_SAMPLE,
  ],
  meanSquaredError: [
    "def reconstruction_loss(targets, outputs):",
    '    """Squared error summed over each sample\'s features (not averaged), as Neurograph\'s',
    "    autoencoder recipe: the negative log-likelihood of a Gaussian decoder, up to constants.",
    '    """',
    "    terms = tf.square(outputs - targets)",
    PER_SAMPLE,
  ],
  meanAbsoluteError: [
    "def reconstruction_loss(targets, outputs):",
    '    """Absolute error summed over each sample\'s features (not averaged), as Neurograph\'s',
    "    autoencoder recipe.",
    '    """',
    "    terms = tf.abs(outputs - targets)",
    PER_SAMPLE,
  ],
};

export function autoencoderRecipe(setup: TrainingSetup, loss: ReconstructionLoss): RecipeCode {
  const variational = setup.recipe === "vae";
  const note = variational
    ? "The Sampling layer adds beta * KL while training; Keras's validation loss is the reconstruction alone."
    : undefined;
  return {
    definitions: [
      [...LOSSES[loss]],
      compileModelLines(setup.optimizer, {
        loss: ["reconstruction_loss"],
        metrics: null,
        notes: note ? [note] : [],
      }),
    ],
    runtime: ["sampleHelpers", "splitValidation", "resolveBatchSize", "makeDataset"],
    main: fitMain("model", []),
    imports: [],
    constants: [],
  };
}
