/**
 * The "attack" and "robustness" answers for a trained classifier: one
 * sample attacked and shown (original, perturbation, adversarial, both
 * predictions), and accuracy under attack for several ε. Plain data out;
 * every tensor made here is released.
 */
import * as tf from "@tensorflow/tfjs";
import { t } from "../../../graph/i18n";
import type { AttackName } from "../../../graph/training/recipes/options";
import type { DatasetSplit } from "../../datasets/types";
import { TrainingFailure } from "../../engine/errors";
import type { Prediction1, RecipeAnswer, RecipeQuestion } from "../../recipeViews";
import { classCount, fgsm, outputIsProbability, pgd } from "./attacks";
import type { InputRange } from "./range";

export type AttackQuestion = Extract<RecipeQuestion, { kind: "attack" }>;
export type RobustnessQuestion = Extract<RecipeQuestion, { kind: "robustness" }>;
export type AttackAnswer = Extract<RecipeAnswer, { kind: "attack" }>;
export type RobustnessAnswer = Extract<RecipeAnswer, { kind: "robustness" }>;

export interface AttackContext {
  /** One sample's shape as the model takes it (the split's rows are reshaped to it). */
  readonly inputShape: readonly number[];
  /** One sample's shape as shown (the dataset's, e.g. [28, 28, 1]). */
  readonly sampleShape: readonly number[];
  readonly classNames: readonly string[];
  /** The data's range (featureRange of the training features; pixels: [0, 1]). */
  readonly range: InputRange;
  /** Seeds PGD's random start, so the same question gets the same answer. */
  readonly seed: number;
}

export interface AttackSettings {
  readonly attack: AttackName;
  readonly epsilon: number;
  readonly steps: number;
  readonly stepSize: number;
}

function invalid(en: string, zh: string): TrainingFailure {
  return new TrainingFailure("invalid", t(en, zh));
}

function checkSettings(settings: AttackSettings): void {
  const ok =
    Number.isFinite(settings.epsilon) &&
    settings.epsilon >= 0 &&
    Number.isInteger(settings.steps) &&
    settings.steps >= 1 &&
    Number.isFinite(settings.stepSize) &&
    settings.stepSize > 0;
  if (!ok)
    throw invalid(
      "An attack needs ε ≥ 0, at least one step and a positive step size.",
      "攻击需要 ε ≥ 0、至少一步以及正的步长。",
    );
}

/** The attacked batch (a new tensor). */
export function attackBatch(
  model: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
  settings: AttackSettings,
  range: InputRange,
  seed: number,
): tf.Tensor {
  if (settings.epsilon === 0) return tf.clone(x);
  return settings.attack === "fgsm"
    ? fgsm(model, x, y, settings.epsilon, range)
    : pgd(model, x, y, { ...settings, range, randomStart: seed });
}

/** Class probabilities (softmax of logits when the output is not one already), two columns for a one-unit binary output. */
export function classProbabilities(model: tf.LayersModel, x: tf.Tensor): tf.Tensor2D {
  return tf.tidy(() => {
    const output = tf.reshape(model.apply(x, { training: false }) as tf.Tensor, [
      x.shape[0]!,
      -1,
    ]) as tf.Tensor2D;
    const probability = outputIsProbability(model);
    if (classCount(model) === 1) {
      const p = probability ? output : tf.sigmoid(output);
      return tf.concat([tf.sub(1, p), p], 1) as tf.Tensor2D;
    }
    return probability ? output : tf.softmax(output);
  });
}

function rows(split: DatasetSplit, start: number, count: number, shape: readonly number[]) {
  const size = split.features.length / Math.max(1, split.count);
  return {
    x: tf.tensor(
      split.features.subarray(start * size, (start + count) * size),
      [count, ...shape],
      "float32",
    ),
    y: tf.tensor1d(split.labels.subarray(start, start + count), "float32"),
  };
}

/** A tensor's values as a fresh array; the tensor is disposed. */
function read(tensor: tf.Tensor): Float32Array {
  const values = Float32Array.from(tensor.dataSync());
  tensor.dispose();
  return values;
}

function prediction(probabilities: Float32Array): Prediction1 {
  let label = 0;
  for (let k = 1; k < probabilities.length; k++)
    if (probabilities[k]! > probabilities[label]!) label = k;
  return { label, confidence: probabilities[label]! };
}

/** Attacks validation sample `question.index` and shows what changed. */
export function attackSample(
  model: tf.LayersModel,
  split: DatasetSplit,
  question: AttackQuestion,
  context: AttackContext,
): AttackAnswer {
  checkSettings(question);
  const { index } = question;
  if (!Number.isInteger(index) || index < 0 || index >= split.count)
    throw invalid(
      `There is no sample ${index}: pick one from 0 to ${split.count - 1}.`,
      `没有第 ${index} 个样本：请在 0 到 ${split.count - 1} 之间选择。`,
    );
  const { x, y } = rows(split, index, 1, context.inputShape);
  const adversarial = attackBatch(model, x, y, question, context.range, context.seed + index);
  const original = read(tf.clone(x));
  const attacked = read(tf.clone(adversarial));
  const before = read(classProbabilities(model, x));
  const after = read(classProbabilities(model, adversarial));
  tf.dispose([x, y, adversarial]);
  const perturbation = attacked.map((v, i) => v - original[i]!);
  const sample = (values: Float32Array) => ({ count: 1, shape: [...context.sampleShape], values });
  return {
    kind: "attack",
    attack: question.attack,
    epsilon: question.epsilon,
    label: split.labels[index]!,
    original: sample(original),
    perturbation: sample(perturbation),
    adversarial: sample(attacked),
    before: prediction(before),
    after: prediction(after),
    classNames: context.classNames,
  };
}

/** Batches of this many samples are attacked at once (PGD keeps a few copies of each). */
const CHUNK = 256;

/**
 * Accuracy under attack for each ε on the first `count` samples of the split,
 * and the attack's success: the share of samples classified right before the
 * attack and wrong after it.
 */
export function robustness(
  model: tf.LayersModel,
  split: DatasetSplit,
  question: RobustnessQuestion,
  context: AttackContext,
): RobustnessAnswer {
  const count = Math.min(question.count, split.count);
  if (!Number.isInteger(question.count) || count < 1 || question.epsilons.length === 0)
    throw invalid(
      "Robustness needs at least one sample and at least one ε.",
      "鲁棒性评估至少需要一个样本和一个 ε。",
    );
  for (const epsilon of question.epsilons) checkSettings({ ...question, epsilon });
  const correct = new Array<number>(question.epsilons.length).fill(0);
  const flipped = new Array<number>(question.epsilons.length).fill(0);
  for (let start = 0; start < count; start += CHUNK) {
    const size = Math.min(CHUNK, count - start);
    const { x, y } = rows(split, start, size, context.inputShape);
    const clean = read(tf.tidy(() => tf.argMax(classProbabilities(model, x), 1)));
    question.epsilons.forEach((epsilon, e) => {
      const settings = { ...question, epsilon };
      const adversarial = attackBatch(model, x, y, settings, context.range, context.seed + start);
      const attacked = read(tf.tidy(() => tf.argMax(classProbabilities(model, adversarial), 1)));
      adversarial.dispose();
      for (let i = 0; i < size; i++) {
        const label = split.labels[start + i]!;
        if (attacked[i] === label) correct[e]!++;
        else if (clean[i] === label) flipped[e]!++;
      }
    });
    tf.dispose([x, y]);
  }
  return {
    kind: "robustness",
    attack: question.attack,
    epsilons: [...question.epsilons],
    accuracy: correct.map((c) => c / count),
    success: flipped.map((f) => f / count),
    count,
  };
}
