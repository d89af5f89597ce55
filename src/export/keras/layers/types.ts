/** How one node becomes one Keras layer call in build_model(). */
import type { Shape } from "../../../graph";

export type Params = Readonly<Record<string, unknown>>;

export interface LayerContext {
  readonly nodeId: string;
  /** The Keras layer name (see names.ts). */
  readonly name: string;
  /** Params with Neurograph's (tfjs's) defaults filled in. */
  readonly params: Params;
  readonly inputShapes: readonly Shape[];
  readonly outputShape: Shape;
  /** Helpers (activation functions, custom layer classes) the module must define; mappers add to it. */
  readonly needs: Set<string>;
  /** A Sampling layer's KL weight when the recipe overrides the node's (the VAE recipe's β). */
  readonly klWeightOverride?: number;
}

export interface LayerCode {
  /** "layers.Dense", "PositionalEncoding", … */
  readonly callee: string;
  /** Constructor arguments (positional first, then keywords); the mapper adds no `name`, the caller does. */
  readonly args: readonly string[];
  /** Keyword arguments of the call itself (use_causal_mask=True). */
  readonly callArgs?: readonly string[];
  /** A note for the reader where the conversion is not obvious. */
  readonly note?: string;
}

export type LayerMapper = (ctx: LayerContext) => LayerCode;
