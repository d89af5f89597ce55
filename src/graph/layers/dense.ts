import { t } from "../i18n";
import type { Regularization } from "../params";
import { describeShape, product } from "../shape";
import { quote } from "../text";
import { activationParam, flattenFix, kernelRegularizerParam, useBiasParam } from "./common";
import { penaltyTeX } from "./formulaParts";
import { expectRank, lastDim, requireKnown, single } from "./problems";
import { defineLayer, type ShapeWarning } from "./types";

export interface DenseParams {
  readonly units: number;
  readonly activation: string;
  readonly useBias: boolean;
  readonly kernelRegularizer: Regularization | null;
}

export const dense = defineLayer<DenseParams>({
  type: "dense",
  category: "core",
  label: t("Dense", "全连接层"),
  summary: t(
    "Fully connected layer: every output unit computes a weighted sum of all inputs plus a bias, then applies the activation, y = φ(W·x + b). On a tensor of rank 3 or more it acts on the last axis only.",
    "全连接层：每个输出单元对全部输入加权求和并加偏置，再经过激活函数，y = φ(W·x + b)。输入为 3 维及以上时只作用于最后一个轴。",
  ),
  formula: [
    String.raw`z_j = \sum_{i=1}^{n} w_{ji}\, x_i + b_j`,
    String.raw`y_j = \varphi(z_j)`,
    String.raw`\mathbf{y} = \varphi(W\mathbf{x} + \mathbf{b}), \quad W \in \mathbb{R}^{m \times n},\ \mathbf{b} \in \mathbb{R}^{m}`,
    ...penaltyTeX(),
  ],
  params: {
    units: {
      kind: "int",
      min: 1,
      max: 1 << 20,
      initial: 64,
      help: t("Number of output units (neurons).", "输出单元（神经元）的数量。"),
    },
    activation: activationParam("linear", "relu"),
    useBias: useBiasParam,
    kernelRegularizer: kernelRegularizerParam,
  },
  ports: { kind: "single" },
  inferShape: (args) => {
    const x = single(args);
    expectRank(args, x, { min: 2 }, t("[batch, features]", "[batch, features]"));
    requireKnown(args, x, lastDim(x.shape), t("last dimension (features)", "最后一维（特征数）"));
    const warnings: ShapeWarning[] = [];
    if (x.shape.length === 4) {
      warnings.push({
        code: "NG408",
        text: t(
          `${args.who.en} receives an image-shaped ${describeShape(x.shape)} from ${quote(x.sourceId)} and will act on its last axis only, giving one output per pixel. If you meant to connect every element, insert a Flatten.`,
          `${args.who.zh} 收到来自 ${quote(x.sourceId)} 的图像形状 ${describeShape(x.shape)}，只会作用于最后一个轴，为每个像素给出输出。若要连接全部元素，请插入 Flatten。`,
        ),
        fix: flattenFix(args.nodeId, x.edgeId),
      });
    }
    return { shape: [...x.shape.slice(0, -1), args.params.units], warnings };
  },
  countParams: (p, [x]) => ({
    trainable: (lastDim(x!) ?? 0) * p.units + (p.useBias ? p.units : 0),
    nonTrainable: 0,
  }),
  flops: (p, [x]) => (product(x!.slice(1, -1)) ?? 1) * (lastDim(x!) ?? 0) * p.units,
});
