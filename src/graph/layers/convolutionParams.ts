/** The params every convolution kind shares, and their consistency check. */
import { t } from "../i18n";
import type { IntParam, Regularization } from "../params";
import { fail } from "./problems";
import type { ShapeArgs } from "./types";

export interface ConvParams {
  readonly filters: number;
  readonly kernelSize: readonly number[];
  readonly strides: readonly number[];
  readonly padding: "valid" | "same";
  readonly dilationRate: readonly number[];
  readonly activation: string;
  readonly useBias: boolean;
  readonly kernelRegularizer: Regularization | null;
}

export const filtersParam: IntParam = {
  kind: "int",
  min: 1,
  max: 65_536,
  initial: 32,
  help: t(
    "Number of filters (output channels); each learns to detect one pattern.",
    "卷积核（输出通道）的数量；每个核学习检测一种模式。",
  ),
};

/** tfjs refuses strides and dilation above 1 together; say so before it does. */
export function checkStridesWithDilation(args: ShapeArgs<ConvParams>): void {
  const { strides, dilationRate } = args.params;
  if (strides.some((s) => s > 1) && dilationRate.some((d) => d > 1)) {
    fail(
      "NG302",
      t(
        `${args.who.en}: strides [${strides.join(", ")}] and dilationRate [${dilationRate.join(", ")}] cannot both be above 1. Set one of them to 1.`,
        `${args.who.zh}：strides [${strides.join(", ")}] 与 dilationRate [${dilationRate.join(", ")}] 不能同时大于 1。请将其中之一设为 1。`,
      ),
    );
  }
}
