import { t } from "../i18n";
import {
  activationParam,
  dilationParam,
  kernelRegularizerParam,
  kernelSizeParam,
  paddingParam,
  stridesParam,
  useBiasParam,
} from "./common";
import { type ConvParams, checkStridesWithDilation, filtersParam } from "./convolutionParams";
import { penaltyTeX, receptiveFieldTeX, windowOutputTeX } from "./formulaParts";
import { expectRank, lastDim, requireKnown, single } from "./problems";
import { dilationWarning } from "./trainability";
import { defineLayer } from "./types";
import { IMAGE_LAYOUT, imageRepair, slideWindows, windowFlops } from "./windows";

export const conv2d = defineLayer<ConvParams>({
  type: "conv2d",
  category: "convolution",
  label: t("Conv2D", "二维卷积"),
  summary: t(
    "Slides `filters` learned kernels over the image; each output is Σ w·x over a kernelSize window of all input channels, plus a bias. Output size per axis: ⌈(n − k + 1)/s⌉ with 'valid' padding, ⌈n/s⌉ with 'same'.",
    "用 `filters` 个可学习的卷积核在图像上滑动；每个输出是 kernelSize 窗口内所有输入通道的加权和再加偏置。每个轴的输出尺寸：'valid' 为 ⌈(n − k + 1)/s⌉，'same' 为 ⌈n/s⌉。",
  ),
  formula: [
    String.raw`z_{i,j,f} = b_f + \sum_{u,\,v,\,c} w_{u,v,c,f}\; x_{p,\,q,\,c}`,
    String.raw`0 \le u < k_h, \quad 0 \le v < k_w, \quad 1 \le c \le C`,
    String.raw`p = s\,i + d\,u, \quad q = s\,j + d\,v`,
    String.raw`y_{i,j,f} = \varphi(z_{i,j,f})`,
    ...windowOutputTeX(true),
    ...receptiveFieldTeX(true),
    String.raw`\#\theta = k_h \cdot k_w \cdot C \cdot F + F`,
    ...penaltyTeX(),
  ],
  params: {
    filters: filtersParam,
    kernelSize: kernelSizeParam(2, 3),
    strides: stridesParam(2),
    padding: paddingParam(),
    dilationRate: dilationParam(2),
    activation: activationParam("linear", "relu"),
    useBias: useBiasParam,
    kernelRegularizer: kernelRegularizerParam,
  },
  ports: { kind: "single" },
  inferShape: (args) => {
    const x = single(args);
    expectRank(args, x, 4, IMAGE_LAYOUT, imageRepair(args.nodeId, x));
    requireKnown(args, x, lastDim(x.shape), t("channel count", "通道数"));
    checkStridesWithDilation(args);
    const p = args.params;
    const [h, w] = slideWindows(args, x, {
      kernel: p.kernelSize,
      strides: p.strides,
      padding: p.padding,
      dilation: p.dilationRate,
      noun: t("kernel", "卷积核"),
    });
    return { shape: [null, h!, w!, p.filters], warnings: dilationWarning(args) };
  },
  countParams: (p, [x]) => {
    const k = p.kernelSize[0]! * p.kernelSize[1]!;
    return {
      trainable: k * (lastDim(x!) ?? 0) * p.filters + (p.useBias ? p.filters : 0),
      nonTrainable: 0,
    };
  },
  flops: (p, [x], out) =>
    windowFlops(out.slice(1, 3), p.kernelSize, (lastDim(x!) ?? 0) * p.filters),
});
