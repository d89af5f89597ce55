/**
 * Sinusoidal positional encoding of "Attention Is All You Need": adds
 * sin/cos signals of geometrically spaced wavelengths to each position. No
 * weights, so it needs no special treatment when saved.
 */
import * as tf from "@tensorflow/tfjs";
import { type Kwargs, type LayerArgs, oneTensor, type SymbolicShape } from "./base";

export interface PositionalEncodingArgs extends LayerArgs {
  readonly maxWavelength?: number;
}

/** The [steps, features] table PE(pos, 2i) = sin(pos/L^(2i/d)), PE(pos, 2i+1) = cos(pos/L^(2i/d)). */
export function sinusoidTable(
  steps: number,
  features: number,
  maxWavelength: number,
): Float32Array {
  const table = new Float32Array(steps * features);
  for (let pos = 0; pos < steps; pos++) {
    for (let i = 0; i < features; i++) {
      const pair = i - (i % 2);
      const angle = pos / maxWavelength ** (pair / features);
      table[pos * features + i] = i % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return table;
}

export class PositionalEncoding extends tf.layers.Layer {
  static className = "PositionalEncoding";
  readonly maxWavelength: number;

  constructor(args: PositionalEncodingArgs = {}) {
    super(args);
    this.maxWavelength = args.maxWavelength ?? 10_000;
  }

  override computeOutputShape(inputShape: SymbolicShape | SymbolicShape[]): SymbolicShape {
    return [...(inputShape as SymbolicShape)];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], _kwargs: Kwargs): tf.Tensor {
    return tf.tidy(() => {
      const x = oneTensor(inputs);
      const [, steps, features] = x.shape as [number, number, number];
      const table = tf.tensor2d(sinusoidTable(steps, features, this.maxWavelength), [
        steps,
        features,
      ]);
      return tf.add(x, table);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), maxWavelength: this.maxWavelength };
  }
}
