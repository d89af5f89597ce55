/**
 * The live picture of a GAN: samples from noise fixed at the start (so the
 * grid shows learning, not luck), and on 2-D data the real points, the
 * discriminator's output over the plane behind them and, on the Gaussian
 * ring, how many modes the generator covers. Only plain arrays are kept
 * between views, so a view can be drawn after the run's data is released.
 */
import * as tf from "@tensorflow/tfjs";
import type { LoadedDataset } from "../../datasets/types";
import type { PlaneGrid, RecipeView } from "../../recipeViews";
import type { DataScale } from "./dataScale";
import { type ModeCoverage, modeCoverage } from "./modeCoverage";
import type { GanNetworks } from "./networks";
import { RandomSource } from "./randomSource";
import { oneHot } from "./realData";
import { discriminate, generate } from "./steps";

/** Image grids: at most 8 × 8. */
export const IMAGE_SAMPLES = 64;
/** 2-D data: generated points drawn in the scatter, and real ones beside them. */
export const POINT_SAMPLES = 500;
export const REAL_POINTS = 500;
/** Generated points the mode count is taken over (the first POINT_SAMPLES of them are drawn). */
export const COVERAGE_POINTS = 1000;
export const PLANE_RESOLUTION = 40;

/** A Gaussian mixture whose modes the view counts: centres (modes × 2) and their standard deviation. */
export interface Mixture {
  readonly centres: Float32Array;
  readonly std: number;
}

export interface PicturesSetup {
  readonly recipe: "gan" | "wgan" | "cgan";
  readonly networks: GanNetworks;
  readonly dataset: LoadedDataset;
  readonly scale: DataScale;
  readonly outputIsProbability: boolean;
  readonly classes?: number;
  readonly mixture?: Mixture;
  readonly seed: number;
}

function product(shape: readonly number[]): number {
  return shape.reduce((n, d) => n * d, 1);
}

export class GanPictures {
  private readonly planar: boolean;
  /** How many samples G makes per view; the first `shown` are sent. */
  private readonly made: number;
  private readonly shown: number;
  private readonly noise: Float32Array;
  private readonly classes: Int32Array | undefined;
  private readonly real: Float32Array | undefined;
  private readonly bounds: readonly [number, number, number, number] | undefined;

  constructor(private readonly setup: PicturesSetup) {
    const { dataset, classes } = setup;
    this.planar = product(dataset.shapes.inputShape) === 2 && !setup.scale.images;
    const perClass = classes === undefined ? 0 : Math.max(1, Math.floor(IMAGE_SAMPLES / classes));
    this.shown = this.planar
      ? POINT_SAMPLES
      : classes === undefined
        ? IMAGE_SAMPLES
        : classes * perClass;
    this.made = this.planar && setup.mixture ? COVERAGE_POINTS : this.shown;
    const noiseSize = product(setup.networks.noiseShape);
    this.noise = new RandomSource(setup.seed, "gan fixed noise").normals(this.made * noiseSize);
    // Points cycle through the classes; an image grid has one row per class.
    this.classes =
      classes === undefined
        ? undefined
        : Int32Array.from({ length: this.made }, (_, i) =>
            this.planar ? i % classes : Math.floor(i / perClass),
          );
    if (this.planar) {
      this.real = realPoints(dataset);
      this.bounds = planeBounds(dataset.train.features);
    }
  }

  view(): RecipeView {
    const { setup } = this;
    const values = tf.tidy(() =>
      generate(setup.networks, this.noise, this.made, this.classes, setup.classes, false),
    );
    const all = setup.scale.toData(Float32Array.from(values.dataSync()));
    values.dispose();
    const sampleSize = product(setup.dataset.shapes.inputShape);
    const samples = {
      count: this.shown,
      shape: [...setup.dataset.shapes.inputShape],
      values: all.slice(0, this.shown * sampleSize),
    };
    const base = {
      kind: "gan" as const,
      recipe: setup.recipe,
      samples,
      ...(this.classes ? { sampleLabels: this.classes.slice(0, this.shown) } : {}),
    };
    if (!this.planar || !this.real || !this.bounds) return base;
    return {
      ...base,
      real: this.real,
      discriminator: this.plane(this.bounds),
      ...(setup.mixture ? { modes: this.coverage(all) } : {}),
    };
  }

  /** Modes covered by the view's generated points (all COVERAGE_POINTS of them). */
  coverage(points: Float32Array): { covered: number; total: number } {
    const result: ModeCoverage = modeCoverage(
      points,
      this.setup.mixture!.centres,
      this.setup.mixture!.std,
    );
    return { covered: result.covered, total: result.total };
  }

  /** D over the plane: a probability for a GAN, the raw score for a WGAN critic; a cGAN's averaged over the classes. */
  private plane([xMin, xMax, yMin, yMax]: readonly [number, number, number, number]): PlaneGrid {
    const { setup } = this;
    const size = PLANE_RESOLUTION;
    const grid = new Float32Array(size * size * 2);
    for (let row = 0; row < size; row++)
      for (let col = 0; col < size; col++) {
        const k = 2 * (row * size + col);
        grid[k] = xMin + ((xMax - xMin) * col) / (size - 1);
        grid[k + 1] = yMin + ((yMax - yMin) * row) / (size - 1);
      }
    const probability = setup.recipe !== "wgan";
    const result = tf.tidy(() => {
      const points = tf.tensor(grid, [size * size, ...setup.networks.dataShape]);
      const classes = setup.classes ?? 1;
      const verdicts: tf.Tensor[] = [];
      for (let c = 0; c < classes; c++) {
        const label =
          setup.classes === undefined
            ? undefined
            : oneHot(new Int32Array(size * size).fill(c), setup.classes);
        const raw = tf.reshape(discriminate(setup.networks, points, label, false), [-1]);
        verdicts.push(probability && !setup.outputIsProbability ? tf.sigmoid(raw) : raw);
      }
      return tf.mean(tf.stack(verdicts), 0);
    });
    const values = Float32Array.from(result.dataSync());
    result.dispose();
    return { xMin, xMax, yMin, yMax, resolution: size, values };
  }
}

/** Up to REAL_POINTS real points, evenly strided through the training samples. */
function realPoints(dataset: LoadedDataset): Float32Array {
  const { count, features } = dataset.train;
  const n = Math.min(REAL_POINTS, count);
  const points = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const row = Math.floor((i * count) / n);
    points[2 * i] = features[2 * row]!;
    points[2 * i + 1] = features[2 * row + 1]!;
  }
  return points;
}

/** The real data's bounding box with a 10 % margin on each side. */
function planeBounds(features: Float32Array): [number, number, number, number] {
  let [xMin, xMax, yMin, yMax] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i + 1 < features.length; i += 2) {
    xMin = Math.min(xMin, features[i]!);
    xMax = Math.max(xMax, features[i]!);
    yMin = Math.min(yMin, features[i + 1]!);
    yMax = Math.max(yMax, features[i + 1]!);
  }
  if (!(xMin < xMax)) [xMin, xMax] = [(xMin || 0) - 1, (xMax || 0) + 1];
  if (!(yMin < yMax)) [yMin, yMax] = [(yMin || 0) - 1, (yMax || 0) + 1];
  const mx = 0.1 * (xMax - xMin);
  const my = 0.1 * (yMax - yMin);
  return [xMin - mx, xMax + mx, yMin - my, yMax + my];
}
