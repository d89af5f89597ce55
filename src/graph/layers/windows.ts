/** Shared shape logic of convolution and pooling: sliding windows over spatial axes. */
import { t } from "../i18n";
import type { Dim } from "../shape";
import { describeShape, product } from "../shape";
import { convOutputLength, type Padding } from "../shapeMath";
import { quote } from "../text";
import { reshapeFix, squareSide } from "./common";
import { fail, type ProblemDetail } from "./problems";
import type { LayerInput, ShapeArgs } from "./types";

export interface WindowSpec {
  readonly kernel: readonly number[];
  readonly strides: readonly number[];
  readonly padding: Padding;
  readonly dilation?: readonly number[];
  /** "kernel" or "pool window", for messages. */
  readonly noun: { readonly en: string; readonly zh: string };
  /** The param to suggest changing, for the fix-it. */
  readonly paddingParam?: string;
}

/** Output lengths of the spatial axes (those between batch and channels). */
export function slideWindows<P>(args: ShapeArgs<P>, x: LayerInput, spec: WindowSpec): Dim[] {
  const spatial = x.shape.slice(1, -1);
  const out = spatial.map((length, i) =>
    convOutputLength(
      length,
      spec.kernel[i]!,
      spec.padding,
      spec.strides[i]!,
      spec.dilation?.[i] ?? 1,
    ),
  );
  if (out.some((d) => d !== null && d <= 0)) {
    const canPad = spec.padding === "valid";
    const detail: ProblemDetail = {
      code: "NG404",
      text: t(
        `The ${spec.noun.en} [${spec.kernel.join(", ")}] of ${args.who.en} is larger than its input ${describeShape(x.shape)} from ${quote(x.sourceId)} under '${spec.padding}' padding, leaving no output.${canPad ? " Set padding to 'same', or use a smaller window." : " Use a smaller window."}`,
        `${args.who.zh} 的${spec.noun.zh} [${spec.kernel.join(", ")}] 在 '${spec.padding}' 填充下大于来自 ${quote(x.sourceId)} 的输入 ${describeShape(x.shape)}，没有输出。${canPad ? "请把 padding 设为 'same'，或使用更小的窗口。" : "请使用更小的窗口。"}`,
      ),
      edgeId: x.edgeId,
      ...(canPad
        ? {
            fix: {
              kind: "setParam",
              nodeId: args.nodeId,
              param: spec.paddingParam ?? "padding",
              value: "same",
            },
          }
        : {}),
    };
    fail(detail.code, detail.text, detail);
  }
  return out;
}

export function windowFlops(
  out: readonly Dim[],
  window: readonly number[],
  perPosition: number,
): number | null {
  const positions = product(out);
  return positions === null ? null : positions * window.reduce((a, b) => a * b, 1) * perPosition;
}

/** How to feed a 2-D (image) layer from what it received. */
export function imageRepair(nodeId: string, x: LayerInput) {
  const shape = x.shape;
  if (shape.length === 2) {
    const side = squareSide(shape[1] ?? null);
    if (side !== null) {
      return {
        fix: reshapeFix(nodeId, x.edgeId, [side, side, 1]),
        advice: t(
          `Insert a Reshape to [${side}, ${side}, 1] (a ${side}×${side} image with one channel).`,
          `请插入 Reshape，变形为 [${side}, ${side}, 1]（${side}×${side} 的单通道图像）。`,
        ),
      };
    }
    return {
      advice: t(
        "Insert a Reshape to [height, width, channels].",
        "请插入 Reshape，变形为 [height, width, channels]。",
      ),
    };
  }
  if (shape.length === 3 && shape[1] !== null && shape[2] !== null) {
    return {
      fix: reshapeFix(nodeId, x.edgeId, [shape[1]!, shape[2]!, 1]),
      advice: t(
        `Insert a Reshape to [${shape[1]}, ${shape[2]}, 1] to add a channel axis.`,
        `请插入 Reshape，变形为 [${shape[1]}, ${shape[2]}, 1]，以增加通道维。`,
      ),
    };
  }
  return {
    advice: t(
      "Insert a Reshape to [height, width, channels].",
      "请插入 Reshape，变形为 [height, width, channels]。",
    ),
  };
}

/** How to feed a 1-D (sequence) layer from what it received. */
export function sequenceRepair(nodeId: string, x: LayerInput) {
  const n = x.shape[1];
  if (x.shape.length === 2 && n !== null && n !== undefined) {
    return {
      fix: reshapeFix(nodeId, x.edgeId, [n, 1]),
      advice: t(
        `Insert a Reshape to [${n}, 1] (${n} steps of one feature), or an Embedding for token ids.`,
        `请插入 Reshape，变形为 [${n}, 1]（${n} 个时间步、每步 1 个特征）；若是词元编号，请使用 Embedding。`,
      ),
    };
  }
  return {
    advice: t(
      "Insert a Reshape to [steps, features].",
      "请插入 Reshape，变形为 [steps, features]。",
    ),
  };
}

export const IMAGE_LAYOUT = t(
  "[batch, height, width, channels]",
  "[batch, height, width, channels]",
);
export const SEQUENCE_LAYOUT = t("[batch, steps, channels]", "[batch, steps, channels]");
