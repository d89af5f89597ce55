/** Multi-head attention and the sinusoidal positional encoding. */
import { pyFloat, pyInt } from "../../keras/python";
import { call, lastDim, type TorchEmitter } from "./types";

/** MultiHeadAttention(...) written out (see the class); inputs by port: query, value, key. */
export const multiHeadAttention: TorchEmitter = (ctx) => {
  const p = ctx.params;
  ctx.needs.add("MultiHeadAttention");
  const shapeOf = (port: string) => {
    const i = ctx.inputPorts.indexOf(port);
    return i < 0 ? undefined : ctx.inputShapes[i];
  };
  const query = lastDim(shapeOf("query") ?? ctx.inputShapes[0]);
  const value = lastDim(shapeOf("value") ?? shapeOf("query") ?? ctx.inputShapes[0]);
  const key = lastDim(shapeOf("key") ?? shapeOf("value") ?? shapeOf("query") ?? ctx.inputShapes[0]);
  const keyDim = p.keyDim as number;
  const valueDim = (p.valueDim as number | null) ?? keyDim;
  const out = (p.outputShape as number | null) ?? query;
  const args = [
    pyInt(query),
    pyInt(key),
    pyInt(value),
    `num_heads=${pyInt(p.numHeads as number)}`,
    `key_dim=${pyInt(keyDim)}`,
    `value_dim=${pyInt(valueDim)}`,
    `output_features=${pyInt(out)}`,
  ];
  if ((p.dropout as number) > 0) args.push(`dropout=${pyFloat(p.dropout as number)}`);
  if (p.useBias === false) args.push("bias=False");
  if (p.useCausalMask) args.push("causal=True");
  return {
    module: call("MultiHeadAttention", args),
    call: (inputs, self) => {
      const of = (port: string) => {
        const i = ctx.inputPorts.indexOf(port);
        return i < 0 ? undefined : inputs[i];
      };
      const q = of("query") ?? inputs[0]!;
      const v = of("value");
      const k = of("key");
      // The value defaults to the query and the key to the value, as in Keras.
      return `${self}(${q}${v !== undefined ? `, ${v}` : ""}${k !== undefined ? `, key=${k}` : ""})`;
    },
  };
};

export const positionalEncoding: TorchEmitter = (ctx) => {
  ctx.needs.add("PositionalEncoding");
  const wavelength = ctx.params.maxWavelength as number;
  return {
    module: call("PositionalEncoding", wavelength === 10_000 ? [] : [pyFloat(wavelength)]),
    call: ([x], self) => `${self}(${x})`,
  };
};
