/**
 * Test helper (not used by the app): a judge of "is this image a digit?" for
 * the VAE-against-autoencoder test. A plain MNIST classifier cannot be that
 * judge: trained on digits only, it is sure about anything. Measured with the
 * test's models (latent 8, 3 epochs), a 784-128-10 MLP was ≥ 0.9 sure of 16 %
 * of the autoencoder's random decodes — smudges — and of 19 % of the VAE's
 * plainly readable but blurry digits; with a latent of 2 it was sure of half
 * the autoencoder's and almost none of the VAE's. So the judge has an eleventh
 * class, "not a digit", learnt from blends of two digits of different classes
 * (the pixelwise maximum: overlapping strokes at full strength, which is what
 * off-manifold codes decode to). Digits and blends are alike blurred half of
 * the time and dimmed at random, so that blur and faintness — a VAE's usual
 * look — are not what tells them apart.
 */
import * as tf from "@tensorflow/tfjs";
import { createRandom, type Random } from "../../datasets/random";
import type { DatasetSplit } from "../../datasets/types";
import { mnistMlp, trainClassifier } from "../adversarial/testing";

export const NOT_A_DIGIT = 10;
const PIXELS = 784;

/** 3×3 box blur of a 28×28 image. */
function blur(image: Float32Array): Float32Array {
  const out = new Float32Array(PIXELS);
  for (let y = 0; y < 28; y++)
    for (let x = 0; x < 28; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || yy >= 28 || xx < 0 || xx >= 28) continue;
          sum += image[yy * 28 + xx]!;
          n++;
        }
      out[y * 28 + x] = sum / n;
    }
  return out;
}

/** Digits and blends alike: blurred or not, and dimmed by a random factor in [0.4, 1]. */
function varied(image: Float32Array, random: Random): Float32Array {
  const dim = 0.4 + 0.6 * random.next();
  const sharp = random.next() < 0.5 ? image : blur(image);
  return sharp.map((v) => v * dim);
}

/** The digits (label 0–9) and as many blends of two different digits (label 10), each varied. */
export function judgeTrainingSet(digits: DatasetSplit, seed: number): DatasetSplit {
  const random = createRandom(seed);
  const count = digits.count * 2;
  const features = new Float32Array(count * PIXELS);
  const labels = new Float32Array(count);
  const image = (i: number) => digits.features.subarray(i * PIXELS, (i + 1) * PIXELS);
  for (let i = 0; i < digits.count; i++) {
    const digit = image(i);
    features.set(varied(digit, random), i * PIXELS);
    labels[i] = digits.labels[i]!;
    let other = random.int(digits.count);
    while (digits.labels[other] === digits.labels[i]) other = random.int(digits.count);
    const partner = image(other);
    const blend = digit.map((v, k) => Math.max(v, partner[k]!));
    features.set(varied(blend, random), (digits.count + i) * PIXELS);
    labels[digits.count + i] = NOT_A_DIGIT;
  }
  return { features, labels, count };
}

/** 784 → 128 (ReLU) → 11 (softmax), trained on judgeTrainingSet. */
export function trainDigitJudge(digits: DatasetSplit, seed: number): tf.LayersModel {
  const judge = mnistMlp(11, seed);
  trainClassifier(judge, judgeTrainingSet(digits, seed), {
    epochs: 3,
    batchSize: 32,
    learningRate: 0.002,
    seed,
  });
  return judge;
}

/** Share of the images (count × 784) the judge calls a digit: a digit class with probability ≥ `confidence`. */
export function digitShare(
  judge: tf.LayersModel,
  images: Float32Array,
  confidence: number,
): number {
  const count = images.length / PIXELS;
  const probabilities = tf.tidy(
    () => judge.predict(tf.tensor2d(images, [count, PIXELS])) as tf.Tensor,
  );
  const values = Float32Array.from(probabilities.dataSync());
  probabilities.dispose();
  let digits = 0;
  for (let i = 0; i < count; i++) {
    const row = values.subarray(i * 11, (i + 1) * 11);
    let best = 0;
    for (let k = 1; k < 11; k++) if (row[k]! > row[best]!) best = k;
    if (best !== NOT_A_DIGIT && row[best]! >= confidence) digits++;
  }
  return digits / count;
}
