/**
 * Training in Node (the CLI, tests, benchmarks) with the very engine the
 * worker runs: the built-in dataset of the setup, read from disk; wasm where
 * its kernels suffice for the graph (found by the trial step), else cpu.
 */
import type { GraphDocument } from "../../graph";
import { t } from "../../graph/i18n";
import type { BackendChoice, TrainingSetup } from "../../graph/training/setup";
import type { BackendSelection } from "../backend/chooseBackend";
import { loadDataset } from "../datasets";
import type { DatasetIO } from "../datasets/io";
import { nodeDatasetIO } from "../datasets/nodeIO";
import type { LoadedDataset } from "../datasets/types";
import { TrainingFailure } from "../engine/errors";
import type { RunOutcome, TrainerOptions } from "../engine/trainer";
import type { EpochPoint } from "../protocol";
import type { RecipeTrainerEvent } from "../recipes/recipeTrainer";
import { prepareRun, type TrainingRun } from "../session/prepare";
import { nodeBackends } from "./backends";

export interface NodeTrainingOptions {
  readonly document: GraphDocument;
  readonly setup: TrainingSetup;
  /** Overrides the setup's backend; browser-only backends in the setup mean `auto` here. */
  readonly backend?: BackendChoice;
  readonly onEpoch?: (point: EpochPoint) => void;
  /** Called once the trainer exists, before training starts (e.g. to stop it on Ctrl-C). */
  readonly onReady?: (trainer: TrainingRun, backend: BackendSelection) => void;
  readonly datasetIO?: DatasetIO;
  /** A dataset already in memory (tests, benchmarks) instead of the setup's. */
  readonly dataset?: LoadedDataset;
  readonly trainer?: Omit<
    TrainerOptions,
    "model" | "dataset" | "setup" | "nodeIdOf" | "initialEpoch" | "onEvent"
  > & { readonly onEvent?: (event: RecipeTrainerEvent) => void };
}

export interface NodeTrainingResult {
  readonly outcome: RunOutcome;
  readonly backend: BackendSelection;
  /** Holds the trained model: the caller saves it if it likes, then disposes the trainer. */
  readonly trainer: TrainingRun;
  readonly dataset: LoadedDataset;
  readonly seconds: number;
}

/** The backend to ask for in Node: WebGPU and WebGL exist only in browsers, so a setup naming them means `auto`. */
export function nodeBackendChoice(setup: TrainingSetup, override?: BackendChoice): BackendChoice {
  const choice = override ?? setup.backend;
  return choice === "webgl" || choice === "webgpu" ? "auto" : choice;
}

export async function loadSetupDataset(
  setup: TrainingSetup,
  io: DatasetIO = nodeDatasetIO(),
): Promise<LoadedDataset> {
  const { id, options } = setup.dataset;
  if (id === "csv" || id === "imageFolder")
    throw new TrainingFailure(
      "dataset",
      t(
        `The command line trains on built-in datasets only; '${id}' data is uploaded in the app.`,
        `命令行只能用内置数据集训练；'${id}' 数据需要在应用中上传。`,
      ),
    );
  return loadDataset({ kind: "builtin", id, options }, io, setup.seed);
}

export async function trainInNode(options: NodeTrainingOptions): Promise<NodeTrainingResult> {
  const { document, setup } = options;
  const dataset = options.dataset ?? (await loadSetupDataset(setup, options.datasetIO));
  const started = performance.now();
  const prepared = await prepareRun({
    document,
    setup,
    dataset,
    environment: nodeBackends(),
    backend: nodeBackendChoice(setup, options.backend),
    trainer: {
      ...options.trainer,
      onEpochEnd: (point) => options.onEpoch?.(point),
    },
  });
  options.onReady?.(prepared.trainer, prepared.backend);
  const outcome = await prepared.trainer.run();
  return {
    outcome,
    backend: prepared.backend,
    trainer: prepared.trainer,
    dataset,
    seconds: (performance.now() - started) / 1000,
  };
}
