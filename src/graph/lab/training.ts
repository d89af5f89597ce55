/**
 * The lab's training section over a graph's own: what a student trains with
 * in the app and what `neurograph grade` re-trains with, so both runs see
 * the same dataset, epochs and seed.
 */
import type { GraphDocument } from "../document/schema";
import type { Lab } from "./schema";

type Json = Readonly<Record<string, unknown>>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Deep merge of plain objects (the lab's values win; arrays and scalars are
 * replaced). `dataset` is replaced whole: its options belong to its id, and
 * the graph's MNIST options must not leak into the lab's other dataset.
 */
export function mergeTraining(own: Json, lab: Json): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...own };
  for (const [key, value] of Object.entries(lab)) {
    const current = Object.hasOwn(merged, key) ? merged[key] : undefined;
    merged[key] =
      key !== "dataset" && isPlainObject(current) && isPlainObject(value)
        ? mergeTraining(current, value)
        : value;
  }
  return merged;
}

/** The graph with the lab's training section merged over its own. */
export function labDocument(lab: Lab, graph: GraphDocument): GraphDocument {
  return { ...graph, training: mergeTraining(graph.training, lab.training) };
}

/**
 * Whether a training-setup field (a dotted path such as "epochs" or
 * "optimizer.learningRate") may not be changed: locking "optimizer" locks
 * every field under it.
 */
export function isTrainingLocked(lab: Lab, path: string): boolean {
  return lab.locks.training.some((key) => path === key || path.startsWith(`${key}.`));
}

/** The value at a dotted path of a (resolved) training setup; undefined when absent. */
export function trainingValueAt(setup: unknown, path: string): unknown {
  let current: unknown = setup;
  for (const key of path.split(".")) {
    if (!isPlainObject(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}
