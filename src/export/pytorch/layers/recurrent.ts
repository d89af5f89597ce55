/** SimpleRNN, LSTM, GRU and Bidirectional as the module's Recurrent layer. */
import { pyBool, pyFloat, pyInt } from "../../keras/python";
import { activationFunction } from "../activations";
import { call, callText, lastDim, type Params, type PythonCall, type TorchEmitter } from "./types";

type Cell = "simpleRNN" | "lstm" | "gru";

const CELL: Readonly<Record<Cell, string>> = { simpleRNN: "rnn", lstm: "lstm", gru: "gru" };

/**
 * Recurrent(...) with the layer's settings. Params missing from `p` take
 * tfjs's defaults, as the compiler's recurrentLayer does (Bidirectional
 * passes only some to its inner layer): tanh, the hard sigmoid for the
 * gates, a bias, unit forget bias.
 */
function recurrentModule(
  cell: Cell,
  p: Params,
  features: number,
  needs: Set<string>,
  goBackwards: boolean,
): PythonCall {
  needs.add("Recurrent");
  const args = [`"${CELL[cell]}"`, pyInt(features), pyInt(p.units as number)];
  const activation = (p.activation as string | undefined) ?? "tanh";
  if (activation !== "tanh") args.push(`activation=${activationFunction(activation, needs)}`);
  if (cell !== "simpleRNN") {
    const gates = (p.recurrentActivation as string | undefined) ?? "hardSigmoid";
    // The hard sigmoid is Recurrent's default gate activation, as it is tfjs's.
    if (gates !== "hardSigmoid") args.push(`gate_activation=${activationFunction(gates, needs)}`);
  }
  if ((p.useBias as boolean | undefined) === false) args.push("bias=False");
  if (p.returnSequences) args.push("return_sequences=True");
  if (goBackwards) args.push("go_backwards=True");
  const dropout = (p.dropout as number | undefined) ?? 0;
  const recurrentDropout = (p.recurrentDropout as number | undefined) ?? 0;
  if (dropout > 0) args.push(`dropout=${pyFloat(dropout)}`);
  if (recurrentDropout > 0) args.push(`recurrent_dropout=${pyFloat(recurrentDropout)}`);
  if (cell === "lstm" && p.unitForgetBias === false) args.push(`unit_forget_bias=${pyBool(false)}`);
  return call("Recurrent", args);
}

function recurrent(cell: Cell): TorchEmitter {
  return (ctx) => {
    const p = ctx.params;
    const goBackwards = (p.goBackwards as boolean | undefined) ?? false;
    return {
      module: recurrentModule(cell, p, lastDim(ctx.inputShapes[0]), ctx.needs, goBackwards),
      call: ([x], self) => `${self}(${x})`,
    };
  };
}

export const simpleRNN = recurrent("simpleRNN");
export const lstm = recurrent("lstm");
export const gru = recurrent("gru");

/** tfjs builds the backward half as a copy of the forward layer reading the other way. */
export const bidirectional: TorchEmitter = (ctx) => {
  const p = ctx.params;
  const cell = p.layer as Cell;
  const features = lastDim(ctx.inputShapes[0]);
  const backwards = (p.goBackwards as boolean | undefined) ?? false;
  ctx.needs.add("Bidirectional");
  const forward = recurrentModule(cell, p, features, ctx.needs, backwards);
  const backward = recurrentModule(cell, p, features, ctx.needs, !backwards);
  const merge = p.mergeMode as string;
  return {
    module: call("Bidirectional", [
      callText(forward),
      callText(backward),
      ...(merge === "concat" ? [] : [`"${merge}"`]),
    ]),
    call: ([x], self) => `${self}(${x})`,
  };
};
