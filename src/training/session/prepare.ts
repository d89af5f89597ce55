/**
 * Everything between "train this document on this dataset" and a Trainer
 * ready to run, shared by the worker and the CLI: check the graph, choose
 * the backend by a trial step (and, for `auto`, a race of timed steps), compile with the setup's seed, restore a
 * checkpoint if asked, and wire layer names back to node ids for probes.
 */
import type * as tf from "@tensorflow/tfjs";
import { compileGraph } from "../../compiler";
import { type GraphDocument, hasErrors, inferShapes } from "../../graph";
import { t } from "../../graph/i18n";
import type { BackendChoice, TrainingSetup } from "../../graph/training/setup";
import { type BackendSelection, chooseBackend } from "../backend/chooseBackend";
import type { BackendEnvironment } from "../backend/environment";
import { timeTrainingSteps, trialTrainingStep } from "../backend/trialStep";
import type { LoadedDataset } from "../datasets/types";
import { TrainingFailure } from "../engine/errors";
import { Trainer, type TrainerOptions } from "../engine/trainer";
import {
  buildRecipeAlgorithm,
  timeRecipeSteps,
  trialRecipeStep,
  usesRecipeLoop,
} from "../recipes/buildRecipe";
import { RecipeTrainer, type RecipeTrainerEvent } from "../recipes/recipeTrainer";

export interface PrepareOptions {
  readonly document: GraphDocument;
  readonly setup: TrainingSetup;
  readonly dataset: LoadedDataset;
  readonly environment: BackendEnvironment;
  /** Overrides setup.backend (the CLI's --backend). */
  readonly backend?: BackendChoice;
  /** Loads saved weights into the fresh model; returns the epochs they were trained for, or null for none. */
  readonly restore?: (model: tf.LayersModel) => Promise<number | null>;
  /** Options passed through to the Trainer (or, for recipes, the RecipeTrainer). */
  readonly trainer?: Omit<
    TrainerOptions,
    "model" | "dataset" | "setup" | "nodeIdOf" | "initialEpoch" | "onEvent"
  > & { readonly onEvent?: (event: RecipeTrainerEvent) => void };
}

/** A run of either loop: the supervised Trainer or the recipe loop. */
export type TrainingRun = Trainer | RecipeTrainer;

export interface PreparedRun {
  readonly trainer: TrainingRun;
  readonly backend: BackendSelection;
  /** Epochs of the restored checkpoint, or null when training starts from the seed's weights. */
  readonly restoredEpoch: number | null;
}

export function graphFailure(document: GraphDocument): TrainingFailure | null {
  const analysis = inferShapes(document);
  if (!hasErrors(analysis.diagnostics)) return null;
  return new TrainingFailure(
    "invalid",
    t(
      "The graph has errors; fix them (see the Problems panel) before training.",
      "图中有错误；请先修正（见“问题”面板）再训练。",
    ),
    analysis.diagnostics,
  );
}

/**
 * Convolutions are where the fastest backend differs between machines: in
 * headless Chromium's software GL here wasm trains a small CNN 4.6× faster than
 * WebGL, while a GPU's WebGL is expected to win. Dense, recurrent, embedding
 * and attention graphs train fastest on wasm wherever it was measured, and
 * racing costs WebGL's start (seconds; one word2vec step on WebGL took 35 s
 * here), so only graphs with a convolution are raced.
 */
const RACED_LAYERS: ReadonlySet<string> = new Set(["conv1d", "conv2d", "conv2dTranspose"]);

export function worthRacing(document: GraphDocument): boolean {
  return document.nodes.some((node) => RACED_LAYERS.has(node.type));
}

export async function prepareRun(options: PrepareOptions): Promise<PreparedRun> {
  const { document, setup, dataset } = options;
  const invalid = graphFailure(document);
  if (invalid) throw invalid;
  if (usesRecipeLoop(setup.recipe)) return prepareRecipeRun(options);
  const backend = await chooseBackend(
    options.backend ?? setup.backend,
    options.environment,
    () => trialTrainingStep(document, setup, dataset),
    worthRacing(document)
      ? (_, budget) => timeTrainingSteps(document, setup, dataset, budget)
      : undefined,
  );
  const compiled = compileGraph(document, { seed: setup.seed });
  if (!compiled.ok)
    throw new TrainingFailure(
      "invalid",
      t("The graph could not be built for training.", "无法为训练构建此图。"),
      compiled.diagnostics,
    );
  const model = compiled.model;
  try {
    const restored = options.restore ? await options.restore(model) : null;
    // A checkpoint from a finished run starts a new run from its weights; an interrupted one continues.
    const initialEpoch = restored !== null && restored < setup.epochs ? restored : 0;
    const nodeOfLayer = new Map([...compiled.layerNames].map(([node, layer]) => [layer, node]));
    const trainer = new Trainer({
      ...options.trainer,
      model,
      document,
      dataset,
      setup,
      initialEpoch,
      nodeIdOf: (layer) => nodeOfLayer.get(layer) ?? layer,
    });
    return { trainer, backend, restoredEpoch: restored };
  } catch (error) {
    model.dispose();
    throw error;
  }
}

async function prepareRecipeRun(options: PrepareOptions): Promise<PreparedRun> {
  const { document, setup, dataset } = options;
  const backend = await chooseBackend(
    options.backend ?? setup.backend,
    options.environment,
    () => trialRecipeStep(document, setup, dataset),
    worthRacing(document)
      ? (_, budget) => timeRecipeSteps(document, setup, dataset, budget)
      : undefined,
  );
  const algorithm = buildRecipeAlgorithm(document, setup, dataset);
  try {
    const restored = options.restore ? await options.restore(algorithm.model) : null;
    const initialEpoch = restored !== null && restored < setup.epochs ? restored : 0;
    const { live: _live, ...rest } = options.trainer ?? {};
    const trainer = new RecipeTrainer({ ...rest, algorithm, setup, initialEpoch });
    return { trainer, backend, restoredEpoch: restored };
  } catch (error) {
    algorithm.dispose();
    throw error;
  }
}
