/**
 * word2vec (Mikolov et al. 2013) as a recipe algorithm: skip-gram or CBOW,
 * with negative sampling or hierarchical softmax.
 *
 * - The input vectors ARE the graph's Embedding matrix (inputDim × d): the
 *   algorithm trains that tf.Variable in place, so checkpoints, exports and
 *   everything else that reads the model see the word vectors. The output
 *   vectors (V × d for negative sampling, V − 1 inner nodes × d for
 *   hierarchical softmax) are the algorithm's own and start at zero, as in
 *   word2vec.c; they are not part of the model and are dropped at close().
 * - Word ids follow descending counts, so when the Embedding has fewer rows
 *   than the corpus has words, the inputDim most frequent words are trained
 *   and the rest are left out like rare words.
 * - A step is one minibatch of batch-size examples (skip-gram: pairs; CBOW:
 *   context bags); an epoch is one pass over the subsampled corpus, its size
 *   measured on the first pass (examples.ts).
 * - The optimizer and learning rate are the setup's. The loss is the mean
 *   over the batch, so plain SGD wants a learning rate about batch-size
 *   times word2vec.c's 0.025 per pair; Adam at 0.01 works as it is.
 */
import * as tf from "@tensorflow/tfjs";
import { t } from "../../../graph/i18n";
import type { Word2vecOptions } from "../../../graph/training/recipes/options";
import type { Word2vecParts } from "../../../graph/training/recipes/parts";
import { resolveBatchSize } from "../../../graph/training/setup";
import { createRandom, deriveSeed, type Random } from "../../datasets/random";
import { TrainingFailure } from "../../engine/errors";
import {
  createOptimizer,
  disposeOptimizer,
  setOptimizerLearningRate,
} from "../../engine/optimizers";
import type {
  BenchmarkScore,
  RecipeAnswer,
  RecipeQuestion,
  RecipeSeries,
  RecipeView,
} from "../../recipeViews";
import type { RecipeAlgorithm, RecipeContext, RecipeFactory, RecipeStepResult } from "../types";
import { scoreBenchmark } from "./benchmark";
import { ExampleStream } from "./examples";
import { buildHuffmanTree, type HuffmanTree } from "./huffman";
import { binaryLoss, hiddenVectors } from "./objective";
import { pca2 } from "./pca";
import { keepProbabilities, unigramTable } from "./sampling";
import { analogy, neighboursOf, unitRows, type WordVectors } from "./similarity";
import { hierarchicalSoftmaxTargets, negativeSamplingTargets } from "./targets";
import { embeddingTsv } from "./tsv";

/** Words drawn in the 2-D projection: the most frequent ones. */
export const PROJECTED_WORDS = 100;
/** Neighbours shown for each watched word. */
export const WATCHED_NEIGHBOURS = 8;
const MAX_ANSWERS = 100;

export const createWord2vecAlgorithm: RecipeFactory = (context) => new Word2vecAlgorithm(context);

function invalid(en: string, zh: string): TrainingFailure {
  return new TrainingFailure("invalid", t(en, zh));
}

class Word2vecAlgorithm implements RecipeAlgorithm {
  readonly model: tf.LayersModel;
  readonly stepsPerEpoch: number;
  readonly trainCount: number;
  readonly validationCount = 0;
  readonly batchSize: number;
  readonly parameterCount: number;
  readonly series: readonly RecipeSeries[] = [];

  private readonly options: Word2vecOptions;
  private readonly input: tf.Variable;
  private readonly dims: number;
  /** Id → word for the words trained (the first vocabularySize of the corpus's). */
  private readonly words: readonly string[];
  private readonly ids: ReadonlyMap<string, number>;
  private readonly stream: ExampleStream;
  private readonly random: Random;
  private readonly table?: Int32Array;
  private readonly tree?: HuffmanTree;
  private readonly outputRows: number;
  private watched: readonly string[];
  private output?: tf.Variable;
  private optimizer?: tf.Optimizer;

  constructor(private readonly context: RecipeContext) {
    const { parts, dataset, setup, model } = context;
    this.model = model;
    this.options = setup.word2vec;
    if (parts.recipe !== "word2vec")
      throw invalid(
        "word2vec was given the parts of another recipe.",
        "word2vec 收到了其他训练方案的部件。",
      );
    const corpus = dataset.corpus;
    const vocabulary = dataset.vocabulary;
    if (!corpus || !vocabulary)
      throw invalid(
        `word2vec trains on a text corpus (King James Bible or the planted corpus), not on dataset '${dataset.id}'.`,
        `word2vec 需要文本语料（钦定版圣经或植入关系语料），不能使用数据集 '${dataset.id}'。`,
      );
    this.input = embeddingVariable(context, parts);
    const [inputDim, dims] = this.input.shape as [number, number];
    this.dims = dims;
    const vocabularySize = Math.min(vocabulary.length, inputDim);
    if (vocabularySize < 2)
      throw invalid(
        "word2vec needs at least two words: raise the Embedding's inputDim or lower the minimum count.",
        "word2vec 至少需要两个词：请增大嵌入层的 inputDim 或降低最小词频。",
      );
    this.words = vocabulary.slice(0, vocabularySize);
    this.ids = new Map(this.words.map((word, id) => [word, id]));
    const counts = corpus.counts.subarray(0, vocabularySize);
    this.random = createRandom(deriveSeed(setup.seed, "word2vec"));
    this.stream = new ExampleStream(
      {
        tokens: corpus.tokens,
        sentenceStarts: corpus.sentenceStarts,
        vocabularySize,
        keep: keepProbabilities(counts, this.options.subsample),
        window: this.options.window,
        model: this.options.model,
      },
      this.random,
    );
    if (this.stream.passSize === 0)
      throw invalid(
        "The corpus gives no training examples: its sentences are too short once rare words are dropped. Lower the minimum count.",
        "语料无法产生训练样本：去掉罕见词后句子太短。请降低最小词频。",
      );
    if (this.options.objective === "negativeSampling") {
      this.table = unigramTable(counts);
      this.outputRows = vocabularySize;
    } else {
      this.tree = buildHuffmanTree(counts);
      this.outputRows = vocabularySize - 1;
    }
    this.trainCount = this.stream.passSize;
    this.batchSize = resolveBatchSize(setup.batchSize, this.trainCount);
    this.stepsPerEpoch = Math.ceil(this.trainCount / this.batchSize);
    this.parameterCount = model.countParams() + this.outputRows * dims;
    this.watched = corpus.suggestedWords.filter((word) => this.ids.has(word));
  }

  open(learningRate: number): void {
    this.optimizer = createOptimizer({ ...this.context.setup.optimizer, learningRate });
    // tidy releases the zeros the variable was made from (variables themselves survive it).
    this.output = tf.tidy(() => tf.variable(tf.zeros([this.outputRows, this.dims]), true));
  }

  step(): RecipeStepResult {
    const { optimizer, output, input } = this;
    if (!optimizer || !output) throw new Error("word2vec: step() before open()");
    const { model, negatives } = this.options;
    const batch = this.stream.next(this.batchSize);
    const positives = model === "skipGram" ? batch.contexts : batch.centres;
    const targets = this.table
      ? negativeSamplingTargets(positives, negatives, this.table, this.random)
      : hierarchicalSoftmaxTargets(positives, this.tree!);
    const cost = tf.tidy(
      () =>
        optimizer.minimize(
          () =>
            binaryLoss(output, hiddenVectors(input, batch, model, this.stream.bagWidth), targets),
          true,
          [input, output],
        ) ?? tf.scalar(Number.NaN),
    );
    const loss = cost.dataSync()[0]!;
    cost.dispose();
    return { loss, metrics: {}, samples: batch.size };
  }

  setLearningRate(learningRate: number): void {
    if (this.optimizer) setOptimizerLearningRate(this.optimizer, learningRate);
  }

  view(): RecipeView {
    const vectors = this.vectors();
    const top = Math.min(PROJECTED_WORDS, this.words.length);
    return {
      kind: "word2vec",
      vocabularySize: this.words.length,
      pairsPerEpoch: this.trainCount,
      // Unit vectors: the picture then shows directions, which is what cosine neighbours compare.
      projection: {
        words: this.words.slice(0, top),
        points: pca2(vectors.unit.subarray(0, top * this.dims), top, this.dims),
      },
      watched: this.watched.map((word) => ({
        word,
        neighbours: neighboursOf(vectors, this.ids.get(word)!, WATCHED_NEIGHBOURS),
      })),
      ...this.benchmark(vectors),
    };
  }

  query(question: RecipeQuestion): RecipeAnswer {
    switch (question.kind) {
      case "neighbours": {
        const id = this.idOf(question.word);
        return {
          kind: "neighbours",
          word: this.words[id]!,
          neighbours: neighboursOf(this.vectors(), id, answers(question.count)),
        };
      }
      case "analogy": {
        const [a, b, c] = [this.idOf(question.a), this.idOf(question.b), this.idOf(question.c)];
        return {
          kind: "analogy",
          query: [this.words[a]!, this.words[b]!, this.words[c]!],
          results: analogy(this.vectors(), a, b, c, answers(question.count)),
        };
      }
      case "watch":
        this.watched = question.words.map((word) => this.words[this.idOf(word)]!);
        return { kind: "watched" };
      case "exportEmbeddings": {
        const values = this.input.dataSync().subarray(0, this.words.length * this.dims);
        return { kind: "embeddings", ...embeddingTsv(this.words, values, this.dims) };
      }
      default:
        throw invalid(
          `word2vec cannot answer a "${question.kind}" question.`,
          `word2vec 无法回答“${question.kind}”类的问题。`,
        );
    }
  }

  close(): void {
    if (this.optimizer) disposeOptimizer(this.optimizer);
    this.output?.dispose();
    this.optimizer = undefined;
    this.output = undefined;
  }

  dispose(): void {
    this.close();
    this.model.dispose();
  }

  private benchmark(vectors: WordVectors): { benchmark?: BenchmarkScore } {
    const benchmark = this.context.dataset.corpus?.benchmark;
    const score = benchmark && scoreBenchmark(vectors, this.ids, benchmark);
    return score ? { benchmark: score } : {};
  }

  /** The trained words' vectors, read from the Embedding and scaled to unit length. */
  private vectors(): WordVectors {
    const values = this.input.dataSync().subarray(0, this.words.length * this.dims);
    return {
      words: this.words,
      unit: unitRows(values, this.words.length, this.dims),
      dims: this.dims,
    };
  }

  /** A word's id (queries are trimmed and lower-cased, like the corpora); unknown words are the user's to fix. */
  private idOf(word: string): number {
    const id = this.ids.get(word.trim().toLowerCase());
    if (id !== undefined) return id;
    throw invalid(
      `"${word}" is not in the vocabulary (${this.words.length} words): it is rarer than the minimum count, beyond the maximum vocabulary or the Embedding's inputDim, or not in the corpus.`,
      `“${word}”不在词表中（共 ${this.words.length} 个词）：它比最小词频更罕见、超出了最大词表或嵌入层的 inputDim，或者不在语料中。`,
    );
  }
}

function answers(count: number): number {
  return Math.max(1, Math.min(MAX_ANSWERS, Math.floor(count) || 1));
}

/** The Embedding's matrix: the tf.Variable behind its one trainable weight. */
function embeddingVariable(context: RecipeContext, parts: Word2vecParts): tf.Variable {
  const name = context.layerNames.get(parts.embedding);
  let value: tf.Tensor | undefined;
  try {
    if (name !== undefined) value = context.model.getLayer(name).trainableWeights[0]?.read();
  } catch {
    // getLayer throws for a name the model does not have: reported below.
  }
  if (!(value instanceof tf.Variable) || value.shape.length !== 2)
    throw invalid(
      `Node '${parts.embedding}' is not an Embedding with a trainable matrix.`,
      `节点 '${parts.embedding}' 不是带可训练矩阵的嵌入层。`,
    );
  return value;
}
