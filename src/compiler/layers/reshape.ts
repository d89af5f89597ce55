import * as tf from "@tensorflow/tfjs";
import type { LayerBuilder } from "./context";

export const reshape: LayerBuilder = {
  // Pass the inferred shape (with any -1 resolved) so tfjs reports concrete dims downstream.
  build: (p, ctx) => {
    const inferred = ctx.outputShape.slice(1);
    const targetShape = inferred.every((d) => d !== null)
      ? (inferred as number[])
      : [...(p.targetShape as number[])];
    return tf.layers.reshape({ name: ctx.name, targetShape });
  },
};
