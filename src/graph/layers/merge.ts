/** Shape rules of the merge layers, mirroring tfjs-layers' merge.ts. */
import { type I18nText, t } from "../i18n";
import { type Dim, describeShape, product, type Shape } from "../shape";
import { quote } from "../text";
import { fail } from "./problems";
import { defineLayer, type LayerInput, type LayerKind, type ShapeArgs } from "./types";

/** Broadcasting of element-wise merges (Add, Multiply): null when incompatible. */
export function broadcastDims(a: readonly Dim[], b: readonly Dim[]): Dim[] | null {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  const out: Dim[] = long.slice(0, long.length - short.length);
  for (let k = 0; k < short.length; k++) {
    const i = long[long.length - short.length + k]!;
    const j = short[k]!;
    if (i === null || j === null || i < 0 || j < 0) out.push(null);
    else if (i === 1) out.push(j);
    else if (j === 1) out.push(i);
    else if (i !== j) return null;
    else out.push(i);
  }
  return out;
}

export function listInputs(inputs: readonly LayerInput[]): string {
  return inputs.map((x) => `${describeShape(x.shape)} from ${quote(x.sourceId)}`).join(", ");
}

export function listInputsZh(inputs: readonly LayerInput[]): string {
  return inputs.map((x) => `来自 ${quote(x.sourceId)} 的 ${describeShape(x.shape)}`).join("、");
}

export function mergeMismatch<P>(args: ShapeArgs<P>, rule: I18nText): never {
  return fail(
    "NG402",
    t(
      `${args.who.en} cannot combine ${listInputs(args.inputs)}: ${rule.en}`,
      `${args.who.zh} 无法合并 ${listInputsZh(args.inputs)}：${rule.zh}`,
    ),
  );
}

export function elementwiseShape<P>(args: ShapeArgs<P>): Shape {
  let dims: Dim[] | null = args.inputs[0]!.shape.slice(1);
  for (const x of args.inputs.slice(1)) {
    dims = broadcastDims(dims, x.shape.slice(1));
    if (dims === null) {
      mergeMismatch(
        args,
        t(
          "element-wise merges need equal shapes (or dimensions of 1 that broadcast). Add a Dense or Reshape so that the shapes agree.",
          "逐元素合并要求形状相同（或可广播的大小为 1 的维度）。请加入 Dense 或 Reshape 使形状一致。",
        ),
      );
    }
  }
  return [null, ...dims];
}

/** Add and Multiply: element-wise merges of 2 or more inputs, no weights. */
export function elementwiseMergeKind(
  type: string,
  label: I18nText,
  summary: I18nText,
  formula?: readonly string[],
): LayerKind {
  return defineLayer<Record<string, never>>({
    type,
    category: "merge",
    label,
    summary,
    formula,
    params: {},
    ports: { kind: "ordered", min: 2, max: 64 },
    inferShape: (args) => ({ shape: elementwiseShape(args) }),
    countParams: () => ({ trainable: 0, nonTrainable: 0 }),
    flops: (_p, inputs, out) => {
      const n = product(out.slice(1));
      return n === null ? null : n * (inputs.length - 1);
    },
  });
}
