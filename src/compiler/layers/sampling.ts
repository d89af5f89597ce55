import { Sampling } from "../custom/sampling";
import type { LayerBuilder } from "./context";

export const sampling: LayerBuilder = {
  build: (p, ctx) =>
    new Sampling({ name: ctx.name, klWeight: p.klWeight as number, seed: ctx.seed("epsilon") }),
};
