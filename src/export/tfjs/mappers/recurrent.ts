/** SimpleRNN, LSTM, GRU and Bidirectional. */
import type { RecurrentCell } from "../../../graph/layers/recurrent";
import { LayerConfig, unsupported } from "../config";
import { isRecord } from "../json";
import type { LayerMapper } from "./types";

const CELLS: Readonly<Record<string, RecurrentCell>> = {
  SimpleRNN: "simpleRNN",
  LSTM: "lstm",
  GRU: "gru",
};

/** Settings that change what the layer returns or how it runs, which Neurograph cannot express. */
function checkRecurrent(c: LayerConfig, cell: RecurrentCell): void {
  c.expect(
    "return_state",
    [false],
    "Neurograph's recurrent layers return one output.",
    "Neurograph 的循环层只有一个输出。",
  );
  c.expect(
    "stateful",
    [false],
    "Neurograph does not carry state between batches.",
    "Neurograph 不在批次之间保留状态。",
  );
  c.expect(
    "time_major",
    [false],
    "Neurograph reads sequences as [batch, steps, features].",
    "Neurograph 按 [batch, steps, features] 读取序列。",
  );
  if (cell === "gru" && c.bool("reset_after", false)) {
    unsupported(
      "it applies the reset gate after the matrix product (reset_after=True, tf.keras's default since TensorFlow 2), which TensorFlow.js's GRU does not support. Build it in Keras with reset_after=False to import it.",
      "它在矩阵乘法之后才应用重置门（reset_after=True，TensorFlow 2 起 tf.keras 的默认值），TensorFlow.js 的 GRU 不支持。请在 Keras 中以 reset_after=False 构建后再导入。",
    );
  }
  c.noteTrainingOnly(["recurrent_constraint"]);
}

export function recurrent(className: string): LayerMapper {
  return (c) => {
    const cell = CELLS[className]!;
    checkRecurrent(c, cell);
    const gated = cell !== "simpleRNN";
    return {
      type: cell,
      params: {
        units: c.int("units"),
        activation: c.activation("activation", "tanh"),
        ...(gated
          ? { recurrentActivation: c.activation("recurrent_activation", "hardSigmoid") }
          : {}),
        useBias: c.bool("use_bias", true),
        returnSequences: c.bool("return_sequences", false),
        goBackwards: c.bool("go_backwards", false),
        dropout: c.number("dropout", 0),
        recurrentDropout: c.number("recurrent_dropout", 0),
        ...(cell === "lstm" ? { unitForgetBias: c.bool("unit_forget_bias", true) } : {}),
        kernelRegularizer: c.regularizer("kernel_regularizer"),
        recurrentRegularizer: c.regularizer("recurrent_regularizer"),
      },
    };
  };
}

/** Ours builds its inner layer with tfjs's defaults; an inner layer that differs cannot be expressed. */
export const bidirectional: LayerMapper = (c) => {
  const inner = c.get("layer");
  const className = isRecord(inner) && typeof inner.class_name === "string" ? inner.class_name : "";
  const cell = CELLS[className];
  if (!cell || !isRecord(inner) || !isRecord(inner.config)) {
    return unsupported(
      `its inner layer is ${className ? `a ${className}` : "missing"}; Neurograph's Bidirectional wraps a SimpleRNN, LSTM or GRU.`,
      `其内部层${className ? `是 ${className}` : "缺失"}；Neurograph 的 Bidirectional 只能包裹 SimpleRNN、LSTM 或 GRU。`,
    );
  }
  const mergeMode = c.get("merge_mode");
  if (mergeMode === null) {
    unsupported(
      "its merge_mode is null (two separate outputs); Neurograph's layers have one output.",
      "其 merge_mode 为 null（两个独立输出）；Neurograph 的层只有一个输出。",
    );
  }
  const layer = new LayerConfig(inner.config, className, c.kerasVersion, null);
  checkRecurrent(layer, cell);
  const fixed = (key: string, value: unknown, en: string, zh: string) =>
    layer.expect(
      key,
      [value],
      `Neurograph's Bidirectional ${en}`,
      `Neurograph 的 Bidirectional ${zh}`,
    );
  fixed("activation", "tanh", "uses tanh.", "使用 tanh。");
  if (cell !== "simpleRNN")
    fixed(
      "recurrent_activation",
      "hard_sigmoid",
      "gates with hard_sigmoid (TensorFlow.js's default).",
      "的门使用 hard_sigmoid（TensorFlow.js 的默认值）。",
    );
  fixed("use_bias", true, "always has biases.", "总是带偏置。");
  fixed("go_backwards", false, "runs its first copy forwards.", "的第一份副本正向运行。");
  layer.noteTrainingOnly(["dropout", "recurrent_dropout", "recurrent_regularizer"]);
  c.trainingOnly.push(
    ...layer.trainingOnly.filter((k) => layer.get(k) !== 0).map((k) => `layer.${k}`),
  );
  return {
    type: "bidirectional",
    params: {
      layer: cell,
      units: layer.int("units"),
      returnSequences: layer.bool("return_sequences", false),
      mergeMode: c.choice("merge_mode", ["concat", "sum", "mul", "ave"], "concat"),
      kernelRegularizer: layer.regularizer("kernel_regularizer"),
    },
  };
};
