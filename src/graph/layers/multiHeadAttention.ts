import { t } from "../i18n";
import { describeShape } from "../shape";
import { quote } from "../text";
import { expectRank, fail, lastDim, requireKnown } from "./problems";
import { defineLayer, type LayerInput, type ShapeArgs } from "./types";

export interface MultiHeadAttentionParams {
  readonly numHeads: number;
  readonly keyDim: number;
  readonly valueDim: number | null;
  readonly outputShape: number | null;
  readonly dropout: number;
  readonly useBias: boolean;
  readonly useCausalMask: boolean;
}

const SEQUENCE = t("[batch, steps, features]", "[batch, steps, features]");

/** Inputs in port order: query, value, and key (which defaults to value). */
function parts(inputs: readonly LayerInput[]) {
  const query = inputs[0]!;
  const value = inputs[1] ?? query;
  const key = inputs[2] ?? value;
  return { query, value, key };
}

function dims(p: MultiHeadAttentionParams, inputs: readonly (readonly (number | null)[])[]) {
  const [q, v, k] = [inputs[0]!, inputs[1] ?? inputs[0]!, inputs[2] ?? inputs[1] ?? inputs[0]!];
  const dq = lastDim(q) ?? 0;
  const dv = lastDim(v) ?? 0;
  const dk = lastDim(k) ?? 0;
  const valueDim = p.valueDim ?? p.keyDim;
  const out = p.outputShape ?? dq;
  return { dq, dv, dk, valueDim, out, tq: q[1] ?? null, tv: v[1] ?? null };
}

export const multiHeadAttention = defineLayer<MultiHeadAttentionParams>({
  type: "multiHeadAttention",
  category: "attention",
  label: t("MultiHeadAttention", "多头注意力"),
  summary: t(
    "Each head projects queries Q = X_q·W_q, keys K = X_k·W_k and values V = X_v·W_v, weighs the values by softmax(Q·Kᵀ/√d_k), and the heads' results are concatenated and projected by W_o. One plain incoming edge is self-attention (Q, K, V from the same sequence). Same weights and parameter count as Keras's MultiHeadAttention.",
    "每个头分别投影出查询 Q = X_q·W_q、键 K = X_k·W_k 和值 V = X_v·W_v，用 softmax(Q·Kᵀ/√d_k) 对值加权，再把各头结果拼接后经 W_o 投影。只有一条普通入边时即自注意力（Q、K、V 来自同一序列）。权重与参数量与 Keras 的 MultiHeadAttention 一致。",
  ),
  formula: [
    String.raw`Q_i = X_q W_i^{Q},\; K_i = X_k W_i^{K},\; V_i = X_v W_i^{V}`,
    String.raw`\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\!\left(\frac{Q K^{\top}}{\sqrt{d_k}}\right) V`,
    String.raw`\alpha_{ts} = \operatorname{softmax}_s\!\big(\mathbf{q}_t \cdot \mathbf{k}_s / \sqrt{d_k}\big)`,
    String.raw`\mathbf{o}_t = \sum_{s} \alpha_{ts}\, \mathbf{v}_s`,
    String.raw`\mathrm{head}_i = \operatorname{Attention}(Q_i, K_i, V_i)`,
    String.raw`Y = \operatorname{Concat}(\mathrm{head}_1, \ldots, \mathrm{head}_h)\, W^{O}`,
    String.raw`\mathtt{useCausalMask}: \ \alpha_{ts} = 0 \ \ (s > t)`,
  ],
  params: {
    numHeads: {
      kind: "int",
      min: 1,
      max: 1024,
      initial: 4,
      help: t("Number of attention heads.", "注意力头的数量。"),
    },
    keyDim: {
      kind: "int",
      min: 1,
      max: 65_536,
      initial: 16,
      help: t("Size of each head's queries and keys, d_k.", "每个头的查询与键的维度 d_k。"),
    },
    valueDim: {
      kind: "int",
      min: 1,
      max: 65_536,
      default: null,
      help: t(
        "Size of each head's values; empty means keyDim.",
        "每个头的值的维度；留空表示等于 keyDim。",
      ),
    },
    outputShape: {
      kind: "int",
      min: 1,
      max: 65_536,
      default: null,
      help: t(
        "Size of the output features; empty means the query's feature size.",
        "输出特征的维度；留空表示等于查询的特征维度。",
      ),
    },
    dropout: {
      kind: "float",
      min: 0,
      max: 1,
      exclusiveMax: true,
      default: 0,
      help: t(
        "Dropout on the attention weights during training.",
        "训练时对注意力权重的 dropout 比例。",
      ),
    },
    useBias: {
      kind: "bool",
      default: true,
      help: t("Add biases to the four projections.", "为四个投影加上偏置。"),
    },
    useCausalMask: {
      kind: "bool",
      default: false,
      help: t(
        "Let position t attend only to positions ≤ t (decoders, language models).",
        "使位置 t 只能关注 ≤ t 的位置（解码器、语言模型）。",
      ),
    },
  },
  ports: {
    kind: "named",
    ports: [
      { name: "query", required: true, label: t("query", "查询") },
      { name: "value", required: true, label: t("value", "值") },
      { name: "key", required: false, label: t("key", "键") },
    ],
  },
  inferShape: (args: ShapeArgs<MultiHeadAttentionParams>) => {
    const { query, value, key } = parts(args.inputs);
    for (const [x, what] of [
      [query, t("query", "查询")],
      [value, t("value", "值")],
      [key, t("key", "键")],
    ] as const) {
      expectRank(args, x, 3, SEQUENCE, {
        advice: t(
          `Its ${what.en} must be a sequence; use an Embedding or a Reshape to [steps, features].`,
          `其${what.zh}必须是序列；请使用 Embedding 或 Reshape 变形为 [steps, features]。`,
        ),
      });
      requireKnown(args, x, lastDim(x.shape), t("feature size", "特征维度"));
    }
    if (
      key !== value &&
      key.shape[1] !== null &&
      value.shape[1] !== null &&
      key.shape[1] !== value.shape[1]
    ) {
      fail(
        "NG406",
        t(
          `${args.who.en}: keys and values must have the same number of steps, but the key ${describeShape(key.shape)} from ${quote(key.sourceId)} has ${key.shape[1]} and the value ${describeShape(value.shape)} from ${quote(value.sourceId)} has ${value.shape[1]}.`,
          `${args.who.zh}：键和值的时间步数必须相同，但来自 ${quote(key.sourceId)} 的键 ${describeShape(key.shape)} 有 ${key.shape[1]} 步，来自 ${quote(value.sourceId)} 的值 ${describeShape(value.shape)} 有 ${value.shape[1]} 步。`,
        ),
      );
    }
    return { shape: [null, query.shape[1]!, args.params.outputShape ?? lastDim(query.shape)] };
  },
  countParams: (p, inputs) => {
    const d = dims(p, inputs);
    const h = p.numHeads;
    const weights = h * p.keyDim * (d.dq + d.dk) + h * d.valueDim * d.dv + h * d.valueDim * d.out;
    const biases = p.useBias ? 2 * h * p.keyDim + h * d.valueDim + d.out : 0;
    return { trainable: weights + biases, nonTrainable: 0 };
  },
  flops: (p, inputs) => {
    const d = dims(p, inputs);
    if (d.tq === null || d.tv === null) return null;
    const h = p.numHeads;
    const projections =
      d.tq * d.dq * h * p.keyDim + d.tv * (d.dk * h * p.keyDim + d.dv * h * d.valueDim);
    const attention = d.tq * d.tv * h * (p.keyDim + d.valueDim);
    return projections + attention + d.tq * h * d.valueDim * d.out;
  },
});
