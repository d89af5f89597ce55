/**
 * word2vec learns (Node, wasm backend, real tfjs): on the planted corpus each
 * planted partner becomes its partner's nearest neighbour and the grid's
 * analogies come out right, for all four combinations of skip-gram / CBOW
 * and negative sampling / hierarchical softmax; on the King James Bible a
 * short run keeps the loss finite and falling. No tensor outlives a step.
 */
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../../compiler";
import type { TrainingSetupInput } from "../../../graph/training/setup";
import {
  PLANTED_ANALOGIES,
  PLANTED_PAIRS,
  PLANTED_SUGGESTED_WORDS,
} from "../../datasets/corpus/planted";
import type { LoadedDataset } from "../../datasets/types";
import { TrainingFailure } from "../../engine/errors";
import { nodeBackends } from "../../node/backends";
import type { RecipeAnswer, RecipeView } from "../../recipeViews";
import type { RecipeAlgorithm } from "../types";
import { loadCorpusForTest, word2vecAlgorithm } from "./testing";

let planted: LoadedDataset;

beforeAll(async () => {
  enableProductionMode();
  expect(await nodeBackends().activate("wasm")).toBe(true);
  planted = await loadCorpusForTest("planted", { size: 4000 });
});
afterAll(async () => {
  await tf.setBackend("cpu");
});

const DIMS = 20;

function setupFor(
  model: "skipGram" | "cbow",
  objective: "negativeSampling" | "hierarchicalSoftmax",
) {
  return {
    word2vec: { model, objective, window: 2 },
    optimizer: { type: "adam", learningRate: 0.01 },
    batchSize: 128,
    seed: 42,
  } satisfies TrainingSetupInput;
}

/** Trains whole epochs; returns each epoch's mean loss and the tensor counts after every step. */
function train(algorithm: RecipeAlgorithm, epochs: number, learningRate: number) {
  algorithm.open(learningRate);
  const losses: number[] = [];
  const tensors: number[] = [];
  let globalStep = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let sum = 0;
    for (let index = 0; index < algorithm.stepsPerEpoch; index++) {
      sum += algorithm.step({ epoch, index, globalStep: ++globalStep }).loss;
      tensors.push(tf.memory().numTensors);
    }
    losses.push(sum / algorithm.stepsPerEpoch);
  }
  return { losses, tensors };
}

function neighbours(algorithm: RecipeAlgorithm, word: string, count = 5): string[] {
  const answer = algorithm.query({ kind: "neighbours", word, count });
  if (answer.kind !== "neighbours") throw new Error("not a neighbours answer");
  return answer.neighbours.map((n) => n.word);
}

function analogyAnswer(algorithm: RecipeAlgorithm, a: string, b: string, c: string): string {
  const answer = algorithm.query({ kind: "analogy", a, b, c, count: 1 });
  if (answer.kind !== "analogy") throw new Error("not an analogy answer");
  return answer.results[0]!.word;
}

function partnerRanks(algorithm: RecipeAlgorithm): number[] {
  return PLANTED_PAIRS.flatMap(({ words: [a, b] }) => [
    neighbours(algorithm, a, 10).indexOf(b) + 1,
    neighbours(algorithm, b, 10).indexOf(a) + 1,
  ]);
}

function correctAnalogies(algorithm: RecipeAlgorithm): number {
  return PLANTED_ANALOGIES.filter(([a, b, c, d]) => analogyAnswer(algorithm, a, b, c) === d).length;
}

describe("word2vec on the planted corpus", () => {
  const combinations = [
    ["skipGram", "negativeSampling"],
    ["cbow", "hierarchicalSoftmax"],
    ["skipGram", "hierarchicalSoftmax"],
    ["cbow", "negativeSampling"],
  ] as const;

  for (const [model, objective] of combinations)
    it(`${model} + ${objective}: every partner is its partner's nearest neighbour; king − man + woman = queen`, () => {
      const started = performance.now();
      const baseline = tf.memory().numTensors;
      const algorithm = word2vecAlgorithm(planted, DIMS, setupFor(model, objective));
      const { losses, tensors } = train(algorithm, 4, 0.01);
      const ranks = partnerRanks(algorithm);
      const analogies = correctAnalogies(algorithm);
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${model}+${objective}: loss ${losses.map((l) => l.toFixed(3)).join(" → ")}, partner ranks ${ranks.join("")}, analogies ${analogies}/${PLANTED_ANALOGIES.length}, ${algorithm.stepsPerEpoch} steps/epoch, ${seconds.toFixed(1)} s`,
      );
      expect(ranks.every((rank) => rank === 1)).toBe(true);
      expect(analogyAnswer(algorithm, "king", "man", "woman")).toBe("queen");
      expect(analogies).toBeGreaterThanOrEqual(36);
      expect(losses.every(Number.isFinite)).toBe(true);
      expect(losses[3]!).toBeLessThan(losses[0]! * 0.8);
      // The optimizer's slots appear at the first step; after that no step leaves a tensor behind.
      expect(new Set(tensors.slice(1)).size).toBe(1);
      algorithm.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    }, 60_000);

  it("learns with plain SGD too (word2vec's optimizer), at batch size × 0.02 per pair", () => {
    const algorithm = word2vecAlgorithm(planted, DIMS, {
      ...setupFor("skipGram", "negativeSampling"),
      optimizer: { type: "sgd", learningRate: 2.5 },
    });
    const { losses } = train(algorithm, 5, 2.5);
    const ranks = partnerRanks(algorithm);
    console.log(
      `SGD skipGram+negativeSampling: loss ${losses.map((l) => l.toFixed(3)).join(" → ")}, partner ranks ${ranks.join("")}`,
    );
    expect(ranks.every((rank) => rank === 1)).toBe(true);
    algorithm.dispose();
  }, 60_000);
});

describe("word2vec's views and questions", () => {
  let algorithm: RecipeAlgorithm;
  beforeAll(() => {
    algorithm = word2vecAlgorithm(planted, DIMS, setupFor("cbow", "negativeSampling"));
    train(algorithm, 2, 0.01);
  }, 30_000);
  afterAll(() => algorithm.dispose());

  it("shows the vocabulary, a PCA of the most frequent words and the planted words' neighbours", () => {
    const tensors = tf.memory().numTensors;
    const view = algorithm.view() as Extract<RecipeView, { kind: "word2vec" }>;
    algorithm.query({ kind: "analogy", a: "king", b: "man", c: "woman", count: 3 });
    algorithm.query({ kind: "exportEmbeddings" });
    expect(tf.memory().numTensors).toBe(tensors);
    expect(view.kind).toBe("word2vec");
    expect(view.vocabularySize).toBe(93);
    expect(view.pairsPerEpoch).toBe(algorithm.trainCount);
    expect(view.projection.words).toEqual(planted.vocabulary!.slice(0, 93));
    expect(view.projection.points).toHaveLength(2 * 93);
    expect(view.projection.points.every(Number.isFinite)).toBe(true);
    expect(view.watched.map((w) => w.word)).toEqual([...PLANTED_SUGGESTED_WORDS]);
    expect(view.watched[0]!.neighbours).toHaveLength(8);
    expect(view.watched[0]!.neighbours[0]!.word).toBe("ship");
    // The planted corpus's benchmark: every one of the 24 partner words has its partner first.
    expect(view.benchmark).toEqual({
      metric: "partnersFirst",
      value: 1,
      found: 24,
      asked: 24,
      within: 1,
    });
  });

  it("watches the words it is asked to (trimmed, lower-cased)", () => {
    expect(algorithm.query({ kind: "watch", words: [" Queen", "apple"] })).toEqual({
      kind: "watched",
    });
    const view = algorithm.view() as Extract<RecipeView, { kind: "word2vec" }>;
    expect(view.watched.map((w) => w.word)).toEqual(["queen", "apple"]);
    expect(view.watched[1]!.neighbours[0]!.word).toBe("pear");
  });

  it("refuses words outside the vocabulary, naming them in both languages", () => {
    for (const question of [
      { kind: "neighbours", word: "unicorn", count: 3 },
      { kind: "analogy", a: "king", b: "unicorn", c: "woman", count: 3 },
      { kind: "watch", words: ["king", "unicorn"] },
    ] as const) {
      try {
        algorithm.query(question);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(TrainingFailure);
        expect((error as TrainingFailure).reason).toBe("invalid");
        expect((error as TrainingFailure).text.en).toContain("unicorn");
        expect((error as TrainingFailure).text.zh).toContain("unicorn");
      }
    }
    expect(() => algorithm.query({ kind: "decode", point: [0, 0] })).toThrow(TrainingFailure);
  });

  it("exports the Embedding's rows as TSV for the Embedding Projector", () => {
    const answer = algorithm.query({ kind: "exportEmbeddings" }) as Extract<
      RecipeAnswer,
      { kind: "embeddings" }
    >;
    const rows = answer.vectorsTsv.trimEnd().split("\n");
    const words = answer.metadataTsv.trimEnd().split("\n");
    expect(words).toEqual(planted.vocabulary);
    expect(rows).toHaveLength(93);
    // The trained vectors ARE the model's Embedding matrix (what checkpoints save).
    const matrix = algorithm.model.getLayer("vectors").getWeights()[0]!.arraySync() as number[][];
    rows.forEach((row, i) => {
      const values = row.split("\t").map(Number);
      expect(values).toHaveLength(DIMS);
      for (const [k, v] of values.entries()) expect(v).toBeCloseTo(matrix[i]![k]!, 4);
    });
  });
});

describe("word2vec with an Embedding smaller than the vocabulary", () => {
  it("trains only the inputDim most frequent words", () => {
    const algorithm = word2vecAlgorithm(planted, 8, setupFor("skipGram", "negativeSampling"), 40);
    train(algorithm, 1, 0.01);
    const view = algorithm.view() as Extract<RecipeView, { kind: "word2vec" }>;
    expect(view.vocabularySize).toBe(40);
    expect(view.projection.words).toEqual(planted.vocabulary!.slice(0, 40));
    const rare = planted.vocabulary![60]!;
    expect(() => algorithm.query({ kind: "neighbours", word: rare, count: 3 })).toThrow(rare);
    algorithm.dispose();
  }, 30_000);
});

describe("word2vec on the King James Bible", () => {
  it("loads, and a short run keeps the loss finite and falling", async () => {
    const kjv = await loadCorpusForTest("kjv");
    expect(kjv.vocabulary).toHaveLength(5000);
    const started = performance.now();
    const algorithm = word2vecAlgorithm(kjv, 32, {
      ...setupFor("skipGram", "negativeSampling"),
      batchSize: 256,
    });
    algorithm.open(0.01);
    const losses: number[] = [];
    for (let index = 0; index < 150; index++)
      losses.push(algorithm.step({ epoch: 1, index, globalStep: index + 1 }).loss);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const [first, last] = [mean(losses.slice(0, 20)), mean(losses.slice(-20))];
    const view = algorithm.view() as Extract<RecipeView, { kind: "word2vec" }>;
    console.log(
      `KJV: ${view.vocabularySize} words, ${view.pairsPerEpoch} pairs per epoch, ${algorithm.stepsPerEpoch} steps; loss ${first.toFixed(3)} → ${last.toFixed(3)} in 150 steps, ${((performance.now() - started) / 1000).toFixed(1)} s; god: ${view.watched[0]!.neighbours.map((n) => n.word).join(" ")}`,
    );
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(last).toBeLessThan(first * 0.9);
    expect(view.watched.map((w) => w.word)).toContain("god");
    expect(view.projection.words.slice(0, 3)).toEqual(["the", "and", "of"]);
    algorithm.dispose();
  }, 60_000);
});
