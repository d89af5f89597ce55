import { t } from "../i18n";
import { type Dim, normalizeAxis, product } from "../shape";
import { listInputs, listInputsZh, mergeMismatch } from "./merge";
import { fail } from "./problems";
import { defineLayer } from "./types";

export interface DotParams {
  readonly axes: readonly [number, number];
  readonly normalize: boolean;
}

/** Axes resolved against each input's rank; null where one is out of range or the batch axis. */
export function resolveDotAxes(
  axes: readonly [number, number],
  rank1: number,
  rank2: number,
): [number, number] | null {
  const a = normalizeAxis(axes[0], rank1);
  const b = normalizeAxis(axes[1], rank2);
  return a === null || b === null || a === 0 || b === 0 ? null : [a, b];
}

export const dot = defineLayer<DotParams>({
  type: "dot",
  category: "merge",
  label: t("Dot", "点积"),
  summary: t(
    "Dot product of two inputs along the given axes, per sample. With normalize it is the cosine similarity — how word2vec scores a (word, context) pair.",
    "按样本沿给定轴计算两个输入的点积。开启 normalize 时即余弦相似度——word2vec 正是用它为（词，上下文）对打分。",
  ),
  formula: [
    String.raw`y = \mathbf{a} \cdot \mathbf{b} = \sum_{i} a_i\, b_i`,
    String.raw`\mathtt{normalize}: \ y = \cos\theta = \frac{\mathbf{a} \cdot \mathbf{b}}{\lVert \mathbf{a} \rVert_2\, \lVert \mathbf{b} \rVert_2}`,
    String.raw`y_{ij} = \sum_{k} a_{ik}\, b_{jk} \quad (A, B \in \mathbb{R}^{T \times d})`,
  ],
  params: {
    axes: {
      kind: "axes",
      help: t(
        "The axis summed over: one number for both inputs, or a pair [a, b]. −1 is the last axis.",
        "求和所沿的轴：一个数表示两个输入都用该轴，或给出一对 [a, b]。−1 表示最后一个轴。",
      ),
    },
    normalize: {
      kind: "bool",
      default: false,
      help: t(
        "L2-normalise both inputs first, giving the cosine similarity.",
        "先对两个输入做 L2 归一化，得到余弦相似度。",
      ),
    },
  },
  ports: { kind: "ordered", min: 2, max: 2 },
  inferShape: (args) => {
    const [x, y] = [args.inputs[0]!, args.inputs[1]!];
    if (x.shape.length > 3 || y.shape.length > 3) {
      fail(
        "NG401",
        t(
          `${args.who.en} supports inputs of 2 or 3 dimensions, but receives ${listInputs(args.inputs)}. Flatten or pool them first.`,
          `${args.who.zh} 只支持 2 维或 3 维输入，但收到 ${listInputsZh(args.inputs)}。请先展平或池化。`,
        ),
      );
    }
    const axes = resolveDotAxes(args.params.axes, x.shape.length, y.shape.length);
    if (axes === null) {
      fail(
        "NG302",
        t(
          `${args.who.en}: axes [${args.params.axes.join(", ")}] do not name feature axes of ${listInputs(args.inputs)}. Use -1 for the last axis.`,
          `${args.who.zh}：axes [${args.params.axes.join(", ")}] 不是 ${listInputsZh(args.inputs)} 的特征轴。最后一个轴请用 -1。`,
        ),
        { fix: { kind: "setParam", nodeId: args.nodeId, param: "axes", value: -1 } },
      );
    }
    const [a, b] = axes;
    if (x.shape[a] !== y.shape[b] || x.shape[a] === null) {
      mergeMismatch(
        args,
        t(
          `the summed axes must have the same known size, but they are ${x.shape[a] ?? "?"} and ${y.shape[b] ?? "?"}.`,
          `求和所沿的轴须大小相同且确定，但实际为 ${x.shape[a] ?? "?"} 与 ${y.shape[b] ?? "?"}。`,
        ),
      );
    }
    const left: Dim[] = x.shape.filter((_, i) => i !== a);
    const right: Dim[] = y.shape.filter((_, i) => i !== b).slice(1);
    const out = [...left, ...right];
    if (out.length === 1) out.push(1);
    return { shape: out };
  },
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: (p, [x, y], out) => {
    const axes = resolveDotAxes(p.axes, x!.length, y!.length);
    const n = product(out.slice(1));
    return axes === null || n === null ? null : n * (x![axes[0]] ?? 0);
  },
});
