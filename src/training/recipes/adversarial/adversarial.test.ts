/**
 * FGSM, PGD and adversarial training against a real MNIST MLP (Node, wasm):
 * the "FGSM at ε = 0.1 drops an MNIST classifier's accuracy below
 * 30 %, and adversarial training raises it". 4,000 training digits, 3 epochs
 * (the clean model reaches ~90 % on the 2,000 test digits); attacks are
 * measured on 1,000 test digits.
 */
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adversarialOptionsSchema } from "../../../graph/training/recipes/options";
import type { LoadedDataset } from "../../datasets/types";
import { attackSample, robustness } from "./answers";
import { classificationLoss, fgsm, inputGradient, outputIsProbability } from "./attacks";
import { PIXEL_RANGE } from "./range";
import {
  accuracyOf,
  loadMnist,
  mnistClassifier,
  splitTensors,
  trainClassifier,
  useWasmBackend,
} from "./testing";
import { adversarialBatch } from "./training";

const TRAINING = { epochs: 3, batchSize: 32, learningRate: 0.002, seed: 7 } as const;
const EVALUATED = 1000;
const CONTEXT = {
  inputShape: [784],
  sampleShape: [28, 28, 1],
  classNames: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
  range: PIXEL_RANGE,
  seed: 11,
};

let mnist: LoadedDataset;
let clean: tf.LayersModel;

beforeAll(async () => {
  await useWasmBackend();
  mnist = await loadMnist(4000);
  clean = mnistClassifier(1);
  trainClassifier(clean, mnist.train, TRAINING);
}, 60_000);

afterAll(() => clean?.dispose());

describe("attacks on an MNIST MLP", () => {
  it("FGSM at ε = 0.1 drops the accuracy below 30 %, and PGD is at least as strong", () => {
    const test = mnist.test!;
    const { x, y } = splitTensors(test);
    const cleanAccuracy = accuracyOf(clean, x, y);
    tf.dispose([x, y]);
    expect(cleanAccuracy).toBeGreaterThan(0.88);

    const before = tf.memory().numTensors;
    const question = { steps: 10, stepSize: 0.025, epsilons: [0, 0.05, 0.1], count: EVALUATED };
    const fgsmAnswer = robustness(
      clean,
      test,
      { kind: "robustness", attack: "fgsm", ...question },
      CONTEXT,
    );
    const pgdAnswer = robustness(
      clean,
      test,
      { kind: "robustness", attack: "pgd", ...question },
      CONTEXT,
    );
    expect(tf.memory().numTensors).toBe(before);
    console.info(
      `clean test accuracy ${cleanAccuracy.toFixed(3)}; on ${EVALUATED} test digits, ε = 0 / 0.05 / 0.1:`,
      `FGSM ${fgsmAnswer.accuracy.map((a) => a.toFixed(3)).join(" / ")},`,
      `PGD ${pgdAnswer.accuracy.map((a) => a.toFixed(3)).join(" / ")}`,
    );
    // ε = 0 is the clean accuracy on these samples, and nothing succeeds.
    expect(fgsmAnswer.accuracy[0]).toBeGreaterThan(0.88);
    expect(fgsmAnswer.success[0]).toBe(0);
    expect(fgsmAnswer.accuracy[2]).toBeLessThan(0.3);
    expect(pgdAnswer.accuracy[2]).toBeLessThanOrEqual(fgsmAnswer.accuracy[2]!);
    // Stronger ε, stronger attack; success counts the flips of right answers.
    expect(fgsmAnswer.accuracy[2]).toBeLessThan(fgsmAnswer.accuracy[1]!);
    expect(fgsmAnswer.success[2]).toBeCloseTo(fgsmAnswer.accuracy[0]! - fgsmAnswer.accuracy[2]!, 1);
  }, 120_000);

  it("shows one attacked digit: a perturbation within ε, pixels in [0, 1], the prediction flipped", () => {
    const before = tf.memory().numTensors;
    const answer = attackSample(
      clean,
      mnist.test!,
      { kind: "attack", attack: "pgd", index: 3, epsilon: 0.1, steps: 10, stepSize: 0.025 },
      CONTEXT,
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(answer.original.shape).toEqual([28, 28, 1]);
    expect(answer.adversarial.values).toHaveLength(784);
    expect(answer.label).toBe(mnist.test!.labels[3]);
    let largest = 0;
    for (let i = 0; i < 784; i++) {
      const adversarial = answer.adversarial.values[i]!;
      expect(adversarial).toBeGreaterThanOrEqual(0);
      expect(adversarial).toBeLessThanOrEqual(1);
      expect(answer.perturbation.values[i]).toBeCloseTo(
        adversarial - answer.original.values[i]!,
        6,
      );
      largest = Math.max(largest, Math.abs(answer.perturbation.values[i]!));
    }
    expect(largest).toBeLessThanOrEqual(0.1 + 1e-6);
    expect(largest).toBeGreaterThan(0.09);
    expect(answer.before.label).toBe(answer.label);
    expect(answer.after.label).not.toBe(answer.label);
    // The same question gets the same answer (PGD's random start is seeded).
    const again = attackSample(
      clean,
      mnist.test!,
      { kind: "attack", attack: "pgd", index: 3, epsilon: 0.1, steps: 10, stepSize: 0.025 },
      CONTEXT,
    );
    expect(again.adversarial.values).toEqual(answer.adversarial.values);
    expect(() =>
      attackSample(
        clean,
        mnist.test!,
        { ...again, kind: "attack", index: 99_999, steps: 1, stepSize: 0.1 },
        CONTEXT,
      ),
    ).toThrow(/no sample/);
  });

  it("adversarialBatch attacks the first share of a batch and leaves the rest", () => {
    const { x, y } = splitTensors(mnist.test!, 64);
    const options = adversarialOptionsSchema.parse({ attack: "fgsm", epsilon: 0.1, mix: 0.25 });
    const before = tf.memory().numTensors;
    const mixed = adversarialBatch(clean, x, y, options, PIXEL_RANGE, 5);
    const unchanged = adversarialBatch(clean, x, y, { ...options, mix: 0 });
    expect(tf.memory().numTensors).toBe(before + 2);
    // Copied before the tidy ends: on wasm, dataSync can view memory the disposal frees.
    const difference = tf.tidy(() => Array.from(tf.max(tf.abs(tf.sub(mixed, x)), 1).dataSync()));
    for (let i = 0; i < 64; i++)
      if (i < 16) expect(difference[i]).toBeCloseTo(0.1, 5);
      else expect(difference[i]).toBe(0);
    expect(Array.from(unchanged.dataSync())).toEqual(Array.from(x.dataSync()));
    tf.dispose([x, y, mixed, unchanged]);
  });

  it("attacks a logit output as it would the same network with a softmax", () => {
    const logits = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [6], units: 3, kernelInitializer: "glorotNormal" })],
    });
    const softmax = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [6], units: 3, activation: "softmax" })],
    });
    softmax.setWeights(logits.getWeights());
    expect(outputIsProbability(logits)).toBe(false);
    expect(outputIsProbability(softmax)).toBe(true);
    const x = tf.randomUniform([5, 6], 0, 1, "float32", 3);
    const y = tf.tensor1d([0, 1, 2, 1, 0]);
    const [a, b] = [classificationLoss(logits, x, y), classificationLoss(softmax, x, y)];
    expect(a.dataSync()[0]).toBeCloseTo(b.dataSync()[0]!, 4);
    const [ga, gb] = [inputGradient(logits, x, y), inputGradient(softmax, x, y)];
    const close = tf.tidy(() => tf.max(tf.abs(tf.sub(ga, gb))).dataSync()[0]!);
    expect(close).toBeLessThan(1e-4);
    const adversarial = fgsm(logits, x, y, 0.2);
    const moved = tf.tidy(() => tf.max(tf.abs(tf.sub(adversarial, x))).dataSync()[0]!);
    expect(moved).toBeLessThanOrEqual(0.2 + 1e-6);
    tf.dispose([x, y, a, b, ga, gb, adversarial]);
    logits.dispose();
    softmax.dispose();
  });
});

describe("adversarial training", () => {
  it("raises the accuracy under FGSM at ε = 0.1 well above the clean-trained model's", () => {
    const options = adversarialOptionsSchema.parse({ attack: "fgsm", epsilon: 0.1, mix: 0.5 });
    const robust = mnistClassifier(1);
    const before = tf.memory().numTensors;
    trainClassifier(robust, mnist.train, {
      ...TRAINING,
      perturb: (x, y, step) => adversarialBatch(robust, x, y, options, PIXEL_RANGE, step),
    });
    expect(tf.memory().numTensors).toBe(before);
    const question = {
      kind: "robustness",
      attack: "fgsm",
      epsilons: [0, 0.1],
      count: EVALUATED,
      steps: 1,
      stepSize: 0.1,
    } as const;
    const cleanModel = robustness(clean, mnist.test!, question, CONTEXT);
    const robustModel = robustness(robust, mnist.test!, question, CONTEXT);
    const pgdRobust = robustness(
      robust,
      mnist.test!,
      { ...question, attack: "pgd", steps: 10, stepSize: 0.025 },
      CONTEXT,
    );
    console.info(
      `FGSM ε = 0.1 on ${EVALUATED} test digits: clean-trained ${cleanModel.accuracy[1]!.toFixed(3)}`,
      `(clean ${cleanModel.accuracy[0]!.toFixed(3)}), adversarially trained ${robustModel.accuracy[1]!.toFixed(3)}`,
      `(clean ${robustModel.accuracy[0]!.toFixed(3)}; PGD ε = 0.1: ${pgdRobust.accuracy[1]!.toFixed(3)})`,
    );
    expect(robustModel.accuracy[1]).toBeGreaterThan(cleanModel.accuracy[1]! + 0.25);
    expect(robustModel.accuracy[0]).toBeGreaterThan(0.85);
    robust.dispose();
  }, 120_000);
});
