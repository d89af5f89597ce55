import * as tf from "@tensorflow/tfjs";
import type { LayerBuilder } from "./context";

export const batchNormalization: LayerBuilder = {
  build: (p, ctx) =>
    tf.layers.batchNormalization({
      name: ctx.name,
      axis: p.axis as number,
      momentum: p.momentum as number,
      epsilon: p.epsilon as number,
      center: p.center as boolean,
      scale: p.scale as boolean,
    }),
};
