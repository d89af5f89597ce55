/** The params a node shows inline, e.g. "128 · relu" for a Dense layer. */
import type { NodeAnalysis } from "../../graph";

type Params = Readonly<Record<string, unknown>>;

const size = (value: unknown): string => {
  if (Array.isArray(value))
    return value.every((v) => v === value[0]) ? String(value[0]) : value.join("×");
  return String(value);
};
const shape = (value: unknown): string =>
  Array.isArray(value) ? `[${value.map((d) => (d === null ? "?" : d)).join(", ")}]` : String(value);
const act = (p: Params): string[] =>
  p.activation && p.activation !== "linear" ? [String(p.activation)] : [];
const regularised = (p: Params): string[] => {
  const r = p.kernelRegularizer as { l1: number; l2: number } | null | undefined;
  if (!r) return [];
  return [[r.l1 ? `L1 ${r.l1}` : "", r.l2 ? `L2 ${r.l2}` : ""].filter(Boolean).join("+")];
};
const pool = (p: Params): string[] => [
  size(p.poolSize),
  ...(p.strides !== null && p.strides !== undefined && size(p.strides) !== size(p.poolSize)
    ? [`s${size(p.strides)}`]
    : []),
  ...(p.padding === "same" ? ["same"] : []),
];
const recurrent = (p: Params): string[] => [String(p.units), ...(p.returnSequences ? ["seq"] : [])];

const KEY_PARAMS: Readonly<Record<string, (p: Params) => string[]>> = {
  input: (p) => [shape(p.shape), ...(p.dtype === "int32" ? ["int32"] : [])],
  dense: (p) => [String(p.units), ...act(p), ...regularised(p)],
  activation: (p) => [String(p.activation)],
  dropout: (p) => [`p=${p.rate}`],
  reshape: (p) => [shape(p.targetShape)],
  embedding: (p) => [`${p.inputDim}→${p.outputDim}`],
  conv1d: (p) => [
    `${p.filters}`,
    `k${size(p.kernelSize)}`,
    ...(size(p.strides) !== "1" ? [`s${size(p.strides)}`] : []),
    ...act(p),
  ],
  conv2d: (p) => [
    `${p.filters}`,
    `k${size(p.kernelSize)}`,
    ...(size(p.strides) !== "1" ? [`s${size(p.strides)}`] : []),
    ...act(p),
  ],
  conv2dTranspose: (p) => [
    `${p.filters}`,
    `k${size(p.kernelSize)}`,
    `s${size(p.strides)}`,
    ...act(p),
  ],
  upSampling2d: (p) => [
    `×${size(p.size)}`,
    ...(p.interpolation === "bilinear" ? ["bilinear"] : []),
  ],
  maxPooling1d: pool,
  maxPooling2d: pool,
  averagePooling1d: pool,
  averagePooling2d: pool,
  stochasticPooling2d: pool,
  simpleRNN: recurrent,
  lstm: recurrent,
  gru: recurrent,
  bidirectional: (p) => [String(p.layer), ...recurrent(p), String(p.mergeMode)],
  multiHeadAttention: (p) => [`${p.numHeads}×${p.keyDim}`, ...(p.useCausalMask ? ["causal"] : [])],
  concatenate: (p) => (p.axis === -1 ? [] : [`axis ${p.axis}`]),
  dot: (p) => [...(p.normalize ? ["cosine"] : [])],
  sampling: (p) => (p.klWeight === 1 ? [] : [`β=${p.klWeight}`]),
};

export function keyParams(info: NodeAnalysis | undefined): string {
  if (!info?.params) return "";
  const pick = KEY_PARAMS[info.type];
  return pick ? pick(info.params).filter(Boolean).join(" · ") : "";
}
