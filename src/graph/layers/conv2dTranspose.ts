import { t } from "../i18n";
import type { Regularization } from "../params";
import { product } from "../shape";
import { deconvOutputLength } from "../shapeMath";
import {
  activationParam,
  kernelRegularizerParam,
  kernelSizeParam,
  paddingParam,
  stridesParam,
  useBiasParam,
} from "./common";
import { filtersParam } from "./convolutionParams";
import { penaltyTeX } from "./formulaParts";
import { expectRank, lastDim, requireKnown, single } from "./problems";
import { defineLayer } from "./types";
import { IMAGE_LAYOUT, imageRepair } from "./windows";

export interface Conv2DTransposeParams {
  readonly filters: number;
  readonly kernelSize: readonly number[];
  readonly strides: readonly number[];
  readonly padding: "valid" | "same";
  readonly activation: string;
  readonly useBias: boolean;
  readonly kernelRegularizer: Regularization | null;
}

export const conv2dTranspose = defineLayer<Conv2DTransposeParams>({
  type: "conv2dTranspose",
  category: "convolution",
  label: t("Conv2D Transpose", "二维转置卷积"),
  summary: t(
    "The transpose of a convolution (sometimes called deconvolution): each input pixel paints a learned kernel onto a larger output, so strides 2 doubles height and width. Used in decoders and GAN generators.",
    "卷积的转置（常称反卷积）：每个输入像素把一个可学习的卷积核“印”到更大的输出上，步长为 2 时高宽加倍。用于解码器和 GAN 生成器。",
  ),
  formula: [
    String.raw`z_{p,q,f} = b_f + \sum_{c=1}^{C} \sum_{S_{pq}} w_{u,v,f,c}\; x_{i,j,c}`,
    String.raw`S_{pq} = \{(i,j,u,v) : s i + u = p,\ s j + v = q\}`,
    String.raw`y_{p,q,f} = \varphi(z_{p,q,f})`,
    String.raw`\mathbf{z} = M_{\mathrm{conv}}^{\top}\, \mathbf{x} + \mathbf{b}`,
    String.raw`n'_{\mathtt{valid}} = s\,n + \max(k - s,\, 0)`,
    String.raw`n'_{\mathtt{same}} = s\,n`,
    String.raw`\#\theta = k_h \cdot k_w \cdot C \cdot F + F`,
    ...penaltyTeX(),
  ],
  params: {
    filters: filtersParam,
    kernelSize: kernelSizeParam(2, 3),
    strides: { ...stridesParam(2), initial: [2, 2] },
    padding: paddingParam(),
    activation: activationParam("linear", "relu"),
    useBias: useBiasParam,
    kernelRegularizer: kernelRegularizerParam,
  },
  ports: { kind: "single" },
  inferShape: (args) => {
    const x = single(args);
    expectRank(args, x, 4, IMAGE_LAYOUT, imageRepair(args.nodeId, x));
    requireKnown(args, x, lastDim(x.shape), t("channel count", "通道数"));
    const p = args.params;
    const h = deconvOutputLength(x.shape[1]!, p.strides[0]!, p.kernelSize[0]!, p.padding);
    const w = deconvOutputLength(x.shape[2]!, p.strides[1]!, p.kernelSize[1]!, p.padding);
    return { shape: [null, h, w, p.filters] };
  },
  countParams: (p, [x]) => ({
    trainable:
      p.kernelSize[0]! * p.kernelSize[1]! * (lastDim(x!) ?? 0) * p.filters +
      (p.useBias ? p.filters : 0),
    nonTrainable: 0,
  }),
  flops: (p, [x]) => {
    const positions = product(x!.slice(1, 3));
    return positions === null
      ? null
      : positions * p.kernelSize[0]! * p.kernelSize[1]! * (lastDim(x!) ?? 0) * p.filters;
  },
});
