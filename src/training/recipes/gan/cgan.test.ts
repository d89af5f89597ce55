/**
 * The conditional GAN (Node, wasm): its samples follow the labels they are
 * asked for (issue 5), as judged by a classifier trained on the real,
 * labelled ring — not by the GAN's own discriminator. And on images, the
 * sample grid has one row per class.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../../compiler";
import { loadDataset } from "../../datasets/index";
import { NO_ASSETS } from "../../datasets/testing";
import type { LoadedDataset } from "../../datasets/types";
import { nodeBackends } from "../../node/backends";
import type { RecipeView } from "../../recipeViews";
import { digitLikeDataset } from "../../testFixtures";
import { buildGan, ganDocument, run } from "./testing";

type GanView = Extract<RecipeView, { kind: "gan" }>;

beforeAll(async () => {
  enableProductionMode();
  await nodeBackends().activate("wasm");
});

const RING = { id: "gaussianRing", options: {} };

/** A small MLP that tells the ring's modes apart, trained on the real labelled points. */
async function trainClassifier(dataset: LoadedDataset): Promise<tf.Sequential> {
  const classifier = tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [2],
        units: 32,
        activation: "relu",
        kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }),
      }),
      tf.layers.dense({
        units: 8,
        activation: "softmax",
        kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }),
      }),
    ],
  });
  classifier.compile({ optimizer: tf.train.adam(0.02), loss: "sparseCategoricalCrossentropy" });
  const { train } = dataset;
  const x = tf.tensor2d(train.features, [train.count, 2]);
  const y = tf.tensor1d(train.labels);
  await classifier.fit(x, y, { epochs: 30, batchSize: 128, shuffle: false, verbose: 0 });
  tf.dispose([x, y]);
  return classifier;
}

function agreement(classifier: tf.Sequential, points: Float32Array, labels: Int32Array): number {
  const predicted = tf.tidy(() =>
    (classifier.predict(tf.tensor2d(points, [labels.length, 2])) as tf.Tensor)
      .argMax(-1)
      .dataSync(),
  );
  let same = 0;
  for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) same++;
  return same / labels.length;
}

describe("conditional GAN", () => {
  it("makes samples of the class it is asked for, as a classifier trained on real data sees them", async () => {
    const started = performance.now();
    const ring = await loadDataset({ kind: "builtin", ...RING }, NO_ASSETS, 42);
    const test = await loadDataset(
      { kind: "builtin", ...RING, options: { size: 800 } },
      NO_ASSETS,
      7,
    );
    const classifier = await trainClassifier(ring);
    const realAgreement = agreement(
      classifier,
      test.train.features,
      Int32Array.from(test.train.labels),
    );
    const document = ganDocument({
      noise: 8,
      data: 2,
      generatorLayers: [64, 64],
      discriminatorLayers: [64, 64],
      classes: 8,
    });
    const cgan = buildGan(document, ring, {
      recipe: "cgan",
      dataset: RING,
      optimizer: { type: "adam", learningRate: 2e-3, beta1: 0.5 },
      batchSize: 128,
      seed: 42,
    });
    expect(cgan.classNames).toHaveLength(8);
    const before = cgan.view() as GanView;
    const agreementBefore = agreement(classifier, before.samples.values, before.sampleLabels!);
    cgan.open(2e-3);
    const results = run(cgan, 150);
    const view = cgan.view() as GanView;
    // Points cycle through the classes: about 62 samples asked for each of the 8.
    expect(view.sampleLabels).toHaveLength(view.samples.count);
    expect(Array.from(view.sampleLabels!.slice(0, 9))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0]);
    const agreementAfter = agreement(classifier, view.samples.values, view.sampleLabels!);
    console.info(
      `cGAN ring: classifier accuracy on real points ${(100 * realAgreement).toFixed(1)} %; ` +
        `samples of the asked class ${(100 * agreementBefore).toFixed(1)} % before, ` +
        `${(100 * agreementAfter).toFixed(1)} % after 150 iterations; modes ${view.modes!.covered}/8; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(realAgreement).toBeGreaterThan(0.98);
    expect(agreementBefore).toBeLessThan(0.4);
    expect(agreementAfter).toBeGreaterThanOrEqual(0.9);
    expect(results.every((r) => Number.isFinite(r.loss))).toBe(true);
    classifier.dispose();
    cgan.dispose();
  }, 120_000);

  it("draws an image grid with one row per class, and releases its tensors", () => {
    const digits = digitLikeDataset(200, 4, [28, 28, 1]);
    const document = ganDocument({
      noise: 8,
      data: 784,
      generatorLayers: [16],
      discriminatorLayers: [16],
      generatorOutput: "tanh",
      classes: 10,
    });
    const cgan = buildGan(document, digits, { recipe: "cgan", batchSize: 16, seed: 1 });
    cgan.open(1e-3);
    run(cgan, 1);
    const tensors = tf.memory().numTensors;
    const results = run(cgan, 3);
    const view = cgan.view() as GanView;
    expect(tf.memory().numTensors).toBe(tensors);
    expect(results.every((r) => Number.isFinite(r.loss))).toBe(true);
    // ⌊64 / 10⌋ = 6 samples per class, the classes in rows.
    expect(view.samples).toMatchObject({ count: 60, shape: [28, 28, 1] });
    expect(Array.from(view.sampleLabels!)).toEqual(
      Array.from({ length: 60 }, (_, i) => Math.floor(i / 6)),
    );
    expect(view.real).toBeUndefined();
    cgan.dispose();
  });
});
