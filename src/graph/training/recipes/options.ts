/**
 * How a graph is trained — `training.recipe` — and each recipe's own
 * settings, stored beside it in the training section (`training.gan`,
 * `training.wgan`, `training.vae`, `training.word2vec`, `training.adversarial`).
 * Pure data with defaults, like the rest of the setup (setup.ts).
 */
import { z } from "zod";

export const RECIPES = [
  "supervised",
  "autoencoder",
  "vae",
  "gan",
  "wgan",
  "cgan",
  "word2vec",
  "adversarial",
] as const;
export type RecipeName = (typeof RECIPES)[number];

/** Recipes trained by the recipe loop (two networks, or a loss of their own) rather than the supervised Trainer. */
export const GENERATIVE_RECIPES: readonly RecipeName[] = [
  "autoencoder",
  "vae",
  "gan",
  "wgan",
  "cgan",
  "word2vec",
];

/** GAN and conditional GAN: the algorithm of Goodfellow et al. (2014). The batch size is m. */
export const ganOptionsSchema = z.looseObject({
  /** k: discriminator steps per generator step. */
  discriminatorSteps: z.number().int().min(1).max(20).default(1),
  /** Generator maximises log D(G(z)) instead of minimising log(1 − D(G(z))) (stronger gradients early on). */
  nonSaturating: z.boolean().default(true),
  /** Discriminator learning rate as a multiple of the setup's (1 = the same). */
  discriminatorLearningRateScale: z.number().gt(0).max(100).default(1),
});
export type GanOptions = z.output<typeof ganOptionsSchema>;

/** Wasserstein GAN: a critic with a linear output, weight clipping (Arjovsky et al.) or gradient penalty (Gulrajani et al.). */
export const wganOptionsSchema = z.looseObject({
  /** n_critic: critic steps per generator step. */
  criticSteps: z.number().int().min(1).max(20).default(5),
  constraint: z.enum(["clip", "gradientPenalty"]).default("gradientPenalty"),
  /** Weight clipping: every critic weight is kept in [−c, c]. */
  clipValue: z.number().gt(0).max(10).default(0.01),
  /** Gradient penalty: λ in λ·(‖∇D(x̂)‖₂ − 1)². */
  penaltyWeight: z.number().min(0).max(1000).default(10),
});
export type WganOptions = z.output<typeof wganOptionsSchema>;

export const vaeOptionsSchema = z.looseObject({
  /** β: weight of the KL term (1 = the standard VAE; above 1 = β-VAE). */
  klWeight: z.number().min(0).max(1000).default(1),
});
export type VaeOptions = z.output<typeof vaeOptionsSchema>;

export const word2vecOptionsSchema = z.looseObject({
  model: z.enum(["skipGram", "cbow"]).default("skipGram"),
  /** The speed-up that replaces the full softmax over the vocabulary. */
  objective: z.enum(["negativeSampling", "hierarchicalSoftmax"]).default("negativeSampling"),
  /** Context words on each side of the centre word. */
  window: z.number().int().min(1).max(20).default(2),
  /** Negative samples per positive pair (negative sampling only). */
  negatives: z.number().int().min(1).max(50).default(5),
  /** Subsampling threshold t of frequent words (0 = off); Mikolov et al. use 1e-5 on large corpora. */
  subsample: z.number().min(0).max(1).default(1e-3),
});
export type Word2vecOptions = z.output<typeof word2vecOptionsSchema>;

export const ATTACKS = ["fgsm", "pgd"] as const;
export type AttackName = (typeof ATTACKS)[number];

export const adversarialOptionsSchema = z.looseObject({
  attack: z.enum(ATTACKS).default("fgsm"),
  /** ε: the largest change of any input value (L∞), in the data's own units (pixels in [0, 1]). */
  epsilon: z.number().min(0).max(10).default(0.1),
  /** PGD: gradient steps, each of size stepSize, projected back into the ε-ball. */
  steps: z.number().int().min(1).max(100).default(10),
  stepSize: z.number().gt(0).max(10).default(0.025),
  /** Adversarial training: the share of each batch replaced by adversarial examples of the current model (0 = off). */
  mix: z.number().min(0).max(1).default(0.5),
});
export type AdversarialOptions = z.output<typeof adversarialOptionsSchema>;
