/** Dense, activations, dropout, flatten, reshape and embedding. */
import { unsupported } from "../config";
import { isWholeNumber } from "../json";
import type { LayerMapper } from "./types";

export const dense: LayerMapper = (c) => {
  c.expect(
    "lora_rank",
    [null],
    "Neurograph has no low-rank adapters.",
    "Neurograph 不支持低秩适配器。",
  );
  return {
    type: "dense",
    params: {
      units: c.int("units"),
      activation: c.activation("activation", "linear"),
      useBias: c.bool("use_bias", true),
      kernelRegularizer: c.regularizer("kernel_regularizer"),
    },
  };
};

export const activation: LayerMapper = (c) => {
  const name = c.get("activation");
  // Keras 3 has leaky_relu as an activation function (slope 0.2); tfjs only as a layer.
  if (name === "leaky_relu")
    return { type: "activation", params: { activation: "leakyRelu", alpha: 0.2 } };
  return { type: "activation", params: { activation: c.activation("activation", "linear") } };
};

export const leakyReLU: LayerMapper = (c) => ({
  type: "activation",
  // tfjs and Keras 2 call the slope alpha, Keras 3 negative_slope; both default to 0.3.
  params: {
    activation: "leakyRelu",
    alpha:
      c.get("negative_slope") !== undefined
        ? c.number("negative_slope", 0.3)
        : c.number("alpha", 0.3),
  },
});

/** Keras's ReLU layer: plain relu, relu6, or a leaky relu, as an Activation node. */
export const relu: LayerMapper = (c) => {
  const max = c.get("max_value");
  const slope = c.number("negative_slope", 0);
  const threshold = c.number("threshold", 0);
  if (threshold === 0 && (max === null || max === undefined))
    return slope === 0
      ? { type: "activation", params: { activation: "relu" } }
      : { type: "activation", params: { activation: "leakyRelu", alpha: slope } };
  if (threshold === 0 && slope === 0 && max === 6)
    return { type: "activation", params: { activation: "relu6" } };
  return unsupported(
    "only relu, relu6 and leaky relu can be expressed (no threshold, max_value 6 or none).",
    "只能表示 relu、relu6 与 leaky relu（无 threshold，max_value 为 6 或无）。",
  );
};

export const softmax: LayerMapper = (c) => {
  c.expect(
    "axis",
    [-1, [-1]],
    "Neurograph's softmax acts on the last axis.",
    "Neurograph 的 softmax 作用于最后一个轴。",
  );
  return { type: "activation", params: { activation: "softmax" } };
};

export const elu: LayerMapper = (c) => {
  c.expect("alpha", [1], "Neurograph's elu has α = 1.", "Neurograph 的 elu 取 α = 1。");
  return { type: "activation", params: { activation: "elu" } };
};

export const dropout: LayerMapper = (c) => {
  c.noteTrainingOnly(["noise_shape"]);
  return { type: "dropout", params: { rate: c.number("rate", 0) } };
};

export const flatten: LayerMapper = (c) => {
  c.channelsLast();
  return { type: "flatten", params: {} };
};

export const reshape: LayerMapper = (c) => {
  const target = c.get("target_shape");
  if (!Array.isArray(target) || !target.every(isWholeNumber))
    return unsupported(
      "its target_shape is not a list of whole numbers.",
      "其 target_shape 不是整数列表。",
    );
  return { type: "reshape", params: { targetShape: [...target] } };
};

export const embedding: LayerMapper = (c) => {
  if (c.bool("mask_zero", false)) {
    c.warn(
      "mask_zero was dropped: Neurograph does not mask padding, so the layers after it read padded steps (id 0) as data and predict differently on padded sequences.",
      "已去掉 mask_zero：Neurograph 不屏蔽填充位，其后的层会把填充的步（编号 0）当作数据，对含填充的序列预测结果会不同。",
    );
  }
  return {
    type: "embedding",
    params: { inputDim: c.int("input_dim"), outputDim: c.int("output_dim") },
  };
};
