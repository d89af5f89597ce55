/**
 * Stochastic pooling (Zeiler & Fergus, 2013). In training each window
 * outputs one of its activations, drawn with probability pᵢ = aᵢ / Σⱼ aⱼ; at
 * inference it outputs the expectation Σ pᵢ·aᵢ = Σ aᵢ² / Σ aᵢ. Negative
 * inputs count as zero. tfjs has no such op, so windows are gathered with
 * slices and the draw's gradient is routed to the chosen element only.
 */
import * as tf from "@tensorflow/tfjs";
import { convOutputLength, type Padding } from "../../graph/shapeMath";
import {
  isTraining,
  type Kwargs,
  type LayerArgs,
  oneTensor,
  SeedSequence,
  type SymbolicShape,
} from "./base";

export interface StochasticPooling2DArgs extends LayerArgs {
  readonly poolSize?: [number, number];
  readonly strides?: [number, number] | null;
  readonly padding?: "valid" | "same";
  readonly seed?: number;
}

/**
 * Every window's values stacked on a new last axis: [batch, outH, outW, channels, kh·kw].
 * Built from pad, slice and reshape only, because tfjs has no gradient for
 * strided slices: each window offset takes a contiguous block, then keeps
 * every stride-th row and column by reshaping.
 */
export function extractWindows(
  x: tf.Tensor4D,
  pool: readonly [number, number],
  strides: readonly [number, number],
  padding: Padding,
): tf.Tensor5D {
  return tf.tidy(() => {
    const [batch, height, width, channels] = x.shape;
    const [sh, sw] = strides;
    const outH = convOutputLength(height, pool[0], padding, sh) as number;
    const outW = convOutputLength(width, pool[1], padding, sw) as number;
    // TensorFlow's 'same': split the padding, the extra pixel going after.
    const padH = padding === "same" ? Math.max((outH - 1) * sh + pool[0] - height, 0) : 0;
    const padW = padding === "same" ? Math.max((outW - 1) * sw + pool[1] - width, 0) : 0;
    const top = Math.floor(padH / 2);
    const left = Math.floor(padW / 2);
    // Room for the last offset's block of outH·sh rows (and outW·sw columns).
    const bottom = Math.max(pool[0] - 1 + outH * sh - (height + top), 0);
    const right = Math.max(pool[1] - 1 + outW * sw - (width + left), 0);
    const padded = tf.pad(x, [
      [0, 0],
      [top, bottom],
      [left, right],
      [0, 0],
    ]);
    const windows: tf.Tensor4D[] = [];
    for (let i = 0; i < pool[0]; i++) {
      for (let j = 0; j < pool[1]; j++) {
        const block = tf.slice(padded, [0, i, j, 0], [batch, outH * sh, outW * sw, channels]);
        const strided = tf.slice(
          tf.reshape(block, [batch, outH, sh, outW, sw, channels]),
          [0, 0, 0, 0, 0, 0],
          [batch, outH, 1, outW, 1, channels],
        );
        windows.push(tf.reshape(strided, [batch, outH, outW, channels]));
      }
    }
    return tf.stack(windows, 4) as tf.Tensor5D;
  });
}

/** Σ aᵢ² / Σ aᵢ per window, 0 for all-zero windows. */
export function expectedPool(windows: tf.Tensor5D): tf.Tensor4D {
  return tf.tidy(() => {
    const a = tf.relu(windows);
    const total = tf.sum(a, 4);
    const safe = tf.maximum(total, 1e-12);
    return tf.div(tf.sum(tf.square(a), 4), safe) as tf.Tensor4D;
  });
}

/** One draw per window; the gradient flows to the drawn element only. */
export function sampledPool(windows: tf.Tensor5D, seed: number | undefined): tf.Tensor4D {
  const draw = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const w = args[0] as tf.Tensor;
    const save = args[1] as tf.GradSaveFunc;
    const mask = tf.tidy(() => {
      const a = tf.relu(w);
      const cumulative = tf.cumsum(a, 4);
      const total = tf.sum(a, 4, true);
      const threshold = tf.mul(tf.randomUniform(total.shape, 0, 1, "float32", seed), total);
      // Element k is drawn when cum_{k-1} ≤ u·S < cum_k.
      const reached = tf.greater(cumulative, threshold);
      const before = tf.lessEqual(tf.sub(cumulative, a), threshold);
      return tf.cast(tf.logicalAnd(reached, before), "float32");
    });
    save([mask]);
    return {
      value: tf.sum(tf.mul(tf.relu(w), mask), 4),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(tf.expandDims(dy, 4), saved[0]!),
    };
  });
  return draw(windows) as tf.Tensor4D;
}

export class StochasticPooling2D extends tf.layers.Layer {
  static className = "StochasticPooling2D";
  readonly poolSize: [number, number];
  readonly strides: [number, number];
  readonly padding: "valid" | "same";
  readonly seed: number | undefined;
  private readonly seeds: SeedSequence;

  constructor(args: StochasticPooling2DArgs = {}) {
    super(args);
    this.poolSize = args.poolSize ?? [2, 2];
    this.strides = args.strides ?? this.poolSize;
    this.padding = args.padding ?? "valid";
    this.seed = args.seed;
    this.seeds = new SeedSequence(args.seed);
    this.inputSpec = [{ ndim: 4 }];
  }

  override computeOutputShape(inputShape: SymbolicShape | SymbolicShape[]): SymbolicShape {
    const [batch, h, w, c] = inputShape as SymbolicShape;
    return [
      batch ?? null,
      convOutputLength(h ?? null, this.poolSize[0], this.padding, this.strides[0]),
      convOutputLength(w ?? null, this.poolSize[1], this.padding, this.strides[1]),
      c ?? null,
    ];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    return tf.tidy(() => {
      const windows = extractWindows(
        oneTensor(inputs) as tf.Tensor4D,
        this.poolSize,
        this.strides,
        this.padding,
      );
      return isTraining(kwargs) ? sampledPool(windows, this.seeds.next()) : expectedPool(windows);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      poolSize: this.poolSize,
      strides: this.strides,
      padding: this.padding,
      ...(this.seed !== undefined ? { seed: this.seed } : {}),
    };
  }
}
