import * as tf from "@tensorflow/tfjs";
import type { LayerBuilder } from "./context";

export const layerNormalization: LayerBuilder = {
  build: (p, ctx) =>
    tf.layers.layerNormalization({
      name: ctx.name,
      axis: p.axis as number,
      epsilon: p.epsilon as number,
      center: p.center as boolean,
      scale: p.scale as boolean,
    }),
};
