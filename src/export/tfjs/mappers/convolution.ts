/** Convolutions, up-sampling and pooling (windowed and global). */
import { type LayerConfig, unsupported } from "../config";
import type { LayerMapper, MappedLayer } from "./types";

const PADDINGS = ["valid", "same"] as const;

function padding(c: LayerConfig): "valid" | "same" {
  if (c.get("padding") === "causal") {
    return unsupported(
      "its padding is 'causal', which Neurograph does not offer (tfjs 4.22 reports the wrong output length for it).",
      "其 padding 为 'causal'，Neurograph 不提供（tfjs 4.22 对它给出的输出长度有误）。",
    );
  }
  return c.choice("padding", PADDINGS, "valid");
}

function convolution(type: "conv1d" | "conv2d", rank: number): LayerMapper {
  return (c) => {
    c.channelsLast();
    c.expect(
      "groups",
      [1],
      "Neurograph has no grouped convolutions.",
      "Neurograph 不支持分组卷积。",
    );
    return {
      type,
      params: {
        filters: c.int("filters"),
        kernelSize: c.tuple("kernel_size", rank),
        strides: c.tuple("strides", rank, ones(rank)),
        padding: padding(c),
        dilationRate: c.tuple("dilation_rate", rank, ones(rank)),
        activation: c.activation("activation", "linear"),
        useBias: c.bool("use_bias", true),
        kernelRegularizer: c.regularizer("kernel_regularizer"),
      },
    };
  };
}

function ones(rank: number): number[] {
  return Array.from({ length: rank }, () => 1);
}

export const conv1d = convolution("conv1d", 1);
export const conv2d = convolution("conv2d", 2);

export const conv2dTranspose: LayerMapper = (c) => {
  c.channelsLast();
  c.expect(
    "dilation_rate",
    [1, [1, 1]],
    "Neurograph's transposed convolution has no dilation.",
    "Neurograph 的转置卷积不支持空洞。",
  );
  c.expect(
    "output_padding",
    [null],
    "Neurograph's transposed convolution has no output padding.",
    "Neurograph 的转置卷积不支持输出填充。",
  );
  return {
    type: "conv2dTranspose",
    params: {
      filters: c.int("filters"),
      kernelSize: c.tuple("kernel_size", 2),
      strides: c.tuple("strides", 2, ones(2)),
      padding: padding(c),
      activation: c.activation("activation", "linear"),
      useBias: c.bool("use_bias", true),
      kernelRegularizer: c.regularizer("kernel_regularizer"),
    },
  };
};

export const upSampling2d: LayerMapper = (c) => {
  c.channelsLast();
  return {
    type: "upSampling2d",
    params: {
      size: c.tuple("size", 2, [2, 2]),
      interpolation: c.choice("interpolation", ["nearest", "bilinear"], "nearest"),
    },
  };
};

/** Strides equal to the window are Neurograph's default (null), which is how a graph says it. */
export function poolingParams(c: LayerConfig, rank: number): Record<string, unknown> {
  const poolSize = c.tuple(
    "pool_size",
    rank,
    Array.from({ length: rank }, () => 2),
  )!;
  const strides = c.tuple("strides", rank, null);
  const same = strides?.every((s, i) => s === poolSize[i]) ?? false;
  return { poolSize, strides: same ? null : strides, padding: padding(c) };
}

export function pooling(type: string, rank: number): LayerMapper {
  return (c): MappedLayer => {
    c.channelsLast();
    return { type, params: poolingParams(c, rank) };
  };
}

export function globalPooling(type: string): LayerMapper {
  return (c) => {
    c.channelsLast();
    c.expect(
      "keepdims",
      [false],
      "Neurograph's global pooling drops the pooled axes.",
      "Neurograph 的全局池化会去掉被池化的轴。",
    );
    return { type, params: {} };
  };
}
