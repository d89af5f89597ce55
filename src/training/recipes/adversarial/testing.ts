/**
 * Test helpers shared by the adversarial and autoencoder tests (not used by
 * the app): the wasm backend in Node, real MNIST digits, and a small MLP
 * classifier trained with a plain tf loop (optionally on perturbed batches).
 */
import * as tf from "@tensorflow/tfjs";
import { compileGraph, enableProductionMode } from "../../../compiler";
import type { GraphDocument } from "../../../graph";
import { loadDataset } from "../../datasets";
import { nodeDatasetIO } from "../../datasets/nodeIO";
import type { DatasetSplit, LoadedDataset } from "../../datasets/types";
import { epochOrder } from "../../engine/split";
import { nodeBackends } from "../../node/backends";

export async function useWasmBackend(): Promise<void> {
  enableProductionMode();
  if (!(await nodeBackends().activate("wasm"))) throw new Error("the wasm backend did not start");
}

/** The first `size` MNIST training digits (stratified) and the 2,000 test digits. */
export function loadMnist(size: number): Promise<LoadedDataset> {
  return loadDataset({ kind: "builtin", id: "mnist", options: { size } }, nodeDatasetIO());
}

/** 784 → 128 (ReLU) → `classes` (softmax), built by our compiler from a graph document. */
export function mnistMlp(classes: number, seed: number): tf.LayersModel {
  // Written out rather than taken from src/testing, which training code may not import.
  const document: GraphDocument = {
    format: "neurograph",
    version: 1,
    name: "MNIST MLP",
    nodes: [
      { id: "image", type: "input", params: { shape: [784] }, position: { x: 0, y: 0 } },
      {
        id: "hidden",
        type: "dense",
        params: { units: 128, activation: "relu" },
        position: { x: 0, y: 100 },
      },
      {
        id: "classes",
        type: "dense",
        params: { units: classes, activation: "softmax" },
        position: { x: 0, y: 200 },
      },
    ],
    edges: [
      { id: "e1", source: "image", target: "hidden" },
      { id: "e2", source: "hidden", target: "classes" },
    ],
    groups: [],
    training: {},
  };
  const compiled = compileGraph(document, { seed });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  return compiled.model;
}

/** The MNIST classifier under attack: 784 → 128 (ReLU) → 10 (softmax). */
export function mnistClassifier(seed: number): tf.LayersModel {
  return mnistMlp(10, seed);
}

/** A split's features as [count, 784] and labels as [count] (class indices, float32). */
export function splitTensors(
  split: DatasetSplit,
  count = split.count,
): { x: tf.Tensor; y: tf.Tensor } {
  const size = split.features.length / split.count;
  return {
    x: tf.tensor2d(split.features.subarray(0, count * size), [count, size]),
    y: tf.tensor1d(split.labels.subarray(0, count), "float32"),
  };
}

export interface ClassifierTraining {
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
  /** Replaces each batch's inputs before the gradient step (adversarial training); returns a new tensor. */
  readonly perturb?: (x: tf.Tensor, y: tf.Tensor, step: number) => tf.Tensor;
}

/** Sparse categorical cross-entropy on a softmax output, averaged over the batch. */
function crossEntropy(probabilities: tf.Tensor, labels: tf.Tensor): tf.Scalar {
  const oneHot = tf.oneHot(tf.cast(labels, "int32"), probabilities.shape[1]!);
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.log(tf.maximum(probabilities, 1e-7))), 1)));
}

export function trainClassifier(
  model: tf.LayersModel,
  split: DatasetSplit,
  options: ClassifierTraining,
): void {
  const { x: features, y: labels } = splitTensors(split);
  const optimizer = tf.train.adam(options.learningRate);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  let step = 0;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const order = epochOrder(split.count, options.seed, epoch);
    for (let start = 0; start < split.count; start += options.batchSize) {
      const indices = Int32Array.from(order.subarray(start, start + options.batchSize));
      tf.tidy(() => {
        const at = tf.tensor1d(indices, "int32");
        const y = tf.gather(labels, at);
        const clean = tf.gather(features, at);
        const x = options.perturb ? options.perturb(clean, y, step) : clean;
        optimizer.minimize(
          () => crossEntropy(model.apply(x, { training: true }) as tf.Tensor, y),
          false,
          variables,
        );
      });
      step++;
    }
  }
  optimizer.dispose();
  tf.dispose([features, labels]);
}

/** Share of `x` the model classifies as `y`. */
export function accuracyOf(model: tf.LayersModel, x: tf.Tensor, y: tf.Tensor): number {
  const hits = tf.tidy(() =>
    tf.mean(
      tf.cast(
        tf.equal(tf.argMax(model.predict(x) as tf.Tensor, 1), tf.cast(y, "int32")),
        "float32",
      ),
    ),
  );
  const value = hits.dataSync()[0]!;
  hits.dispose();
  return value;
}
