import { t } from "../i18n";
import { product } from "../shape";
import { axisSize, centerParam, epsilonParam, featureCount, scaleParam } from "./normalizationAxis";
import { centerScaleWarning } from "./trainability";
import { defineLayer } from "./types";

export interface BatchNormalizationParams {
  readonly axis: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly center: boolean;
  readonly scale: boolean;
}

export const batchNormalization = defineLayer<BatchNormalizationParams>({
  type: "batchNormalization",
  category: "normalization",
  label: t("BatchNormalization", "批归一化"),
  summary: t(
    "Normalises each feature over the batch, x̂ = (x − μ_B)/√(σ²_B + ε), then scales and shifts it, y = γ·x̂ + β. It keeps moving averages of μ and σ² (2 non-trainable weights per feature) to use at inference. Faster, steadier training.",
    "在批次上对每个特征做归一化，x̂ = (x − μ_B)/√(σ²_B + ε)，再缩放平移，y = γ·x̂ + β。同时保存 μ 与 σ² 的滑动平均（每个特征 2 个不可训练权重）供推理使用。训练更快更稳定。",
  ),
  formula: [
    String.raw`\mu_B = \frac{1}{m} \sum_{i=1}^{m} x_i`,
    String.raw`\sigma_B^2 = \frac{1}{m} \sum_{i=1}^{m} (x_i - \mu_B)^2`,
    String.raw`\hat{x}_i = \frac{x_i - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}}`,
    String.raw`y_i = \gamma\, \hat{x}_i + \beta`,
    String.raw`\hat{\mu} \leftarrow \rho\, \hat{\mu} + (1 - \rho)\, \mu_B`,
    String.raw`\hat{\sigma}^2 \leftarrow \rho\, \hat{\sigma}^2 + (1 - \rho)\, \sigma_B^2`,
    String.raw`y = \gamma\, \frac{x - \hat{\mu}}{\sqrt{\hat{\sigma}^2 + \varepsilon}} + \beta`,
  ],
  params: {
    axis: {
      kind: "int",
      min: -8,
      max: 8,
      default: -1,
      help: t(
        "The feature axis (−1: the last, i.e. channels).",
        "特征轴（−1 表示最后一个轴，即通道）。",
      ),
    },
    momentum: {
      kind: "float",
      min: 0,
      max: 1,
      default: 0.99,
      help: t(
        "How slowly the moving averages follow the batch statistics.",
        "滑动平均跟随批次统计量的缓慢程度。",
      ),
    },
    epsilon: epsilonParam,
    center: centerParam,
    scale: scaleParam,
  },
  ports: { kind: "single" },
  inferShape: (args) => ({ shape: featureCount(args).x.shape, warnings: centerScaleWarning(args) }),
  countParams: (p, [x]) => {
    const c = axisSize(x!, p.axis);
    return { trainable: ((p.center ? 1 : 0) + (p.scale ? 1 : 0)) * c, nonTrainable: 2 * c };
  },
  flops: (_p, [x]) => product(x!.slice(1)),
});
