/** Dense, Activation, Dropout, Flatten, Reshape, Embedding. */
import { activationExpression } from "../activations";
import { pyFloat, pyInt, pyTuple } from "../python";
import { Args } from "./args";
import type { LayerMapper } from "./types";

export const dense: LayerMapper = (ctx) => {
  const p = ctx.params;
  const args = new Args().positional(pyInt(p.units as number));
  if (p.activation !== "linear")
    args.raw("activation", activationExpression(p.activation as string, ctx.needs));
  args
    .bool("use_bias", p.useBias as boolean, true)
    .regularizer("kernel_regularizer", p.kernelRegularizer);
  return { callee: "layers.Dense", args: args.list };
};

export const activation: LayerMapper = (ctx) => {
  const p = ctx.params;
  if (p.activation === "leakyRelu")
    return {
      callee: "layers.LeakyReLU",
      args: [pyFloat(p.alpha as number)],
      note: "The slope is passed by position: Keras 2 calls it alpha, Keras 3 negative_slope.",
    };
  return {
    callee: "layers.Activation",
    args: [activationExpression(p.activation as string, ctx.needs)],
  };
};

export const dropout: LayerMapper = (ctx) => ({
  callee: "layers.Dropout",
  args: [pyFloat(ctx.params.rate as number)],
});

export const flatten: LayerMapper = () => ({ callee: "layers.Flatten", args: [] });

/** As the compiler does: the inferred shape (a -1 resolved) when every dimension is known. */
export const reshape: LayerMapper = (ctx) => {
  const inferred = ctx.outputShape.slice(1);
  const target = inferred.every((d) => d !== null)
    ? (inferred as number[])
    : [...(ctx.params.targetShape as number[])];
  return { callee: "layers.Reshape", args: [pyTuple(target)] };
};

/** Keras's default initialiser (uniform in ±0.05) is the one the compiler uses. */
export const embedding: LayerMapper = (ctx) => ({
  callee: "layers.Embedding",
  args: [pyInt(ctx.params.inputDim as number), pyInt(ctx.params.outputDim as number)],
});
