import { t } from "../i18n";
import { describeShape, product, type Shape } from "../shape";
import { quote } from "../text";
import { fail, single } from "./problems";
import { defineLayer } from "./types";

export interface ReshapeParams {
  readonly targetShape: readonly number[];
}

/** Replaces a -1 in `target` so that it holds `count` elements, or returns null when impossible. */
export function resolveTargetShape(count: number, target: readonly number[]): number[] | null {
  const known = target.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
  if (!target.includes(-1)) return known === count ? [...target] : null;
  if (known === 0 || count % known !== 0) return null;
  return target.map((d) => (d === -1 ? count / known : d));
}

export const reshape = defineLayer<ReshapeParams>({
  type: "reshape",
  category: "core",
  label: t("Reshape", "变形"),
  summary: t(
    "Rearranges each sample into a new shape with the same number of elements, e.g. [784] into [28, 28, 1]. One dimension may be -1: it takes whatever is left.",
    "把每个样本重排为元素个数相同的新形状，例如把 [784] 变为 [28, 28, 1]。可有一维为 -1，表示其余部分。",
  ),
  formula: [
    String.raw`[d_1, \ldots, d_r] \;\longmapsto\; [e_1, \ldots, e_q]`,
    String.raw`\prod_{k=1}^{r} d_k = \prod_{k=1}^{q} e_k`,
    String.raw`e_j = -1 \;\Rightarrow\; e_j = \frac{\prod_{k} d_k}{\prod_{k \ne j} e_k}`,
  ],
  params: {
    targetShape: {
      kind: "shape",
      initial: [28, 28, 1],
      allowNull: false,
      allowMinusOne: true,
      maxRank: 5,
      max: 1 << 24,
      help: t(
        "The new shape of one sample, without the batch dimension.",
        "单个样本的新形状，不含批次维。",
      ),
    },
  },
  ports: { kind: "single" },
  inferShape: (args) => {
    const x = single(args);
    const count = product(x.shape.slice(1));
    const target = args.params.targetShape;
    if (count === null) {
      // tfjs cannot check the size ahead of time here; it reports the target as given.
      return { shape: [null, ...target.map((d) => (d === -1 ? null : d))] as Shape };
    }
    const resolved = resolveTargetShape(count, target);
    if (!resolved) {
      fail(
        "NG403",
        t(
          `${args.who.en} cannot reshape ${describeShape(x.shape)} from ${quote(x.sourceId)} (${count} elements per sample) into [batch, ${target.join(", ")}]. Choose a target shape whose dimensions multiply to ${count}, or use -1 for one of them.`,
          `${args.who.zh} 无法把来自 ${quote(x.sourceId)} 的 ${describeShape(x.shape)}（每个样本 ${count} 个元素）变形为 [batch, ${target.join(", ")}]。请选择各维乘积为 ${count} 的目标形状，或将其中一维设为 -1。`,
        ),
        { edgeId: x.edgeId },
      );
    }
    return { shape: [null, ...resolved] };
  },
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
});
