import * as tf from "@tensorflow/tfjs";
import { installBatchNormFixes } from "../tfjsFixes/batchNorm";
import type { LayerBuilder } from "./context";

// Before any model is built: tfjs 4.22 gets axis ≠ −1 wrong on cpu and cannot train it anywhere.
installBatchNormFixes();

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
