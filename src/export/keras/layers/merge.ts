/** Add, Concatenate, Multiply, Dot and the VAE's Sampling. */
import { resolveDotAxes } from "../../../graph/layers/dot";
import { pyFloat, pyTuple } from "../python";
import { Args } from "./args";
import type { LayerMapper } from "./types";

export const add: LayerMapper = () => ({ callee: "layers.Add", args: [] });
export const multiply: LayerMapper = () => ({ callee: "layers.Multiply", args: [] });

export const concatenate: LayerMapper = (ctx) => ({
  callee: "layers.Concatenate",
  args: new Args().int("axis", ctx.params.axis as number, -1).list,
});

/** The axes resolved against each input's rank, as the compiler passes them to tfjs. */
export const dot: LayerMapper = (ctx) => {
  const [a, b] = ctx.inputShapes;
  const axes = resolveDotAxes(ctx.params.axes as [number, number], a!.length, b!.length)!;
  return {
    callee: "layers.Dot",
    args: new Args()
      .raw("axes", pyTuple(axes))
      .bool("normalize", ctx.params.normalize as boolean, false).list,
  };
};

export const sampling: LayerMapper = (ctx) => {
  ctx.needs.add("Sampling");
  const own = ctx.params.klWeight as number;
  const weight = ctx.klWeightOverride ?? own;
  return {
    callee: "Sampling",
    args: weight === 1 ? [] : [`kl_weight=${pyFloat(weight)}`],
    ...(ctx.klWeightOverride !== undefined && ctx.klWeightOverride !== own
      ? {
          note: `The KL weight is the VAE recipe's beta (${ctx.klWeightOverride}), which Neurograph uses instead of the node's own klWeight (${own}).`,
        }
      : {}),
  };
};
