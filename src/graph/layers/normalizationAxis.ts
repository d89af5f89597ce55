/** The feature axis of batch and layer normalisation, checked against the input. */
import { t } from "../i18n";
import type { BoolParam, FloatParam } from "../params";
import { describeShape, normalizeAxis } from "../shape";
import { quote } from "../text";
import { expectRank, fail, requireKnown, single } from "./problems";
import type { LayerInput, ShapeArgs } from "./types";

export function featureCount<P extends { readonly axis: number }>(
  args: ShapeArgs<P>,
): { x: LayerInput; features: number } {
  const x = single(args);
  expectRank(args, x, { min: 2 }, t("[batch, …, features]", "[batch, …, features]"));
  const axis = normalizeAxis(args.params.axis, x.shape.length);
  if (axis === null || axis === 0) {
    fail(
      "NG302",
      t(
        `${args.who.en}: axis ${args.params.axis} does not name a feature axis of ${describeShape(x.shape)} from ${quote(x.sourceId)}. Use -1 (the last axis) or a value from 1 to ${x.shape.length - 1}.`,
        `${args.who.zh}：axis ${args.params.axis} 不是来自 ${quote(x.sourceId)} 的 ${describeShape(x.shape)} 的特征轴。请使用 -1（最后一个轴）或 1 到 ${x.shape.length - 1} 之间的值。`,
      ),
      { fix: { kind: "setParam", nodeId: args.nodeId, param: "axis", value: -1 } },
    );
  }
  const features = requireKnown(
    args,
    x,
    x.shape[axis]!,
    t(`size of axis ${args.params.axis}`, `第 ${args.params.axis} 轴的大小`),
  );
  return { x, features };
}

export function axisSize(shape: readonly (number | null)[], axis: number): number {
  const index = normalizeAxis(axis, shape.length);
  return index === null ? 0 : (shape[index] ?? 0);
}

export const epsilonParam: FloatParam = {
  kind: "float",
  min: 0,
  max: 1,
  exclusiveMin: true,
  default: 0.001,
  help: t("Added to the variance to avoid dividing by zero.", "加到方差上以避免除以零。"),
};

export const centerParam: BoolParam = {
  kind: "bool",
  default: true,
  help: t("Learn the shift β.", "学习平移量 β。"),
};
export const scaleParam: BoolParam = {
  kind: "bool",
  default: true,
  help: t("Learn the scale γ.", "学习缩放量 γ。"),
};
