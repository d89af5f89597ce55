/**
 * Builds any dataset as plain typed arrays from its source: generated ones
 * from the seed, packed ones (MNIST, Fashion-MNIST) through a DatasetIO,
 * uploads from their text or bytes. Runs in the worker, in Node and, for
 * previews, on the main thread — it never touches tensors.
 *
 * Node-only code (nodeIO.ts) is deliberately not re-exported here, so the
 * worker bundle never pulls in node: modules.
 */

import { t } from "../../graph/i18n";
import { readNumber } from "../../graph/training/datasetOptions";
import { withDefaultOptions } from "../../graph/training/datasetSpec";
import { FILL_BLANK_VOCABULARY } from "../../graph/training/datasetSpecs/fillBlank";
import { DIGIT_NAMES } from "../../graph/training/datasetSpecs/sequence";
import { datasetOption, datasetSpec } from "../../graph/training/datasets";
import { ASSET_FILES, loadPackedImages } from "./assets";
import { loadCorpus } from "./corpus";
import { loadCsv } from "./csv";
import { DatasetError } from "./errors";
import { generateFillBlank } from "./fillBlank";
import { decodeImages } from "./imageFolder";
import type { DatasetIO } from "./io";
import { createRandom, deriveSeed, type Random } from "./random";
import { generateSentiment, SENTIMENT_VOCABULARY } from "./sentiment";
import {
  generateCountFrom,
  generateFirstSymbol,
  generateReverseDigits,
  generateSine,
} from "./sequence";
import { generateShapes } from "./shapes";
import { generateTagging, TAGGING_VOCABULARY } from "./tagging";
import { generateToy } from "./toy";
import type { DatasetSource, LoadedDataset } from "./types";

export { browserDatasetIO } from "./browserIO";
export { type CsvNormalization, type CsvResult, csvColumns, loadCsv } from "./csv";
export { DatasetError } from "./errors";
export { canDecodeImages, classifyFiles, decodeImages, readZip } from "./imageFolder";
export type { DatasetIO } from "./io";
export type { DatasetSource, DatasetSplit, LoadedDataset } from "./types";

type Generated = Pick<LoadedDataset, "train" | "test" | "integerFeatures" | "vocabulary">;

/** Datasets made from the seed alone (besides the 2-D toys). */
const GENERATED: Readonly<
  Record<string, (options: Readonly<Record<string, unknown>>, random: Random) => Generated>
> = {
  sine: (options, random) => ({ train: generateSine(options, random) }),
  firstSymbol: (options, random) => ({ train: generateFirstSymbol(options, random) }),
  reverseDigits: (options, random) => ({
    train: generateReverseDigits(options, random),
    integerFeatures: true,
    vocabulary: DIGIT_NAMES,
  }),
  countFrom: (options, random) => ({ train: generateCountFrom(options, random) }),
  sentiment: (options, random) => ({
    train: generateSentiment(options, random),
    integerFeatures: true,
    vocabulary: SENTIMENT_VOCABULARY,
  }),
  shapes: (options, random) => ({ train: generateShapes(options, random) }),
  tagging: (options, random) => ({
    train: generateTagging(options, random),
    integerFeatures: true,
    vocabulary: TAGGING_VOCABULARY,
  }),
  fillBlank: (options, random) => ({
    train: generateFillBlank(options, random),
    integerFeatures: true,
    vocabulary: FILL_BLANK_VOCABULARY,
  }),
};

/** The seed used when the caller gives none (the training setup's default seed). */
export const DEFAULT_DATASET_SEED = 42;

export async function loadDataset(
  source: DatasetSource,
  io: DatasetIO,
  seed = DEFAULT_DATASET_SEED,
): Promise<LoadedDataset> {
  switch (source.kind) {
    case "builtin":
      return loadBuiltin(source.id, source.options, io, seed);
    case "csv": {
      const result = loadCsv(source.text, source);
      if (!result.ok) throw new DatasetError(result.message);
      return result.dataset;
    }
    case "imageFolder": {
      const classNames = [...new Set(source.images.map((i) => i.className))].sort((a, b) =>
        a.localeCompare(b, "en", { numeric: true }),
      );
      const result = await decodeImages(source.images, classNames, source.size, source.grayscale);
      if (!result.ok) throw new DatasetError(result.message);
      return result.dataset;
    }
  }
}

async function loadBuiltin(
  id: string,
  rawOptions: Readonly<Record<string, unknown>>,
  io: DatasetIO,
  seed: number,
): Promise<LoadedDataset> {
  const spec = datasetSpec(id);
  if (!spec || spec.family === "upload")
    throw new DatasetError(
      t(`There is no built-in dataset '${id}'.`, `没有名为 '${id}' 的内置数据集。`),
    );
  const options = withDefaultOptions(spec, rawOptions);
  const shapes = spec.shapes(options)!;
  if (id === "mnist" || id === "fashionMnist") {
    const file = id === "mnist" ? ASSET_FILES.mnist : ASSET_FILES.fashionMnist;
    const size = readNumber(options, datasetOption(id, "size")!);
    try {
      return await loadPackedImages(io, id, file, shapes, size);
    } catch (error) {
      throw new DatasetError(
        t(
          `Could not load the ${spec.name.en} images: ${(error as Error).message}`,
          `无法加载${spec.name.zh}图像：${(error as Error).message}`,
        ),
      );
    }
  }
  if (spec.family === "corpus") return loadCorpus(id, options, shapes, io, seed);
  const random = createRandom(deriveSeed(seed, id));
  const toy = generateToy(id, options, random);
  if (toy) return { id, shapes, train: toy };
  const generate = GENERATED[id];
  if (generate) return { id, shapes, ...generate(options, random) };
  throw new DatasetError(t(`Dataset '${id}' is not available yet.`, `数据集 '${id}' 暂不可用。`));
}
