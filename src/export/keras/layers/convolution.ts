/** Convolutions, up-sampling and pooling (windowed, stochastic and global). */
import { activationExpression } from "../activations";
import { pyInt, pyTuple } from "../python";
import { Args, numbers } from "./args";
import type { LayerContext, LayerMapper } from "./types";

function convolution(ctx: LayerContext, rank: 1 | 2, dilation: boolean): Args {
  const p = ctx.params;
  // A 1-D convolution's sizes are single numbers in Keras; 2-D ones are pairs.
  const size = (v: unknown) => (rank === 1 ? pyInt(numbers(v)[0]!) : pyTuple(numbers(v)));
  const args = new Args().positional(pyInt(p.filters as number)).positional(size(p.kernelSize));
  if (numbers(p.strides).some((s) => s !== 1)) args.raw("strides", size(p.strides));
  args.str("padding", p.padding as string, "valid");
  if (dilation && numbers(p.dilationRate).some((d) => d !== 1))
    args.raw("dilation_rate", size(p.dilationRate));
  if (p.activation !== "linear")
    args.raw("activation", activationExpression(p.activation as string, ctx.needs));
  return args
    .bool("use_bias", p.useBias as boolean, true)
    .regularizer("kernel_regularizer", p.kernelRegularizer);
}

export const conv1d: LayerMapper = (ctx) => ({
  callee: "layers.Conv1D",
  args: convolution(ctx, 1, true).list,
});

export const conv2d: LayerMapper = (ctx) => ({
  callee: "layers.Conv2D",
  args: convolution(ctx, 2, true).list,
});

export const conv2dTranspose: LayerMapper = (ctx) => ({
  callee: "layers.Conv2DTranspose",
  args: convolution(ctx, 2, false).list,
});

export const upSampling2d: LayerMapper = (ctx) => ({
  callee: "layers.UpSampling2D",
  args: new Args()
    .tuple("size", numbers(ctx.params.size), [2, 2])
    .str("interpolation", ctx.params.interpolation as string, "nearest").list,
});

/** Windowed pooling: strides default to the pool size in Keras as in Neurograph (null). */
function pooling(callee: string, rank: 1 | 2): LayerMapper {
  return (ctx) => {
    const p = ctx.params;
    const size = (v: unknown) => (rank === 1 ? pyInt(numbers(v)[0]!) : pyTuple(numbers(v)));
    const args = new Args().raw("pool_size", size(p.poolSize));
    if (p.strides !== null) args.raw("strides", size(p.strides));
    args.str("padding", p.padding as string, "valid");
    return { callee, args: args.list };
  };
}

export const maxPooling1d = pooling("layers.MaxPooling1D", 1);
export const maxPooling2d = pooling("layers.MaxPooling2D", 2);
export const averagePooling1d = pooling("layers.AveragePooling1D", 1);
export const averagePooling2d = pooling("layers.AveragePooling2D", 2);

export const stochasticPooling2d: LayerMapper = (ctx) => {
  ctx.needs.add("StochasticPooling2D");
  return { ...pooling("StochasticPooling2D", 2)(ctx), callee: "StochasticPooling2D" };
};

function globalPooling(callee: string): LayerMapper {
  return () => ({ callee, args: [] });
}

export const globalMaxPooling1d = globalPooling("layers.GlobalMaxPooling1D");
export const globalMaxPooling2d = globalPooling("layers.GlobalMaxPooling2D");
export const globalAveragePooling1d = globalPooling("layers.GlobalAveragePooling1D");
export const globalAveragePooling2d = globalPooling("layers.GlobalAveragePooling2D");
