import * as tf from "@tensorflow/tfjs";
import type { LayerBuilder } from "./context";

export const flatten: LayerBuilder = {
  build: (_p, ctx) => tf.layers.flatten({ name: ctx.name }),
};
