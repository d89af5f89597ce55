import * as tf from "@tensorflow/tfjs";
import { activationName, glorot, type LayerBuilder, pair, regularizer } from "./context";

export const conv2d: LayerBuilder = {
  build: (p, ctx) =>
    tf.layers.conv2d({
      name: ctx.name,
      filters: p.filters as number,
      kernelSize: pair(p.kernelSize),
      strides: pair(p.strides),
      padding: p.padding as "valid" | "same",
      dilationRate: pair(p.dilationRate),
      activation: activationName(p.activation),
      useBias: p.useBias as boolean,
      kernelInitializer: glorot(ctx),
      kernelRegularizer: regularizer(p.kernelRegularizer),
    }),
};
