/**
 * The expected outcome of every curriculum preset of topics 1–9, proven as a
 * user would prove it: `neurograph train presets/X.json --json --check`
 * through the real executable — exit 0 and every lesson check met — plus the
 * comparisons the lessons state between sibling presets (the perceptron fails
 * where the MLP succeeds, full batch trails mini-batch and stochastic after
 * the same epochs, the ablated AlexNet falls behind, regularisation narrows
 * the generalisation gap).
 */
import { describe, expect, it } from "vitest";
import { presetDocument, provenOutcome } from "./outcomes";

/** Training samples per epoch: the dataset's size less the validation split (split.ts's arithmetic). */
function trainCount(size: number, validationSplit: number): number {
  return size - Math.floor(size * validationSplit);
}

describe("topics 1–2: the perceptron and the MLP", () => {
  it("the perceptron separates blobs, fails on XOR, and the MLP solves XOR", async () => {
    const blobs = await provenOutcome("perceptron-blobs");
    const xor = await provenOutcome("perceptron-xor");
    const mlp = await provenOutcome("xor-mlp");
    expect(blobs.bestValAccuracy! - xor.bestValAccuracy!).toBeGreaterThan(0.25);
    expect(mlp.bestValAccuracy! - xor.bestValAccuracy!).toBeGreaterThan(0.25);
    // The perceptron has no hidden layer: 2·2 weights + 2 biases.
    expect(xor.params).toBe(6);
  }, 300_000);
});

describe("topics 3–4: softmax with cross-entropy, regression with MSE", () => {
  it("the MNIST MLP learns the digits", async () => {
    await provenOutcome("mnist-mlp");
  }, 240_000);

  it("the regression MLP fits the curve close to the noise floor", async () => {
    const results = await provenOutcome("regression-mse");
    // The noise has standard deviation 0.1: no model can beat an MSE of about 0.01 on unseen samples.
    expect(results.bestValLoss).toBeGreaterThan(0.005);
  }, 240_000);
});

describe("topic 5: batch, stochastic and mini-batch gradient descent", () => {
  it("after the same epochs, full batch has taken fewest steps and has the highest loss", async () => {
    const full = await provenOutcome("gd-full-batch");
    const stochastic = await provenOutcome("gd-stochastic");
    const mini = await provenOutcome("gd-mini-batch");
    const { epochs, validationSplit, dataset } = presetDocument("gd-mini-batch").training as {
      epochs: number;
      validationSplit: number;
      dataset: { options: { size: number } };
    };
    const samples = trainCount(dataset.options.size, validationSplit);
    const steps = (batch: number) => epochs * Math.ceil(samples / batch);
    expect([steps(samples), steps(32), steps(1)]).toEqual([epochs, epochs * 8, epochs * 240]);
    expect(full.finalLoss! - mini.finalLoss!).toBeGreaterThan(0.2);
    expect(full.finalLoss! - stochastic.finalLoss!).toBeGreaterThan(0.2);
    expect(full.finalValLoss!).toBeGreaterThan(mini.finalValLoss!);
  }, 300_000);
});

describe("topics 6–7: LeNet and AlexNet", () => {
  it("LeNet-5 learns MNIST", async () => {
    await provenOutcome("lenet-5");
  }, 240_000);

  it("removing AlexNet's convolution layers makes accuracy fall", async () => {
    const full = await provenOutcome("alexnet-fashion");
    const ablated = await provenOutcome("alexnet-fashion-ablated");
    expect(full.bestValAccuracy! - ablated.bestValAccuracy!).toBeGreaterThan(0.12);
    expect(ablated.params!).toBeLessThan(full.params!);
  }, 300_000);
});

describe("topic 8: pooling", () => {
  it("max, average and stochastic pooling end close together; max has the lowest validation loss", async () => {
    const max = await provenOutcome("pooling-max");
    const average = await provenOutcome("pooling-average");
    const stochastic = await provenOutcome("pooling-stochastic");
    // Pooling has no weights: the three networks are the same size.
    expect(average.params).toBe(max.params);
    expect(stochastic.params).toBe(max.params);
    const accuracies = [max, average, stochastic].map((r) => r.bestValAccuracy!);
    expect(Math.max(...accuracies) - Math.min(...accuracies)).toBeLessThan(0.1);
    expect(max.finalValLoss!).toBeLessThan(average.finalValLoss!);
    expect(max.finalValLoss!).toBeLessThan(stochastic.finalValLoss!);
  }, 300_000);
});

describe("topic 9: regularisation on a small training set", () => {
  it("the unregularised MLP overfits; dropout narrows the gap most, L1 and L2 a little", async () => {
    const none = await provenOutcome("regularisation-none");
    const dropout = await provenOutcome("regularisation-dropout");
    const l1 = await provenOutcome("regularisation-l1");
    const l2 = await provenOutcome("regularisation-l2");
    expect(dropout.generalizationGap!).toBeLessThan(none.generalizationGap! - 0.05);
    expect(l1.generalizationGap!).toBeLessThan(none.generalizationGap!);
    expect(l2.generalizationGap!).toBeLessThan(none.generalizationGap!);
    expect(dropout.generalizationGap!).toBeLessThan(
      Math.min(l1.generalizationGap!, l2.generalizationGap!),
    );
  }, 400_000);

  it("batch normalisation fits the small training set as fast, but is a weak regulariser on its own", async () => {
    const batchNorm = await provenOutcome("regularisation-batchnorm");
    // As its outcome says: the gap stays about where the unregularised network's is (0.41).
    expect(batchNorm.generalizationGap!).toBeGreaterThan(0.3);
  }, 240_000);
});
