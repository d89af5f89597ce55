/**
 * The real samples, uploaded once in the networks' units, and the order
 * discriminator steps draw them in: a seeded shuffle, taken m at a time and
 * reshuffled when used up, so each step sees fresh samples and one pass
 * ("epoch") sees every sample once.
 */
import * as tf from "@tensorflow/tfjs";
import { createRandom, deriveSeed, type Random, shuffledIndices } from "../../datasets/random";
import type { DatasetSplit } from "../../datasets/types";
import type { DataScale } from "./dataScale";

export interface RealBatch {
  readonly x: tf.Tensor;
  /** cGAN: one-hot classes [m, classes]. */
  readonly label?: tf.Tensor;
  /** Their class indices (cGAN). */
  readonly classes?: Int32Array;
}

export class RealData {
  readonly count: number;
  private readonly features: tf.Tensor;
  private readonly labels: Int32Array | undefined;
  private readonly random: Random;
  private order: Uint32Array;
  private cursor = 0;

  constructor(
    split: DatasetSplit,
    dataShape: readonly number[],
    scale: DataScale,
    /** cGAN: the number of classes of the one-hot labels; undefined for an unconditional GAN. */
    private readonly classes: number | undefined,
    seed: number,
  ) {
    this.count = split.count;
    const values = scale.toNetwork(Float32Array.from(split.features));
    this.features = tf.tensor(values, [split.count, ...dataShape], "float32");
    this.labels = classes === undefined ? undefined : Int32Array.from(split.labels);
    this.random = createRandom(deriveSeed(seed, "gan real samples"));
    this.order = shuffledIndices(this.count, this.random);
  }

  /** The next m sample indices of the shuffled order. */
  next(m: number): Int32Array {
    const indices = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      if (this.cursor >= this.count) {
        this.order = shuffledIndices(this.count, this.random);
        this.cursor = 0;
      }
      indices[i] = this.order[this.cursor++]!;
    }
    return indices;
  }

  /** The samples at `indices`, as new tensors the caller disposes. */
  batch(indices: Int32Array): RealBatch {
    const x = tf.tidy(() => tf.gather(this.features, tf.tensor1d(indices, "int32")));
    if (this.labels === undefined || this.classes === undefined) return { x };
    const classes = indices.map((i) => this.labels![i]!);
    return { x, label: oneHot(classes, this.classes), classes };
  }

  dispose(): void {
    this.features.dispose();
  }
}

/** Class indices as one-hot float rows. */
export function oneHot(classes: Int32Array, count: number): tf.Tensor2D {
  return tf.tidy(() => tf.oneHot(tf.tensor1d(classes, "int32"), count).toFloat() as tf.Tensor2D);
}
