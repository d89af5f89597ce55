/** Shared definition of the recurrent kinds: simple RNN, LSTM, GRU (and their use inside Bidirectional). */
import { type I18nText, t } from "../i18n";
import type { FloatParam, ParamSchema, Regularization } from "../params";
import type { Shape } from "../shape";
import { activationParam, kernelRegularizerParam, useBiasParam } from "./common";
import { expectRank, lastDim, requireKnown, single } from "./problems";
import {
  defineLayer,
  type LayerKind,
  type ParamCount,
  type ShapeArgs,
  type ShapeOutcome,
} from "./types";
import { SEQUENCE_LAYOUT, sequenceRepair } from "./windows";

export type RecurrentCell = "simpleRNN" | "lstm" | "gru";

/** Weight blocks per cell: the LSTM has 4 gates' worth of weights, the GRU 3, the simple RNN 1. */
export const GATES: Readonly<Record<RecurrentCell, number>> = { simpleRNN: 1, lstm: 4, gru: 3 };

export interface RecurrentParams {
  readonly units: number;
  readonly activation: string;
  readonly recurrentActivation?: string;
  readonly useBias: boolean;
  readonly returnSequences: boolean;
  readonly goBackwards: boolean;
  readonly dropout: number;
  readonly recurrentDropout: number;
  readonly unitForgetBias?: boolean;
  readonly kernelRegularizer: Regularization | null;
  readonly recurrentRegularizer: Regularization | null;
}

const dropoutSpec = (help: I18nText): FloatParam => ({
  kind: "float",
  min: 0,
  max: 1,
  exclusiveMax: true,
  default: 0,
  help,
});

export const unitsParam = {
  kind: "int",
  min: 1,
  max: 65_536,
  initial: 32,
  help: t("Size of the hidden state h_t.", "隐藏状态 h_t 的维度。"),
} as const;

export const returnSequencesParam = {
  kind: "bool",
  default: false,
  help: t(
    "Output h_t at every step ([batch, steps, units]: many-to-many, or to stack another recurrent layer) instead of only the last ([batch, units]: many-to-one).",
    "在每个时间步输出 h_t（[batch, steps, units]：多对多，或用于堆叠下一层循环层），而不是只输出最后一步（[batch, units]：多对一）。",
  ),
} as const;

export function recurrentParams(cell: RecurrentCell): ParamSchema {
  const gated = cell !== "simpleRNN";
  return {
    units: unitsParam,
    activation: {
      ...activationParam("tanh"),
      help: t(
        "Φ in the state update; tanh keeps states bounded.",
        "状态更新中的 Φ；tanh 使状态有界。",
      ),
    },
    ...(gated
      ? {
          recurrentActivation: {
            ...activationParam("hardSigmoid"),
            help: t(
              "Activation of the gates (tfjs default: hardSigmoid, a fast piecewise-linear sigmoid; Keras and PyTorch use sigmoid).",
              "门的激活函数（tfjs 默认 hardSigmoid，一种快速的分段线性 sigmoid；Keras 与 PyTorch 使用 sigmoid）。",
            ),
          },
        }
      : {}),
    useBias: useBiasParam,
    returnSequences: returnSequencesParam,
    goBackwards: {
      kind: "bool",
      default: false,
      help: t(
        "Read the sequence from the last step to the first.",
        "从最后一个时间步向前读取序列。",
      ),
    },
    dropout: dropoutSpec(
      t("Dropout on the inputs x_t during training.", "训练时对输入 x_t 的 dropout 比例。"),
    ),
    recurrentDropout: dropoutSpec(
      t(
        "Dropout on the recurrent state h_{t−1} during training.",
        "训练时对循环状态 h_{t−1} 的 dropout 比例。",
      ),
    ),
    ...(cell === "lstm"
      ? {
          unitForgetBias: {
            kind: "bool",
            default: true,
            help: t(
              "Start the forget gate's bias at 1, so the cell remembers by default (helps long-range learning).",
              "将遗忘门偏置初始化为 1，使细胞默认“记住”（有助于学习长程依赖）。",
            ),
          },
        }
      : {}),
    kernelRegularizer: kernelRegularizerParam,
    recurrentRegularizer: {
      ...kernelRegularizerParam,
      help: t("L1/L2 penalty on the recurrent weights W.", "对循环权重 W 的 L1/L2 惩罚。"),
    },
  };
}

export function inferRecurrent<
  P extends { readonly units: number; readonly returnSequences: boolean },
>(args: ShapeArgs<P>, outputUnits: number): ShapeOutcome {
  const x = single(args);
  expectRank(args, x, 3, SEQUENCE_LAYOUT, sequenceRepair(args.nodeId, x));
  requireKnown(args, x, lastDim(x.shape), t("feature size", "特征维度"));
  return {
    shape: args.params.returnSequences ? [null, x.shape[1]!, outputUnits] : [null, outputUnits],
  };
}

export function recurrentParamCount(
  cell: RecurrentCell,
  units: number,
  useBias: boolean,
  input: Shape,
): ParamCount {
  const features = lastDim(input) ?? 0;
  return {
    trainable: GATES[cell] * (features * units + units * units + (useBias ? units : 0)),
    nonTrainable: 0,
  };
}

export function recurrentFlops(cell: RecurrentCell, units: number, input: Shape): number | null {
  const steps = input[1];
  if (steps === null || steps === undefined) return null;
  return steps * GATES[cell] * ((lastDim(input) ?? 0) * units + units * units);
}

/** A recurrent layer kind (simple RNN, LSTM or GRU): everything but its name and explanation is shared. */
export function recurrentKind(
  cell: RecurrentCell,
  label: I18nText,
  summary: I18nText,
  formula?: readonly string[],
): LayerKind {
  return defineLayer<RecurrentParams>({
    type: cell,
    category: "recurrent",
    label,
    summary,
    formula,
    params: recurrentParams(cell),
    ports: { kind: "single" },
    inferShape: (args) => inferRecurrent(args, args.params.units),
    countParams: (p, [x]) => recurrentParamCount(cell, p.units, p.useBias, x!),
    flops: (p, [x]) => recurrentFlops(cell, p.units, x!),
  });
}
