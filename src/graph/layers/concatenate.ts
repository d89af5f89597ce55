import { t } from "../i18n";
import { type Dim, normalizeAxis } from "../shape";
import { mergeMismatch } from "./merge";
import { fail } from "./problems";
import { defineLayer } from "./types";

export interface ConcatenateParams {
  readonly axis: number;
}

export const concatenate = defineLayer<ConcatenateParams>({
  type: "concatenate",
  category: "merge",
  label: t("Concatenate", "拼接"),
  summary: t(
    "Joins its inputs along one axis (the last by default): [batch, 64] and [batch, 32] give [batch, 96]. All other dimensions must match.",
    "沿一个轴（默认最后一个）拼接各输入：[batch, 64] 与 [batch, 32] 得到 [batch, 96]。其余维度须一致。",
  ),
  formula: [
    String.raw`\mathbf{y} = \big[\mathbf{x}^{(1)} ;\, \mathbf{x}^{(2)} ;\, \ldots ;\, \mathbf{x}^{(n)}\big]`,
    String.raw`d^{\,\mathrm{out}}_{\mathtt{axis}} = \sum_{k=1}^{n} d^{\,(k)}_{\mathtt{axis}}`,
    String.raw`[B, 64] \,\Vert\, [B, 32] \;\longmapsto\; [B, 96]`,
  ],
  params: {
    axis: {
      kind: "int",
      min: -8,
      max: 8,
      default: -1,
      help: t("The axis to join along (−1: the last).", "拼接所沿的轴（−1 表示最后一个）。"),
    },
  },
  ports: { kind: "ordered", min: 2, max: 64 },
  inferShape: (args) => {
    const rank = args.inputs[0]!.shape.length;
    if (args.inputs.some((x) => x.shape.length !== rank)) {
      mergeMismatch(
        args,
        t("all inputs must have the same number of dimensions.", "所有输入的维数必须相同。"),
      );
    }
    const axis = normalizeAxis(args.params.axis, rank);
    if (axis === null || axis === 0) {
      fail(
        "NG302",
        t(
          `${args.who.en}: axis ${args.params.axis} is not a feature axis of its ${rank}-D inputs. Use -1 or a value from 1 to ${rank - 1}.`,
          `${args.who.zh}：axis ${args.params.axis} 不是其 ${rank} 维输入的特征轴。请使用 -1 或 1 到 ${rank - 1} 之间的值。`,
        ),
        { fix: { kind: "setParam", nodeId: args.nodeId, param: "axis", value: -1 } },
      );
    }
    const rest = (shape: readonly Dim[]) => shape.filter((_, i) => i !== axis).join(",");
    const first = rest(args.inputs[0]!.shape);
    if (args.inputs.some((x) => rest(x.shape) !== first)) {
      mergeMismatch(
        args,
        t(
          `all dimensions except axis ${args.params.axis} must be equal.`,
          `除第 ${args.params.axis} 轴外，其余维度必须相等。`,
        ),
      );
    }
    const out: Dim[] = [...args.inputs[0]!.shape];
    out[axis] = args.inputs.reduce<Dim>(
      (sum, x) => (sum === null || x.shape[axis] === null ? null : sum + x.shape[axis]!),
      0,
    );
    return { shape: out };
  },
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
});
