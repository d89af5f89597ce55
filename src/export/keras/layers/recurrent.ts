/** SimpleRNN, LSTM, GRU and Bidirectional. */
import { activationExpression } from "../activations";
import { pyInt } from "../python";
import { Args } from "./args";
import type { LayerMapper, Params } from "./types";

type Cell = "simpleRNN" | "lstm" | "gru";

const CALLEE: Readonly<Record<Cell, string>> = {
  simpleRNN: "layers.SimpleRNN",
  lstm: "layers.LSTM",
  gru: "layers.GRU",
};

const GRU_NOTE =
  "reset_after=False: TensorFlow.js's GRU applies the reset gate before the recurrent product and has one bias vector (Keras's default, reset_after=True, is the cuDNN variant with two).";

/**
 * The arguments of a recurrent layer. Params missing from `p` take tfjs's
 * defaults, as the compiler's recurrentLayer does (Bidirectional passes only
 * units, returnSequences and kernelRegularizer to its inner layer): tanh,
 * the hard sigmoid for the gates, a bias, unit forget bias.
 */
function recurrentArgs(cell: Cell, p: Params, needs: Set<string>): string[] {
  const args = new Args().positional(pyInt(p.units as number));
  const activation = (p.activation as string | undefined) ?? "tanh";
  if (activation !== "tanh") args.raw("activation", activationExpression(activation, needs));
  if (cell !== "simpleRNN") {
    const gates = (p.recurrentActivation as string | undefined) ?? "hardSigmoid";
    if (gates !== "sigmoid") args.raw("recurrent_activation", activationExpression(gates, needs));
  }
  args
    .bool("use_bias", (p.useBias as boolean | undefined) ?? true, true)
    .bool("return_sequences", p.returnSequences as boolean, false)
    .bool("go_backwards", (p.goBackwards as boolean | undefined) ?? false, false)
    .float("dropout", (p.dropout as number | undefined) ?? 0, 0)
    .float("recurrent_dropout", (p.recurrentDropout as number | undefined) ?? 0, 0);
  if (cell === "lstm")
    args.bool("unit_forget_bias", (p.unitForgetBias as boolean | undefined) ?? true, true);
  if (cell === "gru") args.raw("reset_after", "False");
  return args
    .regularizer("kernel_regularizer", p.kernelRegularizer)
    .regularizer("recurrent_regularizer", p.recurrentRegularizer).list;
}

function recurrent(cell: Cell): LayerMapper {
  return (ctx) => ({
    callee: CALLEE[cell],
    args: recurrentArgs(cell, ctx.params, ctx.needs),
    ...(cell === "gru" ? { note: GRU_NOTE } : {}),
  });
}

export const simpleRNN = recurrent("simpleRNN");
export const lstm = recurrent("lstm");
export const gru = recurrent("gru");

/** Keras builds the backward half as a copy of the forward layer's config, as tfjs does. */
export const bidirectional: LayerMapper = (ctx) => {
  const p = ctx.params;
  const cell = p.layer as Cell;
  const inner = `${CALLEE[cell]}(${recurrentArgs(cell, p, ctx.needs).join(", ")})`;
  const args = new Args().positional(inner).str("merge_mode", p.mergeMode as string, "concat");
  return {
    callee: "layers.Bidirectional",
    args: args.list,
    ...(cell === "gru" ? { note: GRU_NOTE } : {}),
  };
};
