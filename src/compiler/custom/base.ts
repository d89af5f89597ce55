/** Small helpers shared by our custom tfjs layers. */
import type * as tf from "@tensorflow/tfjs";

export type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;
export type Kwargs = Record<string, unknown>;
export type SymbolicShape = (number | null)[];

export function oneTensor(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return Array.isArray(inputs) ? inputs[0]! : inputs;
}

export function isTraining(kwargs: Kwargs | undefined): boolean {
  return kwargs?.training === true;
}

/**
 * A fresh seed per call, derived from the layer's seed, so random draws differ
 * between batches yet replay identically from the same seed.
 */
export class SeedSequence {
  private calls = 0;
  constructor(private readonly seed: number | undefined) {}
  next(): number | undefined {
    return this.seed === undefined ? undefined : (this.seed + 7919 * ++this.calls) >>> 0;
  }
}
