/** Builders of the windowed and global pooling kinds. */
import type * as tf from "@tensorflow/tfjs";
import { type LayerBuilder, one, pair } from "./context";

type Pool2D = (args: Parameters<typeof tf.layers.maxPooling2d>[0]) => tf.layers.Layer;
type Pool1D = (args: Parameters<typeof tf.layers.maxPooling1d>[0]) => tf.layers.Layer;

export function pooling2d(factory: Pool2D): LayerBuilder {
  return {
    build: (p, ctx) =>
      factory({
        name: ctx.name,
        poolSize: pair(p.poolSize),
        strides: p.strides === null ? pair(p.poolSize) : pair(p.strides),
        padding: p.padding as "valid" | "same",
      }),
  };
}

export function pooling1d(factory: Pool1D): LayerBuilder {
  return {
    build: (p, ctx) =>
      factory({
        name: ctx.name,
        poolSize: one(p.poolSize),
        strides: p.strides === null ? one(p.poolSize) : one(p.strides),
        padding: p.padding as "valid" | "same",
      }),
  };
}

export function globalPooling(factory: (args: { name: string }) => tf.layers.Layer): LayerBuilder {
  return { build: (_p, ctx) => factory({ name: ctx.name }) };
}
