/**
 * From "train this document with its recipe" to an algorithm ready for the
 * recipe loop: compile the graph with the setup's seed, find the recipe's
 * parts, and hand both to the recipe's factory. Also the backend trial for
 * recipes: the same build, one iteration, everything released.
 */
import { findRecipeParts } from "../../graph";
import type { GraphDocument } from "../../graph/document/schema";
import { t } from "../../graph/i18n";
import { datasetSpec } from "../../graph/training/datasets";
import type { RecipeName } from "../../graph/training/recipes/options";
import type { TrainingSetup } from "../../graph/training/setup";
import type { StepTiming } from "../backend/chooseBackend";
import { compileForTraining, timeSteps } from "../backend/trialStep";
import type { LoadedDataset } from "../datasets/types";
import { TrainingFailure } from "../engine/errors";
import { createAutoencoderAlgorithm } from "./autoencoder";
import { createGanAlgorithm } from "./gan";
import type { RecipeAlgorithm, RecipeFactory } from "./types";
import { createWord2vecAlgorithm } from "./word2vec";

const FACTORIES: Partial<Record<RecipeName, RecipeFactory>> = {
  gan: createGanAlgorithm,
  wgan: createGanAlgorithm,
  cgan: createGanAlgorithm,
  autoencoder: createAutoencoderAlgorithm,
  vae: createAutoencoderAlgorithm,
  word2vec: createWord2vecAlgorithm,
};

/** Whether the recipe runs in the recipe loop (the others train with the supervised Trainer). */
export function usesRecipeLoop(recipe: RecipeName): boolean {
  return FACTORIES[recipe] !== undefined;
}

export function buildRecipeAlgorithm(
  document: GraphDocument,
  setup: TrainingSetup,
  dataset: LoadedDataset,
): RecipeAlgorithm {
  const factory = FACTORIES[setup.recipe];
  if (!factory) throw new Error(`recipe ${setup.recipe} is trained by the supervised Trainer`);
  const compiled = compileForTraining(document, setup.seed);
  const spec = datasetSpec(dataset.id);
  const found = findRecipeParts(document, compiled.analysis, setup.recipe, {
    id: dataset.id,
    family: spec?.family ?? "upload",
    shapes: dataset.shapes,
  });
  if (!found.parts) {
    compiled.model.dispose();
    throw new TrainingFailure(
      "invalid",
      t(
        "The graph does not fit its training recipe; see the Problems panel.",
        "此图不符合其训练方案；请查看“问题”面板。",
      ),
      found.diagnostics,
    );
  }
  try {
    return factory({
      document,
      analysis: compiled.analysis,
      parts: found.parts,
      model: compiled.model,
      layerNames: compiled.layerNames,
      setup,
      dataset,
    });
  } catch (error) {
    compiled.model.dispose();
    throw error;
  }
}

/** One iteration of the recipe on the active backend, everything released afterwards (the backend choice's probe). */
export function trialRecipeStep(
  document: GraphDocument,
  setup: TrainingSetup,
  dataset: LoadedDataset,
): void {
  withRecipeStep(document, setup, dataset, (step) => step());
}

/** Milliseconds per iteration of the recipe on the active backend (after one warm-up iteration), and the run's iterations. */
export function timeRecipeSteps(
  document: GraphDocument,
  setup: TrainingSetup,
  dataset: LoadedDataset,
  budgetMs = Number.POSITIVE_INFINITY,
): StepTiming {
  return withRecipeStep(document, setup, dataset, (step, algorithm) => ({
    msPerStep: timeSteps(step, budgetMs),
    stepsPerRun: algorithm.stepsPerEpoch * setup.epochs,
  }));
}

function withRecipeStep<T>(
  document: GraphDocument,
  setup: TrainingSetup,
  dataset: LoadedDataset,
  use: (step: () => void, algorithm: RecipeAlgorithm) => T,
): T {
  const algorithm = buildRecipeAlgorithm(document, setup, dataset);
  try {
    algorithm.open(setup.optimizer.learningRate);
    try {
      let globalStep = 0;
      const perEpoch = Math.max(1, algorithm.stepsPerEpoch);
      const step = () => {
        const index = globalStep % perEpoch;
        globalStep++;
        algorithm.step({ epoch: 1 + Math.floor((globalStep - 1) / perEpoch), index, globalStep });
      };
      return use(step, algorithm);
    } finally {
      algorithm.close();
    }
  } finally {
    algorithm.dispose();
  }
}
