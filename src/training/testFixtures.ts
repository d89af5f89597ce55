/** Small datasets built in memory for the engine's tests and benchmarks (no loader, no files). */
import type { DatasetShapes } from "../graph/training/datasetSpec";
import { createRandom } from "./datasets/random";
import type { LoadedDataset } from "./datasets/types";

/** XOR: points in [-1, 1]², class 1 when the coordinates have opposite signs. */
export function xorDataset(count = 200, seed = 1): LoadedDataset {
  const random = createRandom(seed);
  const features = new Float32Array(count * 2);
  const labels = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const x = random.uniform(-1, 1);
    const y = random.uniform(-1, 1);
    features[2 * i] = x;
    features[2 * i + 1] = y;
    labels[i] = x * y < 0 ? 1 : 0;
  }
  const shapes: DatasetShapes = {
    inputShape: [2],
    task: "classification",
    numClasses: 2,
    classNames: ["same", "opposite"],
  };
  return { id: "xor", shapes, train: { features, labels, count } };
}

/** y = sin(3x) + noise on x ∈ [-1, 1]. */
export function regressionDataset(count = 100, seed = 2): LoadedDataset {
  const random = createRandom(seed);
  const features = new Float32Array(count);
  const labels = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    features[i] = random.uniform(-1, 1);
    labels[i] = Math.sin(3 * features[i]!) + 0.05 * random.normal();
  }
  return {
    id: "regression",
    shapes: { inputShape: [1], task: "regression", targetShape: [1] },
    train: { features, labels, count },
  };
}

/** Random samples of any shape with `classes` classes (for shape and plumbing tests, not learning). */
export function randomClassification(
  inputShape: readonly number[],
  classes: number,
  count = 32,
  seed = 3,
  steps?: number,
): LoadedDataset {
  const random = createRandom(seed);
  const size = inputShape.reduce((n, d) => n * d, 1);
  const features = Float32Array.from({ length: count * size }, () => random.uniform(0, 1));
  const labels = Float32Array.from({ length: count * (steps ?? 1) }, () => random.int(classes));
  return {
    id: "random",
    shapes: {
      inputShape: [...inputShape],
      task: "classification",
      numClasses: classes,
      ...(steps ? { perStep: true } : {}),
    },
    train: { features, labels, count },
  };
}

/** MNIST-like: random 28×28 "images" whose class is written in a few bright pixels, so an MLP can learn it. */
export function digitLikeDataset(
  count = 512,
  seed = 4,
  imageShape: readonly number[] = [784],
): LoadedDataset {
  const random = createRandom(seed);
  const size = imageShape.reduce((n, d) => n * d, 1);
  const features = new Float32Array(count * size);
  const labels = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const label = random.int(10);
    labels[i] = label;
    for (let k = 0; k < size; k++) features[i * size + k] = 0.2 * random.next();
    for (let k = 0; k < 20; k++) features[i * size + ((label * 61 + k * 13) % size)] = 1;
  }
  return {
    id: "digits",
    shapes: { inputShape: [...imageShape], task: "classification", numClasses: 10 },
    train: { features, labels, count },
  };
}
