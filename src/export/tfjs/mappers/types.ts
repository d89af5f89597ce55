import type { LayerConfig } from "../config";

/** A Keras layer as one Neurograph node: its kind and params (inverse of src/compiler/layers). */
export interface MappedLayer {
  readonly type: string;
  readonly params: Record<string, unknown>;
}

export type LayerMapper = (config: LayerConfig) => MappedLayer;
