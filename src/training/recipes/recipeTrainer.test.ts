/**
 * The recipe loop with a real recipe (a tiny autoencoder on tfjs's cpu
 * backend): it finishes, reports the recipe's series and views, pauses, steps
 * one iteration, stops, turns a NaN into a "nan" failure, and releases every
 * tensor it made.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../compiler";
import type { GraphDocument } from "../../graph";
import { type TrainingSetupInput, trainingSetupSchema } from "../../graph/training/setup";
import { randomClassification } from "../testFixtures";
import { buildRecipeAlgorithm } from "./buildRecipe";
import { RecipeTrainer, type RecipeTrainerEvent } from "./recipeTrainer";

beforeAll(async () => {
  enableProductionMode();
  await tf.setBackend("cpu");
});

const AUTOENCODER: GraphDocument = {
  format: "neurograph",
  version: 1,
  name: "Tiny autoencoder",
  nodes: [
    { id: "x", type: "input", params: { shape: [6] }, position: { x: 0, y: 0 }, group: "enc" },
    {
      id: "code",
      type: "dense",
      params: { units: 2, activation: "tanh" },
      position: { x: 0, y: 100 },
      group: "enc",
    },
    {
      id: "out",
      type: "dense",
      params: { units: 6, activation: "sigmoid" },
      position: { x: 0, y: 200 },
      group: "dec",
    },
  ],
  edges: [
    { id: "e1", source: "x", target: "code" },
    { id: "e2", source: "code", target: "out" },
  ],
  groups: [
    { id: "enc", label: "Encoder", role: "encoder" },
    { id: "dec", label: "Decoder", role: "decoder" },
  ],
  training: {},
};

const DATA = randomClassification([6], 3, 96, 7);

/** The same autoencoder with a linear output, which a huge learning rate can drive to ∞. */
const UNBOUNDED: GraphDocument = {
  ...AUTOENCODER,
  nodes: AUTOENCODER.nodes.map((n) =>
    n.id === "out" ? { ...n, params: { units: 6, activation: "linear" } } : n,
  ),
};

function harness(input: TrainingSetupInput = {}, startPaused = false, document = AUTOENCODER) {
  const setup = trainingSetupSchema.parse({
    recipe: "autoencoder",
    loss: "meanSquaredError",
    epochs: 3,
    batchSize: 16,
    validationSplit: 0.25,
    ...input,
  });
  const events: RecipeTrainerEvent[] = [];
  const trainer = new RecipeTrainer({
    algorithm: buildRecipeAlgorithm(document, setup, DATA),
    setup,
    startPaused,
    progressIntervalMs: 0,
    viewIntervalMs: 0,
    onEvent: (event) => events.push(event),
  });
  return { trainer, events };
}

const statuses = (events: readonly RecipeTrainerEvent[]) =>
  events.flatMap((e) => (e.type === "status" ? [e.status] : []));

describe("RecipeTrainer", () => {
  it("trains every epoch, reports the recipe's series and views, and leaks no tensor", async () => {
    const before = tf.memory().numTensors;
    const { trainer, events } = harness();
    expect(trainer.series.map((s) => s.key)).toEqual(["reconstruction"]);
    const outcome = await trainer.run();
    expect(outcome.status).toBe("finished");
    expect(outcome.epochs.map((e) => e.epoch)).toEqual([1, 2, 3]);
    expect(outcome.epochs[2]!.valLoss).toBeGreaterThan(0);
    const batches = events.flatMap((e) => (e.type === "progress" ? e.batches : []));
    expect(batches).toHaveLength(3 * trainer.info.batchesPerEpoch);
    expect(batches.every((b) => Number.isFinite(b.metrics.reconstruction))).toBe(true);
    const views = events.filter((e) => e.type === "recipeView");
    expect(views.length).toBeGreaterThan(2);
    expect(views.at(-1)!.type === "recipeView" && views.at(-1)!.view.kind).toBe("autoencoder");
    expect(statuses(events).at(-1)).toBe("finished");
    // The model stays for questions and checkpoints; dispose() releases it.
    expect(trainer.query({ kind: "decode", point: [0, 0] }).kind).toBe("decoded");
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("starts paused, Step runs exactly one iteration, Stop ends the run", async () => {
    const { trainer, events } = harness({}, true);
    const running = trainer.run();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(trainer.currentStatus).toBe("paused");
    trainer.step();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const batches = events.flatMap((e) => (e.type === "progress" ? e.batches : []));
    expect(batches.map((b) => b.step)).toEqual([1]);
    expect(trainer.currentStatus).toBe("paused");
    trainer.stop();
    const outcome = await running;
    expect(outcome.status).toBe("stopped");
    trainer.dispose();
  });

  it("ends with a 'nan' failure when the loss stops being a number", async () => {
    const { trainer, events } = harness(
      { optimizer: { type: "sgd", learningRate: 1e6 }, loss: "meanSquaredError", epochs: 50 },
      false,
      UNBOUNDED,
    );
    const outcome = await trainer.run();
    expect(outcome.status).toBe("failed");
    expect(outcome.failure?.reason).toBe("nan");
    expect(events.some((e) => e.type === "failed" && e.reason === "nan")).toBe(true);
    trainer.dispose();
  });
});
