/** Builders of the merge kinds. */
import * as tf from "@tensorflow/tfjs";
import { resolveDotAxes } from "../../graph/layers/dot";
import type { LayerBuilder } from "./context";

export const add: LayerBuilder = { build: (_p, ctx) => tf.layers.add({ name: ctx.name }) };
export const multiply: LayerBuilder = {
  build: (_p, ctx) => tf.layers.multiply({ name: ctx.name }),
};
export const concatenate: LayerBuilder = {
  build: (p, ctx) => tf.layers.concatenate({ name: ctx.name, axis: p.axis as number }),
};
export const dot: LayerBuilder = {
  // tfjs does not resolve negative axes given as a pair; pass them resolved.
  build: (p, ctx) => {
    const [a, b] = ctx.inputShapes;
    const axes = resolveDotAxes(p.axes as [number, number], a!.length, b!.length)!;
    return tf.layers.dot({ name: ctx.name, axes, normalize: p.normalize as boolean });
  },
};
