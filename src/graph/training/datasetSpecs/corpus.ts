/**
 * Text corpora for word2vec: a stream of words rather than labelled samples.
 * A sample is one word id (inputShape [1], int32), fed to an Embedding whose
 * rows become the word vectors, so the dataset's vocabulary size is what the
 * Embedding's inputDim must cover (NG608).
 */
import { t } from "../../i18n";
import { numberOption, readNumber } from "../datasetOptions";
import type { DatasetShapes, DatasetSpec } from "../datasetSpec";

export const MIN_COUNT_OPTION = numberOption(
  "minCount",
  t("Minimum count (rarer words are dropped)", "最小词频（更少见的词被丢弃）"),
  { default: 5, min: 1, max: 1000, integer: true },
);

export const MAX_VOCABULARY_OPTION = numberOption(
  "maxVocabulary",
  t("Maximum vocabulary (most frequent words kept)", "最大词表（保留最常见的词）"),
  { default: 5000, min: 10, max: 20_000, integer: true },
);

export const PLANTED_SIZE_OPTION = numberOption("size", t("Sentences", "句子数"), {
  default: 4000,
  min: 100,
  max: 100_000,
  integer: true,
});

const PLANTED_MIN_COUNT_OPTION = { ...MIN_COUNT_OPTION, default: 1 };
const PLANTED_MAX_VOCABULARY_OPTION = { ...MAX_VOCABULARY_OPTION, default: 1000 };

/**
 * Distinct words of the planted corpus (src/training/datasets/corpus/planted.ts
 * asserts it in a test): its vocabulary can never be larger.
 */
export const PLANTED_WORD_COUNT = 93;

function corpusShapes(vocabularySize: number): DatasetShapes {
  return {
    inputShape: [1],
    // Predicting a context word among the vocabulary: a classification with a class per word.
    task: "classification",
    numClasses: vocabularySize,
    integerFeatures: true,
    vocabularySize,
  };
}

export const CORPUS_SPECS: readonly DatasetSpec[] = [
  {
    id: "kjv",
    family: "corpus",
    name: t("King James Bible (text corpus)", "钦定版圣经（文本语料）"),
    description: t(
      "The King James Version of the Bible (1611), 31,102 verses and about 790,000 words, lower-cased, one sentence per verse. For word2vec: words that occur in similar verses get nearby vectors (god, lord; egypt, pharaoh).",
      "钦定版圣经（1611 年），31,102 节经文，约 79 万词，已转为小写，每节一句。用于 word2vec：出现在相似经文中的词会得到相近的向量（god 与 lord；egypt 与 pharaoh）。",
    ),
    options: [MIN_COUNT_OPTION, MAX_VOCABULARY_OPTION],
    shapes: (options) => corpusShapes(readNumber(options, MAX_VOCABULARY_OPTION)),
    source: t(
      "Public domain. Text from Debian's bible-kjv-text package (Chip Chapin's Bible Retrieval System).",
      "公有领域。文本取自 Debian 的 bible-kjv-text 软件包（Chip Chapin 的 Bible Retrieval System）。",
    ),
  },
  {
    id: "planted",
    family: "corpus",
    name: t("Planted word relations (text corpus)", "植入词关系（文本语料）"),
    description: t(
      "Generated sentences with known answers: twelve pairs of partner words (boat and ship, river and stream…) share all their contexts, so each should become the other's nearest neighbour; and a grid of roles × gender (king, queen, man, woman, prince, princess…) built so that king − man + woman ≈ queen.",
      "生成的句子，答案已知：十二对搭档词（boat 与 ship、river 与 stream……）共享全部上下文，因此每个词的最近邻应是它的搭档；另有一个角色 × 性别的网格（king、queen、man、woman、prince、princess……），使 king − man + woman ≈ queen。",
    ),
    options: [PLANTED_SIZE_OPTION, PLANTED_MIN_COUNT_OPTION, PLANTED_MAX_VOCABULARY_OPTION],
    // At most the planted words (fewer only when minCount or the cap drops some): an upper bound.
    shapes: (options) =>
      corpusShapes(
        Math.min(PLANTED_WORD_COUNT, readNumber(options, PLANTED_MAX_VOCABULARY_OPTION)),
      ),
  },
];
