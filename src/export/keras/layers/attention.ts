/** Multi-head attention (Keras's own layer) and the sinusoidal positional encoding. */
import { pyFloat, pyInt } from "../python";
import { Args } from "./args";
import type { LayerMapper } from "./types";

/**
 * keras.layers.MultiHeadAttention: Neurograph's layer has Keras's arguments
 * and weight layout (query/key/value kernels [features, heads, dim], output
 * kernel [heads, valueDim, features]), so trained weights load unchanged.
 * The causal mask is an argument of the call in Keras, not of the layer.
 */
export const multiHeadAttention: LayerMapper = (ctx) => {
  const p = ctx.params;
  const args = new Args()
    .raw("num_heads", pyInt(p.numHeads as number))
    .raw("key_dim", pyInt(p.keyDim as number));
  if (p.valueDim !== null) args.raw("value_dim", pyInt(p.valueDim as number));
  if (p.outputShape !== null) args.raw("output_shape", pyInt(p.outputShape as number));
  args.float("dropout", p.dropout as number, 0).bool("use_bias", p.useBias as boolean, true);
  return {
    callee: "layers.MultiHeadAttention",
    args: args.list,
    ...(p.useCausalMask ? { callArgs: ["use_causal_mask=True"] } : {}),
  };
};

export const positionalEncoding: LayerMapper = (ctx) => {
  ctx.needs.add("PositionalEncoding");
  const wavelength = ctx.params.maxWavelength as number;
  return {
    callee: "PositionalEncoding",
    args: wavelength === 10_000 ? [] : [`max_wavelength=${pyFloat(wavelength)}`],
  };
};
