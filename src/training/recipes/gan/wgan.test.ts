/**
 * The WGAN recipe (Node, wasm): with the gradient penalty its critic's
 * Wasserstein estimate rises while the critic learns to tell the ring from
 * the generator's blob, then falls as the generator moves onto the ring
 * (issue 5: "a WGAN's critic estimate falls"); weight clipping keeps every
 * critic weight within ±c. Both stay finite and release their tensors.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../../compiler";
import type { TrainingSetupInput } from "../../../graph/training/setup";
import { loadDataset } from "../../datasets/index";
import { NO_ASSETS } from "../../datasets/testing";
import { nodeBackends } from "../../node/backends";
import type { RecipeView } from "../../recipeViews";
import { buildGan, ganDocument, run } from "./testing";

type GanView = Extract<RecipeView, { kind: "gan" }>;

beforeAll(async () => {
  enableProductionMode();
  await nodeBackends().activate("wasm");
});

const RING = { id: "gaussianRing", options: {} };

const CRITIC_GAN = ganDocument({
  noise: 8,
  data: 2,
  generatorLayers: [64, 64],
  discriminatorLayers: [64, 64],
});

function wganSetup(wgan: TrainingSetupInput["wgan"], extra: TrainingSetupInput = {}) {
  return {
    recipe: "wgan",
    dataset: RING,
    // Gulrajani et al.'s Adam settings (β1 0.5 here, β2 0.9), at a rate that moves in a few hundred steps.
    optimizer: { type: "adam", learningRate: 1e-3, beta1: 0.5, beta2: 0.9 },
    batchSize: 64,
    seed: 42,
    wgan,
    ...extra,
  } as const satisfies TrainingSetupInput;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Mean distance of the view's generated points from the origin. */
function meanRadius(view: GanView): number {
  const { values, count } = view.samples;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += Math.hypot(values[2 * i]!, values[2 * i + 1]!);
  return sum / count;
}

describe("WGAN", () => {
  it("with the gradient penalty, the critic's Wasserstein estimate falls", async () => {
    const started = performance.now();
    const ring = await loadDataset({ kind: "builtin", ...RING }, NO_ASSETS, 42);
    const wgan = buildGan(CRITIC_GAN, ring, wganSetup({ criticSteps: 5 }));
    expect(wgan.series.map((s) => s.key)).toEqual([
      "generatorLoss",
      "wasserstein",
      "gradientPenalty",
    ]);
    const radiusBefore = meanRadius(wgan.view() as GanView);
    wgan.open(1e-3);
    const results = run(wgan, 250);
    const estimates = results.map((r) => r.metrics.wasserstein!);
    // The peak of the estimate averaged over 25 iterations, against its last 10 %.
    const smoothed = estimates.map((_, i) => mean(estimates.slice(Math.max(0, i - 24), i + 1)));
    const peak = Math.max(...smoothed);
    const final = mean(estimates.slice(-25));
    const penalties = results.map((r) => r.metrics.gradientPenalty!);
    const view = wgan.view() as GanView;
    const radiusAfter = meanRadius(view);
    console.info(
      `WGAN-GP: estimate peak ${peak.toFixed(3)} (iteration ${smoothed.indexOf(peak) + 1}), ` +
        `last 10 % ${final.toFixed(3)}; penalty last 10 % ${mean(penalties.slice(-25)).toFixed(3)}; ` +
        `samples' mean radius ${radiusBefore.toFixed(2)} before, ${radiusAfter.toFixed(2)} after; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(results.every((r) => Number.isFinite(r.loss))).toBe(true);
    expect(penalties.every((p) => Number.isFinite(p) && p >= 0)).toBe(true);
    expect(peak).toBeGreaterThan(0.5);
    expect(final).toBeLessThan(0.35 * peak);
    // The loss is the critic's: E[D(G(z))] − E[D(x)] + penalty = −estimate + penalty.
    const last = results.at(-1)!;
    expect(last.loss).toBeCloseTo(-last.metrics.wasserstein! + last.metrics.gradientPenalty!, 4);
    // The generator has moved from a blob near the origin onto the ring of radius 2.
    expect(radiusBefore).toBeLessThan(1);
    expect(Math.abs(radiusAfter - 2)).toBeLessThan(0.4);
    expect(view.recipe).toBe("wgan");
    // A critic's raw score, not a probability: the map is not confined to [0, 1].
    const plane = view.discriminator!.values;
    expect(Math.max(...plane) - Math.min(...plane)).toBeGreaterThan(0);
    wgan.dispose();
  }, 120_000);

  it("with weight clipping, keeps every critic weight within ±c and stays finite", async () => {
    const ring = await loadDataset({ kind: "builtin", ...RING, options: { size: 500 } }, NO_ASSETS);
    const wgan = buildGan(
      CRITIC_GAN,
      ring,
      wganSetup(
        { criticSteps: 3, constraint: "clip", clipValue: 0.02 },
        { optimizer: { type: "rmsprop", learningRate: 5e-4 } },
      ),
    );
    expect(wgan.series.map((s) => s.key)).toEqual(["generatorLoss", "wasserstein"]);
    wgan.open(5e-4);
    run(wgan, 2);
    const tensors = tf.memory().numTensors;
    const results = run(wgan, 10);
    expect(tf.memory().numTensors).toBe(tensors);
    for (const result of results) {
      expect(Number.isFinite(result.loss)).toBe(true);
      expect(Number.isFinite(result.metrics.generatorLoss!)).toBe(true);
      expect(result.metrics.gradientPenalty).toBeUndefined();
      // Without a penalty, the loss is the negated estimate.
      expect(result.loss).toBeCloseTo(-result.metrics.wasserstein!, 5);
    }
    let largest = 0;
    for (const id of ["d1", "d2", "verdict"])
      for (const weight of wgan.model.getLayer(id).getWeights())
        largest = Math.max(
          largest,
          tf.tidy(() => tf.max(tf.abs(weight)).dataSync()[0]!),
        );
    expect(largest).toBeLessThanOrEqual(0.02 + 1e-7);
    // The generator is not clipped: its weights keep their Glorot scale.
    const generatorKernel = wgan.model.getLayer("g1").getWeights()[0]!;
    expect(tf.tidy(() => tf.max(tf.abs(generatorKernel)).dataSync()[0]!)).toBeGreaterThan(0.1);
    wgan.dispose();
  });

  it("with the gradient penalty, releases every tensor across steps", async () => {
    const ring = await loadDataset({ kind: "builtin", ...RING, options: { size: 500 } }, NO_ASSETS);
    const wgan = buildGan(CRITIC_GAN, ring, wganSetup({ criticSteps: 2 }));
    wgan.open(1e-3);
    run(wgan, 2);
    const tensors = tf.memory().numTensors;
    const results = run(wgan, 5);
    wgan.view();
    expect(tf.memory().numTensors).toBe(tensors);
    expect(results.every((r) => Number.isFinite(r.metrics.gradientPenalty!))).toBe(true);
    wgan.dispose();
  });
});
