import { t } from "../i18n";
import type { DType, Shape } from "../shape";
import { defineLayer } from "./types";

export interface InputParams {
  readonly shape: readonly (number | null)[];
  readonly dtype: DType;
}

export const input = defineLayer<InputParams>({
  type: "input",
  category: "input",
  label: t("Input", "输入"),
  summary: t(
    "Where data enters the network. Its shape is one sample's shape, without the batch dimension: [784] for a flattened MNIST digit, [28, 28, 1] for the image, [20, 16] for 20 time steps of 16 features.",
    "数据进入网络的地方。形状是单个样本的形状，不含批次维：展平的 MNIST 数字为 [784]，图像为 [28, 28, 1]，20 个时间步、每步 16 个特征为 [20, 16]。",
  ),
  formula: [
    String.raw`\mathbf{x} \in \mathbb{R}^{d_1 \times d_2 \times \cdots \times d_r}`,
    String.raw`X = \big[\mathbf{x}^{(1)}, \ldots, \mathbf{x}^{(B)}\big] \in \mathbb{R}^{B \times d_1 \times \cdots \times d_r}`,
  ],
  params: {
    shape: {
      kind: "shape",
      initial: [784],
      allowNull: true,
      allowMinusOne: false,
      maxRank: 5,
      max: 1 << 24,
      help: t(
        "One sample's shape, without the batch dimension. Use null for a length known only at run time (variable-length sequences).",
        "单个样本的形状，不含批次维。运行时才确定的长度（可变长序列）用 null 表示。",
      ),
    },
    dtype: {
      kind: "enum",
      options: ["float32", "int32"],
      default: "float32",
      help: t(
        "float32 for measurements and pixels; int32 for token ids fed to an Embedding.",
        "测量值和像素用 float32；输入 Embedding 的词元编号用 int32。",
      ),
    },
  },
  ports: { kind: "none" },
  inferShape: ({ params }) => ({ shape: [null, ...params.shape] as Shape, dtype: params.dtype }),
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
});
