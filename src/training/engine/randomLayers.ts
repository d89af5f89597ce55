/**
 * Fresh, reproducible randomness for every batch. tfjs's Dropout with a fixed
 * seed draws the same mask at every call (its seed is reused as is), and the
 * recurrent layers' dropout ignores seeds altogether (Math.random). So before
 * each step the trainer gives each such layer a seed derived from the run's
 * seed, the layer and the step: masks differ between batches, and two runs
 * with one seed see the same masks. Our own random layers (Sampling,
 * StochasticPooling2D, attention dropout) already advance a seed per call.
 */
import * as tf from "@tensorflow/tfjs";
import { deriveSeed } from "../datasets/random";

/** Layers whose `seed` field tfjs reads at every call. */
const SEEDED_CLASSES = new Set([
  "Dropout",
  "SpatialDropout1D",
  "GaussianNoise",
  "GaussianDropout",
  "AlphaDropout",
]);
const RECURRENT_CLASSES = new Set(["SimpleRNN", "LSTM", "GRU"]);

interface SeededLayer {
  seed?: number;
}

interface RecurrentCell {
  dropout?: number;
  recurrentDropout?: number;
  dropoutFunc?: (x: tf.Tensor, rate: number) => tf.Tensor;
}

type Reseed = (step: number) => void;

function recurrentLayersOf(layer: tf.layers.Layer): tf.layers.Layer[] {
  const className = layer.getClassName();
  if (RECURRENT_CLASSES.has(className)) return [layer];
  if (className === "Bidirectional") {
    const wrapper = layer as unknown as {
      forwardLayer: tf.layers.Layer;
      backwardLayer: tf.layers.Layer;
    };
    return [wrapper.forwardLayer, wrapper.backwardLayer];
  }
  return [];
}

export class RandomLayerSeeds {
  private readonly reseeds: Reseed[] = [];
  private readonly restores: (() => void)[] = [];

  constructor(model: tf.LayersModel, runSeed: number) {
    for (const layer of model.layers) {
      if (SEEDED_CLASSES.has(layer.getClassName())) this.seedLayer(layer, runSeed);
      for (const recurrent of recurrentLayersOf(layer)) this.seedRecurrent(recurrent, runSeed);
    }
  }

  /** Call before the training step `step` (1-based, counted over the whole run). */
  beforeStep(step: number): void {
    for (const reseed of this.reseeds) reseed(step);
  }

  /** Puts back the seeds the layers were built with (so a saved model.json shows the document's seeds). */
  restore(): void {
    for (const restore of this.restores) restore();
  }

  private seedLayer(layer: tf.layers.Layer, runSeed: number): void {
    const seeded = layer as unknown as SeededLayer;
    const original = seeded.seed;
    const base = deriveSeed(runSeed, `${layer.name} ${original ?? ""}`);
    this.reseeds.push((step) => {
      seeded.seed = deriveSeed(base, String(step));
    });
    this.restores.push(() => {
      seeded.seed = original;
    });
  }

  private seedRecurrent(layer: tf.layers.Layer, runSeed: number): void {
    const cell = (layer as unknown as { cell?: RecurrentCell }).cell;
    if (!cell || !((cell.dropout ?? 0) > 0 || (cell.recurrentDropout ?? 0) > 0)) return;
    const original = cell.dropoutFunc;
    const base = deriveSeed(runSeed, `${layer.name} recurrent dropout`);
    let stepSeed = base;
    let draws = 0;
    // The cell draws several masks per call (one per gate): each gets its own seed.
    cell.dropoutFunc = (x, rate) =>
      tf.dropout(x, rate, undefined, deriveSeed(stepSeed, String(draws++)));
    this.reseeds.push((step) => {
      stepSeed = deriveSeed(base, String(step));
      draws = 0;
    });
    this.restores.push(() => {
      cell.dropoutFunc = original;
    });
  }
}
