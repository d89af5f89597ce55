import { PositionalEncoding } from "../custom/positionalEncoding";
import type { LayerBuilder } from "./context";

export const positionalEncoding: LayerBuilder = {
  build: (p, ctx) =>
    new PositionalEncoding({ name: ctx.name, maxWavelength: p.maxWavelength as number }),
};
