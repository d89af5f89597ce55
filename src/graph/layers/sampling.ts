import { t } from "../i18n";
import { product, shapesEqual } from "../shape";
import { mergeMismatch } from "./merge";
import { defineLayer } from "./types";

export interface SamplingParams {
  readonly klWeight: number;
}

export const sampling = defineLayer<SamplingParams>({
  type: "sampling",
  category: "generative",
  label: t("Sampling", "采样（重参数化）"),
  summary: t(
    "The VAE's reparameterisation: z = μ + σ·ε with σ = exp(½·log σ²) and ε ~ N(0, I), so gradients flow through μ and σ. It adds the KL divergence −½ Σ (1 + log σ² − μ² − σ²) to the loss (times klWeight). At inference it outputs μ.",
    "VAE 的重参数化：z = μ + σ·ε，其中 σ = exp(½·log σ²)，ε ~ N(0, I)，使梯度能流经 μ 和 σ。它把 KL 散度 −½ Σ (1 + log σ² − μ² − σ²)（乘以 klWeight）加入损失。推理时输出 μ。",
  ),
  formula: [
    String.raw`\boldsymbol{\varepsilon} \sim \mathcal{N}(\mathbf{0}, I), \quad \boldsymbol{\sigma} = \exp\!\big(\tfrac{1}{2} \log \boldsymbol{\sigma}^2\big)`,
    String.raw`\mathbf{z} = \boldsymbol{\mu} + \boldsymbol{\sigma} \odot \boldsymbol{\varepsilon}`,
    String.raw`D_{\mathrm{KL}} = -\frac{1}{2} \sum_{j} \big(1 + \log \sigma_j^2 - \mu_j^2 - \sigma_j^2\big)`,
    String.raw`\mathcal{L} \leftarrow \mathcal{L} + \beta\, D_{\mathrm{KL}}`,
  ],
  params: {
    klWeight: {
      kind: "float",
      min: 0,
      max: 1000,
      default: 1,
      help: t(
        "Weight β of the KL term (β-VAE); 0 turns the VAE into a noisy autoencoder.",
        "KL 项的权重 β（β-VAE）；为 0 时 VAE 退化为带噪声的自编码器。",
      ),
    },
  },
  ports: {
    kind: "ordered",
    min: 2,
    max: 2,
    labels: [t("mean μ", "均值 μ"), t("log variance log σ²", "对数方差 log σ²")],
  },
  inferShape: (args) => {
    const [mean, logVar] = [args.inputs[0]!, args.inputs[1]!];
    if (!shapesEqual(mean.shape, logVar.shape)) {
      mergeMismatch(
        args,
        t(
          "the mean (in0) and the log variance (in1) must have the same shape — usually two Dense layers with the same number of units.",
          "均值（in0）与对数方差（in1）的形状必须相同——通常是两个单元数相同的 Dense 层。",
        ),
      );
    }
    return { shape: mean.shape };
  },
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: (_p, _inputs, out) => product(out.slice(1)),
});
