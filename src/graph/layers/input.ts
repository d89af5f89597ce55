import { t } from "../i18n";
import type { DType, Shape } from "../shape";
import { defineLayer } from "./types";

export interface InputParams {
  readonly shape: readonly (number | null)[];
  readonly dtype: DType;
  /** What feeds this input: the dataset's samples, random noise (a GAN's latent vector z) or class labels (conditioning). */
  readonly role: InputRole;
}

export const INPUT_ROLES = ["data", "noise", "label"] as const;
export type InputRole = (typeof INPUT_ROLES)[number];

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
    role: {
      kind: "enum",
      options: INPUT_ROLES,
      default: "data",
      help: t(
        "What feeds this input during training. data: the dataset's samples. noise: random numbers from a standard normal distribution — a GAN generator's latent vector z. label: the sample's class as a one-hot vector — conditioning in a conditional GAN. Only the generative recipes read noise and label inputs.",
        "训练时由什么输入到这里。data：数据集的样本。noise：标准正态分布的随机数——GAN 生成器的潜在向量 z。label：样本类别的独热向量——条件 GAN 的条件。只有生成类训练方案会读取 noise 和 label 输入。",
      ),
    },
  },
  ports: { kind: "none" },
  inferShape: ({ params }) => ({ shape: [null, ...params.shape] as Shape, dtype: params.dtype }),
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
});
