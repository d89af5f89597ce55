/**
 * The contract between the recipe loop (recipeTrainer.ts: pause, step,
 * stop, progress, NaN checks, live views — the same controls as the
 * supervised Trainer) and a recipe's algorithm (GAN, WGAN, cGAN, autoencoder,
 * VAE, word2vec), which only knows how to take one training iteration.
 */
import type * as tf from "@tensorflow/tfjs";
import type { GraphAnalysis } from "../../graph/analyze";
import type { GraphDocument } from "../../graph/document/schema";
import type { RecipeParts } from "../../graph/training/recipes/parts";
import type { TrainingSetup } from "../../graph/training/setup";
import type { LoadedDataset } from "../datasets/types";
import type { RecipeAnswer, RecipeQuestion, RecipeSeries, RecipeView } from "../recipeViews";

export interface RecipeStepResult {
  /** The main loss on the loss curve (GAN: the discriminator's; VAE: reconstruction + KL). */
  readonly loss: number;
  /** Further numbers of this iteration, keyed as in `series` (generator loss, D(real), KL…). */
  readonly metrics: Readonly<Record<string, number>>;
  /** Real samples this iteration consumed (for samples per second). */
  readonly samples: number;
}

export interface RecipeIteration {
  /** 1-based epoch and 0-based iteration within it. */
  readonly epoch: number;
  readonly index: number;
  /** Iterations since the start of the run, 1-based. */
  readonly globalStep: number;
}

export interface RecipeAlgorithm {
  /** The whole compiled graph (every network's weights): what checkpoints save and restore. */
  readonly model: tf.LayersModel;
  /** Training iterations per epoch. */
  readonly stepsPerEpoch: number;
  /** Samples (or word pairs) one epoch goes through. */
  readonly trainCount: number;
  readonly validationCount: number;
  readonly batchSize: number;
  readonly parameterCount: number;
  readonly classNames?: readonly string[];
  /** The numbers step() reports besides the loss, in display order. */
  readonly series: readonly RecipeSeries[];
  /** Makes optimizers and uploads data; called once, before the first step. */
  open(learningRate: number): void;
  /** One training iteration. Synchronous; releases every tensor it makes. */
  step(iteration: RecipeIteration): RecipeStepResult;
  /** After each epoch: numbers on held-out data, when the recipe has them. */
  endEpoch?(epoch: number): {
    readonly valLoss?: number;
    readonly valMetrics?: Readonly<Record<string, number>>;
  };
  setLearningRate(learningRate: number): void;
  /** The live picture. Called a few times a second at most, and at pause and end. */
  view(): RecipeView;
  /** Answers a question (decode this point, neighbours of this word…); throws TrainingFailure("invalid") for one it cannot answer. */
  query(question: RecipeQuestion): RecipeAnswer;
  /** Releases optimizers and uploaded data; keeps the model (run over). */
  close(): void;
  /** Releases everything, the model too. */
  dispose(): void;
}

/** What every recipe factory is given. */
export interface RecipeContext {
  readonly document: GraphDocument;
  readonly analysis: GraphAnalysis;
  readonly parts: RecipeParts;
  /** The compiled graph (compileGraph with the setup's seed). */
  readonly model: tf.LayersModel;
  /** tfjs layer name of each node id. */
  readonly layerNames: ReadonlyMap<string, string>;
  readonly setup: TrainingSetup;
  readonly dataset: LoadedDataset;
}

export type RecipeFactory = (context: RecipeContext) => RecipeAlgorithm;
