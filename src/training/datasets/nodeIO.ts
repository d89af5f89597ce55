/**
 * DatasetIO for Node (CLI, tests, benchmarks): reads the packed files from
 * disk, generating them on first use. Imports node: modules, so it is kept
 * out of index.ts — only Node entry points may import it, never the worker.
 */
import { readFile } from "node:fs/promises";
import type { DatasetIO } from "./io";
import { COMMITTED_DATASETS, ensureGeneratedDataset } from "./nodeAssets";

export function nodeDatasetIO(): DatasetIO {
  return {
    async readAsset(name) {
      const path = COMMITTED_DATASETS[name] ?? ensureGeneratedDataset(name);
      if (!path) throw new Error(`There is no dataset file named '${name}'.`);
      try {
        return new Uint8Array(await readFile(path));
      } catch (error) {
        throw new Error(`Cannot read the dataset file ${path}: ${(error as Error).message}`);
      }
    },
  };
}
