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
import { SEQUENCE_LAYOUT, sequenceRepair, slideWindows, windowFlops } from "./windows";

export const conv1d = defineLayer<ConvParams>({
  type: "conv1d",
  category: "convolution",
  label: t("Conv1D", "一维卷积"),
  summary: t(
    "Slides learned kernels along a sequence (time steps, characters, audio samples); each output is Σ w·x over kernelSize steps of all channels, plus a bias.",
    "用可学习的卷积核沿序列（时间步、字符、音频采样）滑动；每个输出是 kernelSize 个时间步内所有通道的加权和再加偏置。",
  ),
  formula: [
    String.raw`z_{t,f} = b_f + \sum_{u=0}^{k-1} \sum_{c=1}^{C} w_{u,c,f}\; x_{s t + d u,\; c}`,
    String.raw`y_{t,f} = \varphi(z_{t,f})`,
    ...windowOutputTeX(true),
    ...receptiveFieldTeX(true),
    String.raw`\#\theta = k \cdot C \cdot F + F`,
    ...penaltyTeX(),
  ],
  params: {
    filters: filtersParam,
    kernelSize: kernelSizeParam(1, 3),
    strides: stridesParam(1),
    // tfjs 4.22 reports the wrong output length for "causal" (it pads in call() but
    // computes the shape as "valid"), so we do not offer it.
    padding: paddingParam(),
    dilationRate: dilationParam(1),
    activation: activationParam("linear", "relu"),
    useBias: useBiasParam,
    kernelRegularizer: kernelRegularizerParam,
  },
  ports: { kind: "single" },
  inferShape: (args) => {
    const x = single(args);
    expectRank(args, x, 3, SEQUENCE_LAYOUT, sequenceRepair(args.nodeId, x));
    requireKnown(args, x, lastDim(x.shape), t("channel count", "通道数"));
    checkStridesWithDilation(args);
    const p = args.params;
    const [steps] = slideWindows(args, x, {
      kernel: p.kernelSize,
      strides: p.strides,
      padding: p.padding,
      dilation: p.dilationRate,
      noun: t("kernel", "卷积核"),
    });
    return { shape: [null, steps!, p.filters], warnings: dilationWarning(args) };
  },
  countParams: (p, [x]) => ({
    trainable: p.kernelSize[0]! * (lastDim(x!) ?? 0) * p.filters + (p.useBias ? p.filters : 0),
    nonTrainable: 0,
  }),
  flops: (p, [x], out) =>
    windowFlops(out.slice(1, 2), p.kernelSize, (lastDim(x!) ?? 0) * p.filters),
});
