/** Param specs and repairs shared by several layer kinds. */
import type { Fix } from "../fixes/types";
import { type I18nText, t } from "../i18n";
import type { BoolParam, EnumParam, FloatParam, RegularizerParam, TupleParam } from "../params";
import type { Dim } from "../shape";

/** Activation names tfjs accepts as a layer's `activation` string. */
export const ACTIVATIONS = [
  "linear",
  "relu",
  "relu6",
  "elu",
  "selu",
  "gelu",
  "sigmoid",
  "hardSigmoid",
  "tanh",
  "softmax",
  "softplus",
  "softsign",
  "swish",
  "mish",
] as const;

export function activationParam(defaultValue: string, initial?: string): EnumParam {
  return {
    kind: "enum",
    options: ACTIVATIONS,
    default: defaultValue,
    ...(initial ? { initial } : {}),
    help: t(
      "The nonlinearity applied to the output: relu for hidden layers, softmax for class probabilities, sigmoid for a yes/no probability, linear for regression.",
      "作用于输出的非线性函数：隐藏层常用 relu，多分类概率用 softmax，二分类概率用 sigmoid，回归用 linear。",
    ),
  };
}

export const useBiasParam: BoolParam = {
  kind: "bool",
  default: true,
  help: t("Add a learned bias to every output unit.", "为每个输出单元加上可学习的偏置。"),
};

export const kernelRegularizerParam: RegularizerParam = {
  kind: "regularizer",
  help: t(
    'L1 and/or L2 penalty on the weights, added to the loss: {"l1": λ₁, "l2": λ₂}. L1 drives weights to exactly zero; L2 keeps them small.',
    '对权重施加的 L1 和/或 L2 惩罚，加入损失：{"l1": λ₁, "l2": λ₂}。L1 使权重稀疏（恰为零），L2 使权重变小。',
  ),
};

export function paddingParam(): EnumParam {
  return {
    kind: "enum",
    options: ["valid", "same"],
    default: "valid",
    help: t(
      "'valid' slides the window only where it fits, shrinking the output; 'same' pads with zeros so that, at stride 1, the output keeps the input's size.",
      "'valid' 只在窗口完全覆盖处滑动，输出变小；'same' 用零填充，使步长为 1 时输出与输入同尺寸。",
    ),
  };
}

export function kernelSizeParam(rank: number, initial: number): TupleParam {
  return {
    kind: "tuple",
    rank,
    min: 1,
    max: 1024,
    initial: Array.from({ length: rank }, () => initial),
    help: t(
      "Size of the sliding window (the receptive field of one output unit on this layer's input).",
      "滑动窗口（卷积核）的大小，即一个输出单元在本层输入上的感受野。",
    ),
  };
}

export function stridesParam(rank: number, derived = false): TupleParam {
  return {
    kind: "tuple",
    rank,
    min: 1,
    max: 1024,
    default: derived ? null : Array.from({ length: rank }, () => 1),
    help: derived
      ? t(
          "Step between windows; defaults to the pool size (non-overlapping windows).",
          "窗口之间的步长；默认等于池化窗口大小（不重叠）。",
        )
      : t(
          "Step between windows; 2 halves the output size.",
          "窗口之间的步长；为 2 时输出尺寸减半。",
        ),
  };
}

export function dilationParam(rank: number): TupleParam {
  return {
    kind: "tuple",
    rank,
    min: 1,
    max: 1024,
    default: Array.from({ length: rank }, () => 1),
    help: t(
      "Spacing between kernel taps; widens the receptive field without more weights. Must be 1 when strides are above 1.",
      "卷积核采样点之间的间隔；无需更多权重即可扩大感受野。步长大于 1 时必须为 1。",
    ),
  };
}

export function rateParam(help: I18nText, initial = 0.5): FloatParam {
  return { kind: "float", min: 0, max: 1, exclusiveMax: true, initial, help };
}

/** Reshape to the layout a layer needs, as a fix-it, when the element count allows it. */
export function reshapeFix(nodeId: string, edgeId: string, targetShape: readonly number[]): Fix {
  return {
    kind: "insertBefore",
    nodeId,
    edgeId,
    layer: { type: "reshape", params: { targetShape: [...targetShape] } },
  };
}

export function flattenFix(nodeId: string, edgeId: string): Fix {
  return { kind: "insertBefore", nodeId, edgeId, layer: { type: "flatten", params: {} } };
}

/** For a flat vector of n features: the square image it could be, if any. */
export function squareSide(n: Dim, channels = 1): number | null {
  if (n === null || n % channels !== 0) return null;
  const side = Math.round(Math.sqrt(n / channels));
  return side * side * channels === n ? side : null;
}
