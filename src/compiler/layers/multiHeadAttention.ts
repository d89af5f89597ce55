import { MultiHeadAttention } from "../custom/multiHeadAttention";
import type { LayerBuilder } from "./context";

export const multiHeadAttention: LayerBuilder = {
  build: (p, ctx) =>
    new MultiHeadAttention({
      name: ctx.name,
      numHeads: p.numHeads as number,
      keyDim: p.keyDim as number,
      valueDim: p.valueDim as number | null,
      outputShape: p.outputShape as number | null,
      dropout: p.dropout as number,
      useBias: p.useBias as boolean,
      useCausalMask: p.useCausalMask as boolean,
      seed: ctx.seed("attention"),
    }),
};
