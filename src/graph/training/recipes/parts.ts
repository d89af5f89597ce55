/**
 * The parts a recipe trains, found through group roles and special inputs
 * (see recipes/findParts.ts): which nodes are the generator, where its noise
 * enters, which node is the discriminator's verdict, where an autoencoder's
 * code lies… Node ids only: the training engine turns them into sub-models.
 */
import type { RecipeName } from "./options";

export interface GeneratorPart {
  /** Nodes of the generator group. */
  readonly nodes: readonly string[];
  /** The Input (role "noise") the latent vector z enters through. */
  readonly noise: string;
  /** The generated sample (the generator's one output node). */
  readonly output: string;
}

export interface DiscriminatorPart {
  readonly nodes: readonly string[];
  /** The Input (role "data") real and generated samples enter through. */
  readonly data: string;
  /** The verdict: one value per sample. */
  readonly output: string;
  /** True when the output already is a probability (sigmoid); false for a logit / critic score. */
  readonly outputIsProbability: boolean;
}

export interface GanParts {
  readonly recipe: "gan" | "wgan" | "cgan";
  readonly generator: GeneratorPart;
  readonly discriminator: DiscriminatorPart;
  /** cGAN: the Input (role "label") holding the one-hot class, feeding both networks. */
  readonly label?: string;
}

export interface AutoencoderParts {
  readonly recipe: "autoencoder" | "vae";
  /** The Input of the data, and the reconstruction (the graph's one output). */
  readonly input: string;
  readonly output: string;
  /** The node whose output is the code z handed to the decoder (a VAE's Sampling node). */
  readonly latent: string;
  /** Nodes downstream of the latent node, in topological order, up to the output. */
  readonly decoder: readonly string[];
  /** VAE: the nodes giving the mean and the log-variance of q(z|x). */
  readonly mean?: string;
  readonly logVar?: string;
}

export interface Word2vecParts {
  readonly recipe: "word2vec";
  /** The int32 Input of word ids, and the Embedding whose rows become the word vectors. */
  readonly input: string;
  readonly embedding: string;
}

export interface ClassifierParts {
  readonly recipe: "supervised" | "adversarial";
}

export type RecipeParts = GanParts | AutoencoderParts | Word2vecParts | ClassifierParts;

export type { RecipeName };
