import * as tf from "@tensorflow/tfjs";
import { activationName, glorot, type LayerBuilder, regularizer } from "./context";

export const dense: LayerBuilder = {
  build: (p, ctx) =>
    tf.layers.dense({
      name: ctx.name,
      units: p.units as number,
      activation: activationName(p.activation),
      useBias: p.useBias as boolean,
      kernelInitializer: glorot(ctx),
      kernelRegularizer: regularizer(p.kernelRegularizer),
    }),
};
