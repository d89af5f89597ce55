/**
 * The corpora (family "corpus") as LoadedDatasets: the King James Bible from
 * its committed asset, the planted corpus from the seed. Both go through the
 * same vocabulary building (vocabulary.ts) with the dataset's minimum count
 * and vocabulary cap.
 */
import { t } from "../../../graph/i18n";
import { readNumber } from "../../../graph/training/datasetOptions";
import type { DatasetShapes } from "../../../graph/training/datasetSpec";
import { datasetOption } from "../../../graph/training/datasets";
import { ASSET_FILES, gunzip } from "../assets";
import { DatasetError } from "../errors";
import type { DatasetIO } from "../io";
import { createRandom, deriveSeed } from "../random";
import type { LoadedDataset } from "../types";
import { CORPUS_BENCHMARKS } from "./benchmarks";
import { kjvSentences } from "./kjvText";
import { generatePlantedSentences, PLANTED_SUGGESTED_WORDS } from "./planted";
import { buildVocabulary, encodeCorpus, type Sentences } from "./vocabulary";

export const CORPUS_IDS: readonly string[] = ["kjv", "planted"];

/** Frequent content words of the Bible, watched by default. */
export const KJV_SUGGESTED_WORDS: readonly string[] = [
  "god",
  "king",
  "israel",
  "moses",
  "jerusalem",
  "egypt",
  "father",
  "water",
];

function option(id: string, name: string, options: Readonly<Record<string, unknown>>): number {
  return readNumber(options, datasetOption(id, name)!);
}

async function kjvText(io: DatasetIO): Promise<string> {
  try {
    return new TextDecoder().decode(await gunzip(await io.readAsset(ASSET_FILES.kjv)));
  } catch (error) {
    throw new DatasetError(
      t(
        `Could not load the King James Bible: ${(error as Error).message}`,
        `无法加载钦定版圣经：${(error as Error).message}`,
      ),
    );
  }
}

/** A corpus dataset by id (see CORPUS_IDS); `shapes` are the spec's for these options. */
export async function loadCorpus(
  id: string,
  options: Readonly<Record<string, unknown>>,
  shapes: DatasetShapes,
  io: DatasetIO,
  seed: number,
): Promise<LoadedDataset> {
  let sentences: Sentences;
  let suggested: readonly string[];
  if (id === "kjv") {
    sentences = kjvSentences(await kjvText(io));
    suggested = KJV_SUGGESTED_WORDS;
  } else if (id === "planted") {
    const random = createRandom(deriveSeed(seed, id));
    sentences = generatePlantedSentences(option(id, "size", options), random);
    suggested = PLANTED_SUGGESTED_WORDS;
  } else throw new DatasetError(t(`'${id}' is not a corpus.`, `'${id}' 不是语料。`));
  return corpusDataset(id, shapes, sentences, suggested, {
    minCount: option(id, "minCount", options),
    maxVocabulary: option(id, "maxVocabulary", options),
  });
}

/** Sentences as a corpus dataset. The train split holds the token ids as features (no labels: all 0). */
export function corpusDataset(
  id: string,
  shapes: DatasetShapes,
  sentences: Sentences,
  suggested: readonly string[],
  limits: { readonly minCount: number; readonly maxVocabulary: number },
): LoadedDataset {
  const vocabulary = buildVocabulary(sentences, limits);
  if (vocabulary.words.length < 2)
    throw new DatasetError(
      t(
        `Only ${vocabulary.words.length} word${vocabulary.words.length === 1 ? "" : "s"} of ${id} occur at least ${limits.minCount} times: lower the minimum count.`,
        `${id} 中出现至少 ${limits.minCount} 次的词只有 ${vocabulary.words.length} 个：请降低最小词频。`,
      ),
    );
  const encoded = encodeCorpus(sentences, vocabulary, suggested);
  const benchmark = CORPUS_BENCHMARKS[id];
  const corpus = benchmark === undefined ? encoded : { ...encoded, benchmark };
  const count = corpus.tokens.length;
  return {
    id,
    // The spec's shapes, as for every dataset: vocabularySize is an upper bound known before
    // loading (what the Embedding must cover); `vocabulary` holds the words there really are.
    shapes,
    train: { features: Float32Array.from(corpus.tokens), labels: new Float32Array(count), count },
    integerFeatures: true,
    vocabulary: vocabulary.words,
    corpus,
  };
}
