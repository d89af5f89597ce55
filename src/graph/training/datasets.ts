/**
 * Every dataset Neurograph offers, as metadata (see datasetSpec.ts): the
 * training form lists them, diagnostics check a graph against them, and
 * src/training/datasets builds their data.
 */
import type { DatasetOptionSpec, DatasetSpec } from "./datasetSpec";
import { CORPUS_SPECS } from "./datasetSpecs/corpus";
import { IMAGE_SPECS } from "./datasetSpecs/image";
import { SEQUENCE_SPECS } from "./datasetSpecs/sequence";
import { TOY_SPECS } from "./datasetSpecs/toy";
import { UPLOAD_SPECS } from "./datasetSpecs/upload";

export const DATASET_SPECS: readonly DatasetSpec[] = [
  ...TOY_SPECS,
  ...SEQUENCE_SPECS,
  ...IMAGE_SPECS,
  ...UPLOAD_SPECS,
  ...CORPUS_SPECS,
];

const BY_ID = new Map(DATASET_SPECS.map((spec) => [spec.id, spec]));

/** The spec of a dataset id, or undefined when there is no such dataset. */
export function datasetSpec(id: string): DatasetSpec | undefined {
  return BY_ID.get(id);
}

/** A dataset's option by name (each dataset carries its own defaults, e.g. its noise). */
export function datasetOption(id: string, name: string): DatasetOptionSpec | undefined {
  return BY_ID.get(id)?.options.find((option) => option.name === name);
}
