/** What a layer builder receives besides its params. */
import * as tf from "@tensorflow/tfjs";
import type { Regularization, Shape } from "../../graph";
import { deriveSeed } from "../seeds";

type Initializer = ReturnType<typeof tf.initializers.glorotUniform>;
type Regularizer = ReturnType<typeof tf.regularizers.l1l2>;

export interface BuildContext {
  /** The tfjs layer name (the node id when it is a valid tfjs name). */
  readonly name: string;
  readonly nodeId: string;
  readonly inputShapes: readonly Shape[];
  readonly outputShape: Shape;
  /** A seed for one random thing of this node ("kernel", "dropout", …). */
  readonly seed: (slot: string) => number;
}

export type Params = Readonly<Record<string, unknown>>;

export interface LayerBuilder {
  readonly build: (params: Params, ctx: BuildContext) => tf.layers.Layer;
  /** Runs once the layer has been applied (its weights exist). */
  readonly afterApply?: (layer: tf.layers.Layer, params: Params, ctx: BuildContext) => void;
}

export function createContext(
  seed: number,
  nodeId: string,
  name: string,
  inputShapes: readonly Shape[],
  outputShape: Shape,
): BuildContext {
  return { name, nodeId, inputShapes, outputShape, seed: (slot) => deriveSeed(seed, nodeId, slot) };
}

export function glorot(ctx: BuildContext, slot = "kernel"): Initializer {
  return tf.initializers.glorotUniform({ seed: ctx.seed(slot) });
}

export function orthogonal(ctx: BuildContext, slot = "recurrent"): Initializer {
  return tf.initializers.orthogonal({ gain: 1, seed: ctx.seed(slot) });
}

export function regularizer(value: unknown): Regularizer | undefined {
  if (value === null || value === undefined) return undefined;
  const { l1, l2 } = value as Regularization;
  return tf.regularizers.l1l2({ l1, l2 });
}

export type ActivationId = NonNullable<Parameters<typeof tf.layers.dense>[0]["activation"]>;

/** Our activation names are tfjs's identifiers, so they pass straight through. */
export function activationName(value: unknown): ActivationId {
  return value as ActivationId;
}

export function pair(value: unknown): [number, number] {
  const list = value as readonly number[];
  return [list[0]!, list[1]!];
}

export function one(value: unknown): number {
  return (value as readonly number[])[0]!;
}
