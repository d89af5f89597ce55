/** Builders of the recurrent kinds, shared by Bidirectional for its inner layer. */
import * as tf from "@tensorflow/tfjs";
import {
  activationName,
  type BuildContext,
  glorot,
  type LayerBuilder,
  orthogonal,
  type Params,
  regularizer,
} from "./context";

export type Cell = "simpleRNN" | "lstm" | "gru";

export function recurrentLayer(
  cell: Cell,
  p: Params,
  ctx: BuildContext,
  name: string,
  slot = "",
): tf.layers.Layer {
  const common = {
    name,
    units: p.units as number,
    ...(p.activation !== undefined ? { activation: activationName(p.activation) } : {}),
    useBias: (p.useBias as boolean | undefined) ?? true,
    returnSequences: p.returnSequences as boolean,
    goBackwards: (p.goBackwards as boolean | undefined) ?? false,
    dropout: (p.dropout as number | undefined) ?? 0,
    recurrentDropout: (p.recurrentDropout as number | undefined) ?? 0,
    kernelInitializer: glorot(ctx, `${slot}kernel`),
    recurrentInitializer: orthogonal(ctx, `${slot}recurrent`),
    kernelRegularizer: regularizer(p.kernelRegularizer),
    recurrentRegularizer: regularizer(p.recurrentRegularizer),
  };
  const gates =
    p.recurrentActivation !== undefined
      ? { recurrentActivation: activationName(p.recurrentActivation) }
      : {};
  switch (cell) {
    case "simpleRNN":
      return tf.layers.simpleRNN(common);
    case "lstm":
      return tf.layers.lstm({
        ...common,
        ...gates,
        unitForgetBias: (p.unitForgetBias as boolean | undefined) ?? true,
      });
    case "gru":
      return tf.layers.gru({ ...common, ...gates });
  }
}

export function recurrentBuilder(cell: Cell): LayerBuilder {
  return { build: (p, ctx) => recurrentLayer(cell, p, ctx, ctx.name) };
}
