/** Add, Concatenate, Multiply, Dot and the VAE's Sampling. */
import { resolveDotAxes } from "../../../graph/layers/dot";
import { pyBool, pyFloat, pyInt, pyTuple } from "../../keras/python";
import { call, type TorchEmitter } from "./types";

export const add: TorchEmitter = () => ({ module: null, call: (inputs) => inputs.join(" + ") });
export const multiply: TorchEmitter = () => ({
  module: null,
  call: (inputs) => inputs.join(" * "),
});

export const concatenate: TorchEmitter = (ctx) => ({
  module: null,
  call: (inputs) => `torch.cat([${inputs.join(", ")}], dim=${pyInt(ctx.params.axis as number)})`,
});

/** The axes resolved against each input's rank, as the compiler passes them to tfjs. */
export const dot: TorchEmitter = (ctx) => {
  const [a, b] = ctx.inputShapes;
  const axes = resolveDotAxes(ctx.params.axes as [number, number], a!.length, b!.length)!;
  ctx.needs.add("batch_dot");
  const normalize = ctx.params.normalize ? `, normalize=${pyBool(true)}` : "";
  return {
    module: null,
    call: ([x, y]) => `batch_dot(${x}, ${y}, ${pyTuple(axes)}${normalize})`,
  };
};

/** The KL weight is the VAE recipe's β when the recipe overrides the node's (as Neurograph does). */
export function samplingEmitter(klWeightOverride?: number): TorchEmitter {
  return (ctx) => {
    ctx.needs.add("Sampling");
    const weight = klWeightOverride ?? (ctx.params.klWeight as number);
    return {
      module: call("Sampling", weight === 1 ? [] : [`kl_weight=${pyFloat(weight)}`]),
      call: ([mean, logVar], self) => `${self}(${mean}, ${logVar})`,
    };
  };
}
