/**
 * Questions asked of a trained (or training) model: predictions on raw
 * features, the confusion matrix of a split, the decision boundary of a 2-D
 * dataset. Each works in chunks and leaves no tensor behind.
 */
import * as tf from "@tensorflow/tfjs";
import { t } from "../../graph/i18n";
import type { DatasetShapes } from "../../graph/training/datasetSpec";
import type { LossName } from "../../graph/training/setup";
import type { DatasetSplit } from "../datasets/types";
import type { WorkerReply } from "../protocol";
import { TrainingFailure } from "./errors";
import { EVALUATION_CHUNK } from "./validation";

type Reply<K extends WorkerReply["type"]> = Omit<
  Extract<WorkerReply, { type: K }>,
  "type" | "requestId"
>;
export type Evaluation = Reply<"evaluation">;
export type Prediction = Reply<"prediction">;
export type Boundary = Reply<"boundary">;

export interface ModelInput {
  readonly model: tf.LayersModel;
  /** One sample's input shape, without the batch dimension. */
  readonly inputShape: readonly number[];
  readonly inputDtype: "float32" | "int32";
}

const MAX_CELL_EXAMPLES = 9;
const MAX_MISCLASSIFIED = 100;

function product(shape: readonly number[]): number {
  return shape.reduce((n, d) => n * d, 1);
}

/** The model's first output for `count` samples, computed in chunks. */
export function predictFeatures(
  input: ModelInput,
  features: Float32Array,
  count: number,
): Prediction {
  const size = product(input.inputShape);
  if (features.length !== count * size)
    throw new TrainingFailure(
      "invalid",
      t(
        `Expected ${count} × ${size} feature values, got ${features.length}.`,
        `应有 ${count} × ${size} 个特征值，实际为 ${features.length} 个。`,
      ),
    );
  const chunks: Float32Array[] = [];
  let outputShape: number[] = [];
  for (let start = 0; start < count; start += EVALUATION_CHUNK) {
    const n = Math.min(EVALUATION_CHUNK, count - start);
    const out = tf.tidy(() => {
      const x = tf.tensor(features.subarray(start * size, (start + n) * size), [
        n,
        ...input.inputShape,
      ]);
      const output = input.model.predict(input.inputDtype === "int32" ? tf.cast(x, "int32") : x);
      return Array.isArray(output) ? output[0]! : output;
    });
    outputShape = out.shape.slice(1);
    chunks.push(out.dataSync() as Float32Array);
    out.dispose();
  }
  const outputs = new Float32Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    outputs.set(c, offset);
    offset += c.length;
  }
  return { outputs, outputShape };
}

/** Class and confidence of each prediction (each step's, for tagging). */
export function decide(
  outputs: Float32Array,
  units: number,
  loss: LossName,
): { readonly classes: Int32Array; readonly confidence: Float32Array } {
  const n = units > 1 ? outputs.length / units : outputs.length;
  const classes = new Int32Array(n);
  const confidence = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (units > 1) {
      let best = 0;
      for (let k = 1; k < units; k++)
        if (outputs[i * units + k]! > outputs[i * units + best]!) best = k;
      classes[i] = best;
      confidence[i] = outputs[i * units + best]!;
    } else {
      const p = outputs[i]!;
      const positive = loss === "hinge" ? p > 0 : p > 0.5;
      classes[i] = positive ? 1 : 0;
      confidence[i] = loss === "hinge" ? Math.min(1, Math.abs(p)) : positive ? p : 1 - p;
    }
  }
  return { classes, confidence };
}

export function evaluateSplit(
  input: ModelInput,
  split: DatasetSplit,
  shapes: DatasetShapes,
  loss: LossName,
): Evaluation {
  // Images keep their picture shape even when the model reads them flat ([784]).
  const isImage = shapes.inputShape.length === 3;
  const sampleShape = isImage ? [...shapes.inputShape] : [...input.inputShape];
  if (shapes.task !== "classification")
    return {
      classNames: [],
      confusion: [],
      perClassAccuracy: [],
      cellExamples: [],
      misclassified: [],
      sampleShape,
    };
  const { outputs, outputShape } = predictFeatures(input, split.features, split.count);
  const units = outputShape[outputShape.length - 1] ?? 1;
  const classCount = Math.max(shapes.numClasses ?? units, units > 1 ? units : 2);
  const classNames = Array.from(
    { length: classCount },
    (_, k) => shapes.classNames?.[k] ?? String(k),
  );
  const { classes, confidence } = decide(outputs, units, loss);
  const perSample = Math.max(1, classes.length / Math.max(1, split.count));
  const confusion = classNames.map(() => new Array<number>(classCount).fill(0));
  const cellExamples = classNames.map(() => classNames.map((): number[] => []));
  const wrong: { index: number; actual: number; predicted: number; confidence: number }[] = [];
  for (let i = 0; i < classes.length; i++) {
    const actual = Math.round(split.labels[i]!);
    const predicted = classes[i]!;
    if (actual < 0 || actual >= classCount) continue;
    confusion[actual]![predicted]!++;
    const sample = Math.floor(i / perSample);
    const cell = cellExamples[actual]![predicted]!;
    if (cell.length < MAX_CELL_EXAMPLES && cell[cell.length - 1] !== sample) cell.push(sample);
    if (actual !== predicted)
      wrong.push({ index: sample, actual, predicted, confidence: confidence[i]! });
  }
  wrong.sort((a, b) => b.confidence - a.confidence);
  const perClassAccuracy = confusion.map((row, k) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total === 0 ? 0 : row[k]! / total;
  });
  return {
    classNames,
    confusion,
    perClassAccuracy,
    cellExamples,
    misclassified: wrong.slice(0, MAX_MISCLASSIFIED),
    ...(isImage ? { features: split.features.slice() } : {}),
    sampleShape,
  };
}

/** The model's answer over a grid covering the data of a 2-D dataset (5 % margin on each side). */
export function decisionBoundary(
  input: ModelInput,
  splits: readonly DatasetSplit[],
  shapes: DatasetShapes,
  loss: LossName,
  resolution: number,
): Boundary {
  if (input.inputShape.length !== 1 || input.inputShape[0] !== 2)
    throw new TrainingFailure(
      "invalid",
      t(
        "A decision boundary needs a dataset with two input features.",
        "决策边界需要一个有两个输入特征的数据集。",
      ),
    );
  const size = Math.max(2, Math.min(400, Math.round(resolution)));
  let [xMin, xMax, yMin, yMax] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const split of splits)
    for (let i = 0; i < split.count; i++) {
      const x = split.features[2 * i]!;
      const y = split.features[2 * i + 1]!;
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
  if (!(xMin < xMax)) [xMin, xMax] = [xMin - 1 || -1, xMax + 1 || 1];
  if (!(yMin < yMax)) [yMin, yMax] = [yMin - 1 || -1, yMax + 1 || 1];
  const mx = 0.05 * (xMax - xMin);
  const my = 0.05 * (yMax - yMin);
  [xMin, xMax, yMin, yMax] = [xMin - mx, xMax + mx, yMin - my, yMax + my];
  const grid = new Float32Array(size * size * 2);
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++) {
      const k = 2 * (row * size + col);
      grid[k] = xMin + ((xMax - xMin) * col) / (size - 1);
      grid[k + 1] = yMin + ((yMax - yMin) * row) / (size - 1);
    }
  const { outputs, outputShape } = predictFeatures(input, grid, size * size);
  const units = outputShape[outputShape.length - 1] ?? 1;
  const { predicted, confidence } = gridAnswers(outputs, units, size * size, shapes.task, loss);
  return { xMin, xMax, yMin, yMax, resolution: size, predicted, confidence };
}

/** Classification: the predicted class and its confidence per cell; regression: the value, fully confident. */
function gridAnswers(
  outputs: Float32Array,
  units: number,
  cells: number,
  task: DatasetShapes["task"],
  loss: LossName,
): { predicted: Float32Array; confidence: Float32Array } {
  if (task === "classification") {
    const { classes, confidence } = decide(outputs, units, loss);
    return { predicted: Float32Array.from(classes), confidence };
  }
  const predicted = new Float32Array(cells);
  for (let i = 0; i < cells; i++) predicted[i] = outputs[i * units]!;
  return { predicted, confidence: new Float32Array(cells).fill(1) };
}
