/** Multi-head attention (ours and Keras's share arguments and weights) and our other custom layers. */
import { unsupported } from "../config";
import { isWholeNumber } from "../json";
import { poolingParams } from "./convolution";
import type { LayerMapper } from "./types";

export const multiHeadAttention: LayerMapper = (c) => {
  // Keras attends over axis 1 of [batch, steps, features] by default; ours does only that.
  c.expect(
    "attention_axes",
    [null, [1], [-2]],
    "Neurograph's attention runs over the steps axis of a sequence.",
    "Neurograph 的注意力沿序列的时间步轴计算。",
  );
  if (c.call && Object.hasOwn(c.call.named, "attention_mask")) {
    unsupported(
      "it is called with an attention_mask tensor; Neurograph's attention takes only a causal mask.",
      "调用时传入了 attention_mask 张量；Neurograph 的注意力只支持因果掩码。",
    );
  }
  const keyDim = c.int("key_dim");
  const valueDim = c.int("value_dim", keyDim);
  const outputShape = c.get("output_shape");
  const output =
    outputShape === null || outputShape === undefined
      ? null
      : isWholeNumber(outputShape)
        ? outputShape
        : Array.isArray(outputShape) && outputShape.length === 1 && isWholeNumber(outputShape[0])
          ? outputShape[0]
          : unsupported("its output_shape has more than one axis.", "其 output_shape 不止一个轴。");
  // Keras passes the causal mask when calling the layer; ours keeps it in the config.
  const causalOption = c.call?.options.use_causal_mask;
  return {
    type: "multiHeadAttention",
    params: {
      numHeads: c.int("num_heads"),
      keyDim,
      // Our tfjs layer writes valueDim resolved; equal to keyDim is Neurograph's default (null).
      valueDim: valueDim === keyDim ? null : valueDim,
      outputShape: output,
      dropout: c.number("dropout", 0),
      useBias: c.bool("use_bias", true),
      useCausalMask: causalOption === true || c.bool("use_causal_mask", false),
    },
  };
};

export const positionalEncoding: LayerMapper = (c) => ({
  type: "positionalEncoding",
  params: { maxWavelength: c.number("max_wavelength", 10_000) },
});

export const sampling: LayerMapper = (c) => ({
  type: "sampling",
  params: { klWeight: c.number("kl_weight", 1) },
});

export const stochasticPooling2d: LayerMapper = (c) => ({
  type: "stochasticPooling2d",
  params: poolingParams(c, 2),
});
