import { StochasticPooling2D } from "../custom/stochasticPooling2d";
import { type LayerBuilder, pair } from "./context";

export const stochasticPooling2d: LayerBuilder = {
  build: (p, ctx) =>
    new StochasticPooling2D({
      name: ctx.name,
      poolSize: pair(p.poolSize),
      strides: p.strides === null ? null : pair(p.strides),
      padding: p.padding as "valid" | "same",
      seed: ctx.seed("draw"),
    }),
};
