/**
 * Test helpers of the recurrent and attention labs (not used by the app):
 * a preset read from presets/, and the supervised Trainer run on it with its
 * own training section (a few fields overridden to fit a test's time budget).
 */
import { readFileSync } from "node:fs";
import { compileGraph, enableProductionMode } from "../../../compiler";
import { type GraphDocument, validateText } from "../../../graph";
import {
  readTrainingSetup,
  type TrainingSetup,
  trainingSetupSchema,
} from "../../../graph/training/setup";
import { loadDataset } from "../../datasets";
import { NO_ASSETS } from "../../datasets/testing";
import type { LoadedDataset } from "../../datasets/types";
import { Trainer } from "../../engine/trainer";
import { nodeBackends } from "../../node/backends";
import type { EpochPoint } from "../../protocol";

export async function useBackend(name: "wasm" | "cpu"): Promise<void> {
  enableProductionMode();
  if (!(await nodeBackends().activate(name))) throw new Error(`the ${name} backend did not start`);
}

/** A preset document, which must validate without a single diagnostic. */
export function readPreset(file: string): GraphDocument {
  const text = readFileSync(new URL(`../../../../presets/${file}`, import.meta.url), "utf8");
  const result = validateText(text);
  if (result.diagnostics.length > 0 || !result.document)
    throw new Error(`${file}: ${result.diagnostics.map((d) => d.message).join("\n")}`);
  return result.document;
}

/** The document's training setup with some fields replaced (dataset options are merged). */
export function setupOf(
  document: GraphDocument,
  overrides: Partial<Omit<TrainingSetup, "dataset">> & {
    readonly datasetOptions?: Readonly<Record<string, unknown>>;
  } = {},
): TrainingSetup {
  const { setup } = readTrainingSetup(document.training);
  const { datasetOptions, ...rest } = overrides;
  return trainingSetupSchema.parse({
    ...setup,
    ...rest,
    dataset: { ...setup.dataset, options: { ...setup.dataset.options, ...datasetOptions } },
  });
}

export function loadSetupDataset(setup: TrainingSetup): Promise<LoadedDataset> {
  return loadDataset({ kind: "builtin", ...setup.dataset }, NO_ASSETS, setup.seed);
}

export interface TrainedLab {
  readonly trainer: Trainer;
  readonly epochs: readonly EpochPoint[];
  readonly seconds: number;
  readonly dataset: LoadedDataset;
}

/**
 * Compiles the document and trains it with the supervised Trainer; the caller
 * disposes the trainer. `onEpoch` runs before the first epoch (epoch 0) and
 * after each one, e.g. to ask the trainer a question about the model as it is.
 */
export async function trainDocument(
  document: GraphDocument,
  setup: TrainingSetup,
  onEpoch?: (trainer: Trainer, epoch: number) => void,
): Promise<TrainedLab> {
  const dataset = await loadSetupDataset(setup);
  const compiled = compileGraph(document, { seed: setup.seed });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  const names = new Map([...compiled.layerNames].map(([id, name]) => [name, id]));
  const trainer: Trainer = new Trainer({
    model: compiled.model,
    dataset,
    setup,
    document,
    nodeIdOf: (name) => names.get(name) ?? name,
    onEpochEnd: (point) => onEpoch?.(trainer, point.epoch),
  });
  onEpoch?.(trainer, 0);
  const started = performance.now();
  const outcome = await trainer.run();
  if (outcome.status !== "finished")
    throw new Error(`training ${outcome.status}: ${outcome.failure?.message ?? ""}`);
  return {
    trainer,
    epochs: outcome.epochs,
    seconds: (performance.now() - started) / 1000,
    dataset,
  };
}

/** The same document with one node's type and params replaced — e.g. lstm → simpleRNN. */
export function withNodeType(
  document: GraphDocument,
  nodeId: string,
  type: string,
  params: Record<string, unknown>,
): GraphDocument {
  return {
    ...document,
    nodes: document.nodes.map((node) => (node.id === nodeId ? { ...node, type, params } : node)),
  };
}

/** Validation accuracy of the last epoch. */
export function lastValidationAccuracy(epochs: readonly EpochPoint[]): number {
  const accuracy = epochs.at(-1)?.valMetrics?.accuracy;
  if (accuracy === undefined) throw new Error("no validation accuracy");
  return accuracy;
}
