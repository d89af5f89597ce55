import * as tf from "@tensorflow/tfjs";
import type { LayerBuilder } from "./context";

export const embedding: LayerBuilder = {
  build: (p, ctx) =>
    tf.layers.embedding({
      name: ctx.name,
      inputDim: p.inputDim as number,
      outputDim: p.outputDim as number,
      embeddingsInitializer: tf.initializers.randomUniform({
        minval: -0.05,
        maxval: 0.05,
        seed: ctx.seed("embeddings"),
      }),
    }),
};
