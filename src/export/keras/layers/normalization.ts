/** Batch and layer normalisation: Keras's defaults are tfjs's (axis −1, ε = 0.001, momentum 0.99). */
import { Args } from "./args";
import type { LayerMapper } from "./types";

export const batchNormalization: LayerMapper = (ctx) => {
  const p = ctx.params;
  return {
    callee: "layers.BatchNormalization",
    args: new Args()
      .int("axis", p.axis as number, -1)
      .float("momentum", p.momentum as number, 0.99)
      .float("epsilon", p.epsilon as number, 0.001)
      .bool("center", p.center as boolean, true)
      .bool("scale", p.scale as boolean, true).list,
  };
};

export const layerNormalization: LayerMapper = (ctx) => {
  const p = ctx.params;
  return {
    callee: "layers.LayerNormalization",
    args: new Args()
      .int("axis", p.axis as number, -1)
      .float("epsilon", p.epsilon as number, 0.001)
      .bool("center", p.center as boolean, true)
      .bool("scale", p.scale as boolean, true).list,
  };
};
