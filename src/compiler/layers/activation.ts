import * as tf from "@tensorflow/tfjs";
import { activationName, type LayerBuilder } from "./context";

export const activation: LayerBuilder = {
  build: (p, ctx) =>
    // tfjs has no "leakyRelu" activation string, only a LeakyReLU layer.
    p.activation === "leakyRelu"
      ? tf.layers.leakyReLU({ name: ctx.name, alpha: p.alpha as number })
      : tf.layers.activation({ name: ctx.name, activation: activationName(p.activation) }),
};
