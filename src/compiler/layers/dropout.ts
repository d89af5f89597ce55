import * as tf from "@tensorflow/tfjs";
import type { LayerBuilder } from "./context";

export const dropout: LayerBuilder = {
  build: (p, ctx) =>
    tf.layers.dropout({ name: ctx.name, rate: p.rate as number, seed: ctx.seed("dropout") }),
};
