/**
 * What the autoencoder shows: originals beside their reconstructions, the
 * codes of held-out samples as a 2-D scatter, random codes decoded, and a
 * clicked point decoded. Everything goes through encoder → decoder, which for
 * a VAE means the mean code (the Sampling layer outputs μ outside training).
 * Decoded values are clamped to the data's range, so images stay in [0, 1].
 */
import * as tf from "@tensorflow/tfjs";
import { t } from "../../../graph/i18n";
import type { DatasetSplit } from "../../datasets/types";
import { TrainingFailure } from "../../engine/errors";
import type { RecipeAnswer, RecipeView, SampleSet } from "../../recipeViews";
import type { InputRange } from "../adversarial/range";
import type { AutoencoderNetworks } from "./networks";

export const SHOWN_ORIGINALS = 8;
export const RANDOM_SAMPLES = 16;
export const LATENT_POINTS = 500;

export interface PicturesSetup {
  readonly networks: AutoencoderNetworks;
  /** The samples shown: the validation split (the training split when there is none). */
  readonly shown: DatasetSplit;
  /** One sample's shape as the model takes it, and as it is shown. */
  readonly inputShape: readonly number[];
  readonly sampleShape: readonly number[];
  readonly range: InputRange;
  /** RANDOM_SAMPLES codes, drawn once. */
  readonly randomCodes: Float32Array;
}

export class AutoencoderPictures {
  private readonly setup: PicturesSetup;
  private readonly latentSize: number;
  private readonly pointCount: number;
  /** The first LATENT_POINTS shown samples, uploaded at the first view. */
  private samples: tf.Tensor | null = null;

  constructor(setup: PicturesSetup) {
    this.setup = setup;
    this.latentSize = setup.networks.latentShape.reduce((n, d) => n * d, 1);
    this.pointCount = Math.min(LATENT_POINTS, setup.shown.count);
  }

  private sampleSet(count: number, values: Float32Array): SampleSet {
    return { count, shape: [...this.setup.sampleShape], values };
  }

  /** Decodes codes (count × latentSize values) to samples in the data's range. */
  private decodeCodes(codes: Float32Array, count: number): SampleSet {
    const { networks, range } = this.setup;
    const decoded = tf.tidy(() => {
      const z = tf.tensor(codes, [count, ...networks.latentShape], "float32");
      const output = networks.decoder.apply(z, { training: false }) as tf.Tensor;
      return tf.clipByValue(output, range.min, range.max);
    });
    const values = Float32Array.from(decoded.dataSync());
    decoded.dispose();
    return this.sampleSet(count, values);
  }

  view(): RecipeView {
    const { networks, shown, inputShape } = this.setup;
    const size = shown.features.length / Math.max(1, shown.count);
    const n = Math.min(SHOWN_ORIGINALS, shown.count);
    if (!this.samples)
      this.samples = tf.tensor(
        shown.features.subarray(0, this.pointCount * size),
        [this.pointCount, ...inputShape],
        "float32",
      );
    const samples = this.samples;
    const codes = tf.tidy(() =>
      tf.reshape(networks.encoder.apply(samples, { training: false }) as tf.Tensor, [
        this.pointCount,
        this.latentSize,
      ]),
    );
    const codeValues = Float32Array.from(codes.dataSync());
    codes.dispose();
    return {
      kind: "autoencoder",
      variational: networks.variational,
      originals: this.sampleSet(n, shown.features.slice(0, n * size)),
      reconstructions: this.decodeCodes(codeValues.subarray(0, n * this.latentSize), n),
      latent: this.latent(codeValues),
      randomSamples: this.decodeCodes(this.setup.randomCodes, RANDOM_SAMPLES),
    };
  }

  /** The first two dimensions of each code (0 for a missing second), with the samples' labels. */
  private latent(
    codes: Float32Array,
  ): NonNullable<Extract<RecipeView, { kind: "autoencoder" }>["latent"]> {
    const { shown } = this.setup;
    const count = this.pointCount;
    const points = new Float32Array(count * 2);
    for (let i = 0; i < count; i++) {
      points[2 * i] = codes[i * this.latentSize]!;
      points[2 * i + 1] = this.latentSize > 1 ? codes[i * this.latentSize + 1]! : 0;
    }
    // Labels colour the points only when there is one class index per sample.
    const labels =
      shown.labels.length === shown.count
        ? Int32Array.from(shown.labels.subarray(0, count))
        : new Int32Array(count);
    return { dims: this.latentSize, points, labels };
  }

  /** Decodes a clicked point: its coordinates are the code's first dimensions, the rest 0. */
  decode(point: readonly number[]): Extract<RecipeAnswer, { kind: "decoded" }> {
    if (point.length === 0 || point.length > this.latentSize || !point.every(Number.isFinite))
      throw new TrainingFailure(
        "invalid",
        t(
          `A point to decode needs 1 to ${this.latentSize} finite coordinates.`,
          `要解码的点需要 1 到 ${this.latentSize} 个有限坐标。`,
        ),
      );
    const code = new Float32Array(this.latentSize);
    code.set(point);
    return { kind: "decoded", sample: this.decodeCodes(code, 1) };
  }

  dispose(): void {
    this.samples?.dispose();
    this.samples = null;
  }
}
