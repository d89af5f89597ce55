/**
 * The training loop against real tfjs (Node, cpu backend): determinism,
 * tensor hygiene, controls, NaN handling, every optimizer and loss, and
 * layer penalties. Models and datasets are tiny so the file runs in seconds.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { compileGraph, enableProductionMode } from "../../compiler";
import type { GraphDocument } from "../../graph";
import {
  LOSSES,
  type LossName,
  OPTIMIZERS,
  type TrainingSetupInput,
  trainingSetupSchema,
} from "../../graph/training/setup";
import { chainDocument } from "../../testing/documents";
import type { LoadedDataset } from "../datasets/types";
import type { EpochPoint } from "../protocol";
import { randomClassification, regressionDataset, xorDataset } from "../testFixtures";
import { Trainer, type TrainerEvent, type TrainerOptions } from "./trainer";

beforeAll(async () => {
  enableProductionMode();
  await tf.setBackend("cpu");
});

const XOR_MLP = chainDocument(
  [2],
  [
    ["dense", { units: 8, activation: "tanh" }],
    ["dense", { units: 2, activation: "softmax" }],
  ],
);

function setupOf(input: TrainingSetupInput) {
  return trainingSetupSchema.parse({ epochs: 3, batchSize: 16, ...input });
}

interface Harness {
  readonly trainer: Trainer;
  readonly events: TrainerEvent[];
}

function makeTrainer(
  document: GraphDocument,
  dataset: LoadedDataset,
  input: TrainingSetupInput,
  extra: Partial<TrainerOptions> = {},
): Harness {
  const setup = setupOf(input);
  const compiled = compileGraph(document, { seed: setup.seed });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  const events: TrainerEvent[] = [];
  const trainer = new Trainer({
    model: compiled.model,
    dataset,
    setup,
    onEvent: (event) => events.push(event),
    ...extra,
  });
  return { trainer, events };
}

async function train(document: GraphDocument, dataset: LoadedDataset, input: TrainingSetupInput) {
  const { trainer, events } = makeTrainer(document, dataset, input);
  const outcome = await trainer.run();
  trainer.dispose();
  return { outcome, events };
}

function batchLosses(events: readonly TrainerEvent[]): number[] {
  return events.flatMap((e) => (e.type === "progress" ? e.batches.map((b) => b.loss) : []));
}

describe("Trainer", () => {
  it("learns XOR", async () => {
    const { outcome } = await train(XOR_MLP, xorDataset(200), {
      optimizer: { type: "adam", learningRate: 0.05 },
      epochs: 40,
      batchSize: 32,
      validationSplit: 0.2,
    });
    expect(outcome.status).toBe("finished");
    const last = outcome.epochs.at(-1)!;
    expect(last.metrics.accuracy).toBeGreaterThan(0.9);
    expect(last.valMetrics?.accuracy).toBeGreaterThan(0.85);
  });

  it("gives identical loss curves for identical seeds, and another curve for another seed", async () => {
    // Dropout too: its masks must replay from the seed and differ between batches.
    const document = chainDocument(
      [2],
      [
        ["dense", { units: 8, activation: "relu" }],
        ["dropout", { rate: 0.3 }],
        ["dense", { units: 2, activation: "softmax" }],
      ],
    );
    const run = async (seed: number) =>
      batchLosses((await train(document, xorDataset(120), { seed, epochs: 3 })).events);
    const first = await run(7);
    const again = await run(7);
    const other = await run(8);
    expect(first.length).toBe(3 * Math.ceil(96 / 16));
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it("keeps tf.memory().numTensors flat across epochs and back to its baseline after stop", async () => {
    const baseline = tf.memory().numTensors;
    const counts: number[] = [];
    const { trainer } = makeTrainer(
      XOR_MLP,
      xorDataset(64),
      { epochs: 6, optimizer: { type: "adam" } },
      { onEpochEnd: () => void counts.push(tf.memory().numTensors) },
    );
    const weights = trainer.trainedModel.weights.length;
    const outcome = await trainer.run();
    expect(outcome.status).toBe("finished");
    // From the second epoch on (Adam's slots exist after the first step), nothing grows.
    expect(new Set(counts.slice(1)).size).toBe(1);
    expect(tf.memory().numTensors).toBe(baseline + weights);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it("returns to the baseline after Stop in the middle of a run, for every optimizer", async () => {
    for (const type of OPTIMIZERS) {
      const baseline = tf.memory().numTensors;
      const { trainer } = makeTrainer(XOR_MLP, xorDataset(64), {
        epochs: 50,
        batchSize: 4,
        optimizer: { type, momentum: type === "sgd" ? 0.9 : 0 },
      });
      const weights = trainer.trainedModel.weights.length;
      const running = trainer.run();
      setTimeout(() => trainer.stop(), 30);
      const outcome = await running;
      expect(outcome.status, type).toBe("stopped");
      expect(tf.memory().numTensors, type).toBe(baseline + weights);
      trainer.dispose();
      expect(tf.memory().numTensors, type).toBe(baseline);
    }
  });

  it("pauses, steps exactly one batch at a time, changes the learning rate while paused, resumes", async () => {
    const { trainer, events } = makeTrainer(
      XOR_MLP,
      xorDataset(64),
      { epochs: 2, batchSize: 16, validationSplit: 0 },
      { startPaused: true },
    );
    const running = trainer.run();
    const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
    await tick();
    expect(trainer.currentStatus).toBe("paused");
    expect(batchLosses(events)).toHaveLength(0);
    trainer.step();
    await tick();
    trainer.step();
    await tick();
    const steps = events.flatMap((e) => (e.type === "progress" ? e.batches : []));
    expect(steps.map((b) => b.step)).toEqual([1, 2]);
    expect(trainer.currentStatus).toBe("paused");
    trainer.setLearningRate(0.5);
    trainer.step();
    await tick();
    const third = events.flatMap((e) => (e.type === "progress" ? e.batches : [])).at(-1)!;
    expect(third).toMatchObject({ step: 3, learningRate: 0.5 });
    trainer.resume();
    const outcome = await running;
    expect(outcome.status).toBe("finished");
    expect(batchLosses(events)).toHaveLength(8);
    const statuses = events.flatMap((e) => (e.type === "status" ? [e.status] : []));
    expect(statuses[0]).toBe("paused");
    expect(statuses.at(-1)).toBe("finished");
    trainer.dispose();
  });

  it("Step while running pauses after the batch under way", async () => {
    const { trainer, events } = makeTrainer(XOR_MLP, xorDataset(64), { epochs: 200, batchSize: 4 });
    const running = trainer.run();
    await new Promise((resolve) => setTimeout(resolve, 30));
    trainer.step();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(trainer.currentStatus).toBe("paused");
    const seen = batchLosses(events).length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(batchLosses(events).length).toBe(seen);
    trainer.stop();
    expect((await running).status).toBe("stopped");
    trainer.dispose();
  });

  it("probes feature maps (16 channels at most), histograms and gradient norms only when asked", async () => {
    const document = chainDocument(
      [6, 6, 1],
      [
        ["conv2d", { filters: 20, kernelSize: [3, 3], activation: "relu" }],
        ["flatten", {}],
        ["dense", { units: 3, activation: "softmax" }],
      ],
    );
    const live = { activations: true, histograms: true, probeIndex: 2 };
    const baseline = tf.memory().numTensors;
    const { trainer, events } = makeTrainer(
      document,
      randomClassification([6, 6, 1], 3, 16),
      { epochs: 1 },
      { live },
    );
    await trainer.run();
    const probes = events.flatMap((e) => (e.type === "probe" ? [e] : []));
    expect(probes.length).toBeGreaterThan(0);
    const conv = probes[0]!.layers.find((l) => l.nodeId === "n1")!;
    expect(conv.shape).toEqual([4, 4, 20]);
    expect(conv.activationShape).toEqual([4, 4, 16]);
    expect(conv.activation).toHaveLength(4 * 4 * 16);
    expect(conv.meanAbsActivation).toBeGreaterThanOrEqual(0);
    expect(conv.weights?.counts.reduce((a, b) => a + b, 0)).toBe(3 * 3 * 20 + 20);
    expect(conv.gradientNorm).toBeGreaterThan(0);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(baseline);

    const quiet = makeTrainer(document, randomClassification([6, 6, 1], 3, 16), { epochs: 1 });
    await quiet.trainer.run();
    expect(quiet.events.some((e) => e.type === "probe")).toBe(false);
    quiet.trainer.dispose();
  });

  it("stops on a NaN loss with the likely cause, keeping the weights from before the bad step", async () => {
    const document = chainDocument(
      [1],
      [
        ["dense", { units: 16, activation: "relu" }],
        ["dense", { units: 1 }],
      ],
    );
    const { trainer, events } = makeTrainer(document, regressionDataset(), {
      optimizer: { type: "sgd", learningRate: 1e6 },
      loss: "meanSquaredError",
      task: "regression",
      epochs: 20,
    });
    const outcome = await trainer.run();
    expect(outcome.status).toBe("failed");
    expect(outcome.failure?.reason).toBe("nan");
    const failed = events.find((e) => e.type === "failed");
    expect(failed).toMatchObject({ reason: "nan" });
    if (failed?.type === "failed") {
      expect(failed.message.en).toMatch(/learning rate too high/);
      expect(failed.message.zh).toMatch(/学习率/);
    }
    const weights = trainer.trainedModel.getWeights().flatMap((w) => Array.from(w.dataSync()));
    expect(weights.every(Number.isFinite)).toBe(true);
    trainer.dispose();
  });

  it.each(OPTIMIZERS)("trains with %s", async (type) => {
    const { outcome } = await train(XOR_MLP, xorDataset(64), {
      optimizer: { type, learningRate: 0.05, momentum: type === "sgd" ? 0.5 : 0 },
      epochs: 2,
    });
    expect(outcome.status).toBe("finished");
    expect(outcome.epochs.every((e) => Number.isFinite(e.loss))).toBe(true);
  });

  const lossCases: [LossName, GraphDocument][] = LOSSES.map((loss) => {
    const single = loss === "binaryCrossentropy" || loss === "hinge";
    return [
      loss,
      chainDocument(
        [2],
        [
          ["dense", { units: 4, activation: "relu" }],
          [
            "dense",
            single
              ? { units: 1, activation: loss === "hinge" ? "tanh" : "sigmoid" }
              : { units: 2, activation: "softmax" },
          ],
        ],
      ),
    ];
  });

  it.each(lossCases)("trains with the %s loss", async (loss, document) => {
    const { outcome } = await train(document, xorDataset(64), { loss, epochs: 2 });
    expect(outcome.status).toBe("finished");
    const last = outcome.epochs.at(-1)!;
    expect(Number.isFinite(last.loss)).toBe(true);
    expect(last.metrics.accuracy).toBeGreaterThanOrEqual(0);
    expect(last.metrics.accuracy).toBeLessThanOrEqual(1);
  });

  it("trains regression with mean squared error and reports MAE", async () => {
    const document = chainDocument(
      [1],
      [
        ["dense", { units: 16, activation: "tanh" }],
        ["dense", { units: 1 }],
      ],
    );
    const { outcome } = await train(document, regressionDataset(), {
      loss: "meanSquaredError",
      task: "regression",
      metrics: ["accuracy", "meanAbsoluteError"],
      optimizer: { type: "adam", learningRate: 0.02 },
      epochs: 30,
    });
    const first = outcome.epochs[0]!;
    const last = outcome.epochs.at(-1)!;
    expect(Object.keys(last.metrics)).toEqual(["meanAbsoluteError"]);
    expect(last.loss).toBeLessThan(first.loss);
  });

  it("tags every step of a sequence with sparse categorical cross-entropy", async () => {
    const document = chainDocument(
      [5, 3],
      [
        ["lstm", { units: 4, returnSequences: true }],
        ["dense", { units: 3, activation: "softmax" }],
      ],
    );
    const { outcome } = await train(document, randomClassification([5, 3], 3, 24, 1, 5), {
      loss: "sparseCategoricalCrossentropy",
      epochs: 2,
      batchSize: 8,
    });
    expect(outcome.status).toBe("finished");
    expect(outcome.epochs.at(-1)!.metrics.accuracy).toBeGreaterThan(0);
  });

  it("counts an L2 kernel penalty in the loss", async () => {
    const withPenalty = (l2: number): GraphDocument =>
      chainDocument(
        [2],
        [
          ["dense", { units: 8, activation: "tanh", kernelRegularizer: l2 ? { l1: 0, l2 } : null }],
          ["dense", { units: 2, activation: "softmax" }],
        ],
      );
    const firstLoss = async (l2: number) =>
      batchLosses((await train(withPenalty(l2), xorDataset(64), { epochs: 1 })).events)[0]!;
    const plain = await firstLoss(0);
    const penalised = await firstLoss(0.5);
    expect(penalised).toBeGreaterThan(plain + 0.01);
  });

  it("full batch runs one batch per epoch; batch size 1 one per sample", async () => {
    const sizes = async (batchSize: number | "full") => {
      const { trainer } = makeTrainer(XOR_MLP, xorDataset(40), { batchSize, epochs: 1 });
      const info = trainer.info;
      trainer.dispose();
      return info;
    };
    expect(await sizes("full")).toMatchObject({
      batchSize: 32,
      batchesPerEpoch: 1,
      trainCount: 32,
      validationCount: 8,
    });
    expect(await sizes(1)).toMatchObject({ batchSize: 1, batchesPerEpoch: 32 });
  });

  it("refuses a dataset that does not fit the graph, with a message that says what to set", () => {
    expect(() => makeTrainer(XOR_MLP, randomClassification([3], 2), {})).toThrow(/\[2\].*\[3\]/);
    expect(() => makeTrainer(XOR_MLP, randomClassification([2], 5), {})).toThrow(/units to 5/);
  });

  it("batches progress to at most about ten messages a second", async () => {
    const { trainer, events } = makeTrainer(XOR_MLP, xorDataset(400), {
      epochs: 2,
      batchSize: 1,
      validationSplit: 0,
    });
    const start = performance.now();
    await trainer.run();
    const seconds = (performance.now() - start) / 1000;
    const messages = events.filter((e) => e.type === "progress").length;
    expect(batchLosses(events)).toHaveLength(800);
    expect(messages).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 3);
    trainer.dispose();
  });

  it("epoch points carry validation figures and the seconds they took", async () => {
    const { events } = await train(XOR_MLP, xorDataset(100), { epochs: 2 });
    const epochs = events.flatMap((e) => (e.type === "progress" ? e.epochs : [])) as EpochPoint[];
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    for (const e of epochs) {
      expect(e.valLoss).toBeGreaterThan(0);
      expect(e.valMetrics?.accuracy).toBeGreaterThanOrEqual(0);
      expect(e.seconds).toBeGreaterThan(0);
    }
  });
});
