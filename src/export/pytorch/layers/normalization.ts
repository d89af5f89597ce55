/** Batch and layer normalisation over tfjs's axis, with tfjs's epsilon and momentum conventions. */
import { pyFloat, pyInt } from "../../keras/python";
import { call, type Params, type TorchContext, type TorchEmitter } from "./types";

/** The size of the normalised axis. */
function axisSize(ctx: TorchContext): number {
  const shape = ctx.inputShapes[0]!;
  const axis = ctx.params.axis as number;
  return shape[axis < 0 ? shape.length + axis : axis] ?? 0;
}

function common(p: Params): string[] {
  const args: string[] = [];
  if (p.axis !== -1) args.push(`axis=${pyInt(p.axis as number)}`);
  args.push(`eps=${pyFloat(p.epsilon as number)}`);
  return args;
}

function affine(p: Params): string[] {
  return [...(p.scale ? [] : ["scale=False"]), ...(p.center ? [] : ["center=False"])];
}

export const batchNormalization: TorchEmitter = (ctx) => {
  const p = ctx.params;
  ctx.needs.add("BatchNorm");
  // PyTorch's momentum weighs the new batch, tfjs's the running value: 1 - momentum.
  const momentum = Math.round((1 - (p.momentum as number)) * 1e12) / 1e12;
  const args = [pyInt(axisSize(ctx)), ...common(p), `momentum=${pyFloat(momentum)}`, ...affine(p)];
  return {
    module: call("BatchNorm", args),
    call: ([x], self) => `${self}(${x})`,
    note: `momentum=${pyFloat(momentum)} is tfjs's ${pyFloat(p.momentum as number)}: PyTorch's momentum weighs the new batch, tfjs's the running statistics.`,
  };
};

export const layerNormalization: TorchEmitter = (ctx) => {
  const p = ctx.params;
  ctx.needs.add("LayerNorm");
  return {
    module: call("LayerNorm", [pyInt(axisSize(ctx)), ...common(p), ...affine(p)]),
    call: ([x], self) => `${self}(${x})`,
  };
};
