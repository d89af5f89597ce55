/**
 * One training setup for every compared graph: the first graph's dataset
 * (with its options), seed, validation split, batch size, epochs and backend
 * are written into each graph's training section, so all of them see the
 * same split of the same data in the same order. Each graph keeps its own
 * loss, optimizer and recipe — those are part of what is being compared.
 */
import type { GraphDocument } from "../../graph";
import { readTrainingSetup, type TrainingSetup } from "../../graph/training/setup";

/** The fields taken from the first graph. */
export const SHARED_FIELDS = [
  "dataset",
  "seed",
  "validationSplit",
  "batchSize",
  "epochs",
  "backend",
] as const;

export type SharedTraining = Pick<TrainingSetup, (typeof SHARED_FIELDS)[number]>;

/** What the first graph trains with, with the comparison's epochs when it overrides them. */
export function sharedTraining(first: GraphDocument, epochs: number | null): SharedTraining {
  const { setup } = readTrainingSetup(first.training);
  return {
    dataset: setup.dataset,
    seed: setup.seed,
    validationSplit: setup.validationSplit,
    batchSize: setup.batchSize,
    epochs: epochs ?? setup.epochs,
    backend: setup.backend,
  };
}

/** The graph as it trains in the comparison: its own training section with the shared fields over it. */
export function withSharedTraining(document: GraphDocument, shared: SharedTraining): GraphDocument {
  return { ...document, training: { ...document.training, ...shared } };
}

/** The setup a compared graph trains with (the worker's "start" request carries it). */
export function comparedSetup(document: GraphDocument, shared: SharedTraining): TrainingSetup {
  return readTrainingSetup(withSharedTraining(document, shared).training).setup;
}
