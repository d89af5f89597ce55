/**
 * A loaded dataset as plain typed arrays — no tensors, so it can be built in
 * the worker, in Node, or (for previews) on the main thread, and moved
 * between them with postMessage (transferable buffers).
 */

import type { DatasetShapes } from "../../graph/training/datasetSpec";
import type { CorpusBenchmark } from "./corpus/benchmarks";

export interface DatasetSplit {
  /** count × product(inputShape) features, row-major, float32. */
  readonly features: Float32Array;
  /**
   * Classification: count class indices (or count × steps for per-step tagging).
   * Regression: count × product(targetShape) targets.
   */
  readonly labels: Float32Array;
  readonly count: number;
}

export interface LoadedDataset {
  readonly id: string;
  readonly shapes: DatasetShapes;
  /** The samples training draws from (the validation split is taken from its end after a seeded shuffle). */
  readonly train: DatasetSplit;
  /** A held-out test split, when the dataset has one (MNIST, Fashion-MNIST). */
  readonly test?: DatasetSplit;
  /** Integer token datasets (text): the features are token ids to feed an Embedding (dtype int32 input). */
  readonly integerFeatures?: boolean;
  /** Text datasets: token id → word, for showing samples. */
  readonly vocabulary?: readonly string[];
  /** Corpora (family "corpus", for word2vec): the text as a stream of word ids; `vocabulary` names them. */
  readonly corpus?: CorpusData;
}

/** A corpus after its vocabulary is built: words rarer than the minimum count, or beyond the cap, are left out. */
export interface CorpusData {
  /** Word ids, sentence after sentence. Id 0 is the most frequent word (ids follow descending counts). */
  readonly tokens: Int32Array;
  /** Where each sentence starts in `tokens`, then tokens.length: sentences + 1 entries. */
  readonly sentenceStarts: Int32Array;
  /** How often each word of the vocabulary occurs in `tokens`, by id (descending). */
  readonly counts: Int32Array;
  /** Words worth watching by default (the planted partners; frequent content words of the Bible). */
  readonly suggestedWords: readonly string[];
  /** Word pairs with a known answer that judge the trained vectors (corpus/benchmarks.ts); none for a user's text. */
  readonly benchmark?: CorpusBenchmark;
}

/** Where the worker gets the bytes of a dataset that is not generated. */
export type DatasetSource =
  | {
      readonly kind: "builtin";
      readonly id: string;
      readonly options: Readonly<Record<string, unknown>>;
    }
  | {
      readonly kind: "csv";
      readonly name: string;
      readonly text: string;
      readonly labelColumn: string;
      readonly task: "classification" | "regression";
    }
  | {
      readonly kind: "imageFolder";
      readonly name: string;
      /** One entry per image: class (sub-folder) name and encoded bytes (PNG/JPEG), decoded in the worker. */
      readonly images: readonly { readonly className: string; readonly bytes: ArrayBuffer }[];
      readonly size: readonly [number, number];
      readonly grayscale: boolean;
    };
