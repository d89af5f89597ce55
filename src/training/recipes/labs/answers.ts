/**
 * The "timeGradients" and "attention" answers of a supervised model (the
 * Trainer asks through classifierQuestions.ts): plain data out, every tensor
 * made here released.
 */
import * as tf from "@tensorflow/tfjs";
import type { GraphDocument } from "../../../graph/document/schema";
import { t } from "../../../graph/i18n";
import type { DatasetSplit } from "../../datasets/types";
import { labelShape } from "../../engine/deviceData";
import { TrainingFailure } from "../../engine/errors";
import type { RecipeAnswer } from "../../recipeViews";
import type { ClassifierQuestionContext } from "../classifierQuestions";
import { attentionLayers, attentionMaps } from "./attentionMaps";
import { timeStepGradients } from "./timeStepGradients";

export type TimeGradientsAnswer = Extract<RecipeAnswer, { kind: "timeGradients" }>;
export type AttentionAnswer = Extract<RecipeAnswer, { kind: "attention" }>;

/** At most this many samples per gradient question: one batch, answered in well under a second. */
export const MAX_GRADIENT_SAMPLES = 256;

const RECURRENT = new Set(["simpleRNN", "lstm", "gru"]);
/** tfjs class name → our layer kind, for a model without its document. */
const RECURRENT_CLASSES: Readonly<Record<string, string>> = {
  SimpleRNN: "simpleRNN",
  LSTM: "lstm",
  GRU: "gru",
  Bidirectional: "bidirectional",
};

/**
 * The recurrent layer kinds of the graph, in graph order, each once: "lstm",
 * "gru", "simpleRNN", or "bidirectional(lstm)" for a Bidirectional wrapper.
 */
export function recurrentKinds(model: tf.LayersModel, document?: GraphDocument): string[] {
  const kinds = document
    ? document.nodes.flatMap((node) => {
        if (RECURRENT.has(node.type)) return [node.type];
        if (node.type !== "bidirectional") return [];
        const inner = (node.params as { layer?: unknown }).layer;
        return [`bidirectional(${typeof inner === "string" ? inner : "lstm"})`];
      })
    : model.layers.flatMap((layer) => {
        const kind = RECURRENT_CLASSES[layer.getClassName()];
        return kind ? [kind] : [];
      });
  return [...new Set(kinds)];
}

function invalid(en: string, zh: string): TrainingFailure {
  return new TrainingFailure("invalid", t(en, zh));
}

/** Samples [start, start + count) of a split as the model takes them: features (in the model's dtype) and labels. */
function sampleTensors(
  context: ClassifierQuestionContext,
  split: DatasetSplit,
  start: number,
  count: number,
): { x: tf.Tensor; y: tf.Tensor } {
  const featureSize = split.features.length / split.count;
  const labelsPerSample = split.labels.length / split.count;
  const dtype = context.model.inputs[0]!.dtype === "int32" ? "int32" : "float32";
  const features = split.features.subarray(start * featureSize, (start + count) * featureSize);
  const labels = split.labels.subarray(start * labelsPerSample, (start + count) * labelsPerSample);
  return tf.tidy(() => {
    const floats = tf.tensor(features, [count, ...context.inputShape], "float32");
    return {
      x: dtype === "int32" ? tf.cast(floats, "int32") : floats,
      y: tf.tensor(labels, [count, ...labelShape(context.dataset.shapes, labelsPerSample)]),
    };
  });
}

/** Mean ‖∂L/∂x_t‖₂ per input step over the first `count` samples of the context's split. */
export function timeGradientsAnswer(
  context: ClassifierQuestionContext,
  count: number,
): TimeGradientsAnswer {
  const { split } = context;
  const n = Math.min(Math.max(1, Math.floor(count)), split.count, MAX_GRADIENT_SAMPLES);
  const tokens = context.model.inputs[0]!.dtype === "int32";
  const sequence = tokens ? context.inputShape.length === 1 : context.inputShape.length === 2;
  if (split.count === 0 || !sequence)
    throw invalid(
      "The gradient per time step needs a sequence input ([steps, features], or [steps] token ids feeding an Embedding).",
      "每个时间步的梯度需要序列输入（[steps, features]，或输入嵌入层的 [steps] 词元编号）。",
    );
  const { x, y } = sampleTensors(context, split, 0, n);
  try {
    const norms = timeStepGradients(context.model, x, y, {
      loss: context.setup.loss,
      task: context.dataset.shapes.task,
    });
    return {
      kind: "timeGradients",
      norms,
      layers: recurrentKinds(context.model, context.document),
    };
  } catch (error) {
    if (error instanceof TrainingFailure) throw error;
    throw invalid(
      `The gradient per time step could not be taken for this graph: ${(error as Error).message}.`,
      `无法为此图计算每个时间步的梯度：${(error as Error).message}。`,
    );
  } finally {
    x.dispose();
    y.dispose();
  }
}

/** Every attention head's weights for sample `index` of the context's split, with its tokens. */
export function attentionAnswer(
  context: ClassifierQuestionContext,
  index: number,
): AttentionAnswer {
  const { split, dataset } = context;
  if (attentionLayers(context.model).length === 0)
    throw invalid(
      "This graph has no MultiHeadAttention layer, so it has no attention maps.",
      "此图没有多头注意力层，因此没有注意力图。",
    );
  if (!Number.isInteger(index) || index < 0 || index >= split.count)
    throw invalid(
      `There is no sample ${index}: the split has ${split.count}.`,
      `没有第 ${index} 个样本：该数据划分共有 ${split.count} 个。`,
    );
  const { x, y } = sampleTensors(context, split, index, 1);
  y.dispose();
  try {
    const maps = attentionMaps(context.model, x, context.nodeIdOf);
    const steps = maps[0]!.keys;
    const featureSize = split.features.length / split.count;
    const vocabulary = dataset.integerFeatures ? dataset.vocabulary : undefined;
    const ids = split.features.subarray(index * featureSize, (index + 1) * featureSize);
    const tokens =
      vocabulary && ids.length === steps
        ? Array.from(ids, (id) => vocabulary[id] ?? String(id))
        : Array.from({ length: steps }, (_, s) => String(s + 1));
    return { kind: "attention", tokens, maps };
  } finally {
    x.dispose();
  }
}
