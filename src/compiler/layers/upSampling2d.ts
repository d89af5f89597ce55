import * as tf from "@tensorflow/tfjs";
import { type LayerBuilder, pair } from "./context";

export const upSampling2d: LayerBuilder = {
  build: (p, ctx) =>
    tf.layers.upSampling2d({
      name: ctx.name,
      size: pair(p.size),
      interpolation: p.interpolation as "nearest" | "bilinear",
    }),
};
