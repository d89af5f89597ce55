import * as tf from "@tensorflow/tfjs";
import { activationName, glorot, type LayerBuilder, one, regularizer } from "./context";

export const conv1d: LayerBuilder = {
  build: (p, ctx) =>
    tf.layers.conv1d({
      name: ctx.name,
      filters: p.filters as number,
      kernelSize: one(p.kernelSize),
      strides: one(p.strides),
      padding: p.padding as "valid" | "same",
      dilationRate: one(p.dilationRate),
      activation: activationName(p.activation),
      useBias: p.useBias as boolean,
      kernelInitializer: glorot(ctx),
      kernelRegularizer: regularizer(p.kernelRegularizer),
    }),
};
