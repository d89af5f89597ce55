import { t } from "../i18n";
import { product } from "../shape";
import { axisSize, centerParam, epsilonParam, featureCount, scaleParam } from "./normalizationAxis";
import { centerScaleWarning } from "./trainability";
import { defineLayer } from "./types";

export interface LayerNormalizationParams {
  readonly axis: number;
  readonly epsilon: number;
  readonly center: boolean;
  readonly scale: boolean;
}

export const layerNormalization = defineLayer<LayerNormalizationParams>({
  type: "layerNormalization",
  category: "normalization",
  label: t("LayerNormalization", "层归一化"),
  summary: t(
    "Normalises each sample over its features, x̂ = (x − μ)/√(σ² + ε), then y = γ·x̂ + β. Unlike batch normalisation it does not depend on the batch, which suits recurrent networks and transformers.",
    "在每个样本的特征上做归一化，x̂ = (x − μ)/√(σ² + ε)，再 y = γ·x̂ + β。与批归一化不同，它不依赖批次，适合循环网络和 Transformer。",
  ),
  formula: [
    String.raw`\mu = \frac{1}{H} \sum_{k=1}^{H} x_k`,
    String.raw`\sigma^2 = \frac{1}{H} \sum_{k=1}^{H} (x_k - \mu)^2`,
    String.raw`\hat{x}_k = \frac{x_k - \mu}{\sqrt{\sigma^2 + \varepsilon}}`,
    String.raw`y_k = \gamma_k\, \hat{x}_k + \beta_k`,
  ],
  params: {
    axis: {
      kind: "int",
      min: -8,
      max: 8,
      default: -1,
      help: t("The axis normalised over (−1: the last).", "进行归一化的轴（−1 表示最后一个）。"),
    },
    epsilon: epsilonParam,
    center: centerParam,
    scale: scaleParam,
  },
  ports: { kind: "single" },
  inferShape: (args) => ({ shape: featureCount(args).x.shape, warnings: centerScaleWarning(args) }),
  countParams: (p, [x]) => {
    const c = axisSize(x!, p.axis);
    return { trainable: ((p.center ? 1 : 0) + (p.scale ? 1 : 0)) * c, nonTrainable: 0 };
  },
  flops: (_p, [x]) => product(x!.slice(1)),
});
