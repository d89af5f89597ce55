/** Dense, Activation, Dropout, Flatten, Reshape, Embedding. */
import { pyFloat, pyInt, pyTuple } from "../../keras/python";
import { activationCall } from "../activations";
import { call, lastDim, type TorchEmitter } from "./types";

/** nn.Linear works on the last axis, as tfjs's Dense does on any rank; its weight is tfjs's kernel transposed. */
export const dense: TorchEmitter = (ctx) => {
  const p = ctx.params;
  const activation = p.activation as string;
  return {
    module: call("nn.Linear", [
      pyInt(lastDim(ctx.inputShapes[0])),
      pyInt(p.units as number),
      ...(p.useBias === false ? ["bias=False"] : []),
    ]),
    call: ([x], self) => activationCall(activation, `${self}(${x})`, ctx.needs),
  };
};

export const activation: TorchEmitter = (ctx) => {
  const p = ctx.params;
  if (p.activation === "leakyRelu")
    return { module: null, call: ([x]) => `F.leaky_relu(${x}, ${pyFloat(p.alpha as number)})` };
  return { module: null, call: ([x]) => activationCall(p.activation as string, x!, ctx.needs) };
};

export const dropout: TorchEmitter = (ctx) => ({
  module: call("nn.Dropout", [pyFloat(ctx.params.rate as number)]),
  call: ([x], self) => `${self}(${x})`,
});

/** Tensors stay channels-last (see Conv2d), so flattening them gives tfjs's order exactly. */
export const flatten: TorchEmitter = () => ({ module: null, call: ([x]) => `${x}.flatten(1)` });

/** The inferred shape (a -1 resolved) when every dimension is known, as the compiler does. */
export const reshape: TorchEmitter = (ctx) => {
  const inferred = ctx.outputShape.slice(1);
  const target = inferred.every((d) => d !== null)
    ? (inferred as number[])
    : [...(ctx.params.targetShape as number[])];
  const dims = pyTuple(target).slice(1, -1).replace(/,$/, "");
  return { module: null, call: ([x]) => `${x}.reshape(${x}.shape[0], ${dims})` };
};

/** Ids arrive as int32, as in tfjs; nn.Embedding wants int64. */
export const embedding: TorchEmitter = (ctx) => ({
  module: call("nn.Embedding", [
    pyInt(ctx.params.inputDim as number),
    pyInt(ctx.params.outputDim as number),
  ]),
  call: ([x], self) => `${self}(${x}.long())`,
});
