/**
 * A last guard before tensors meet: does the model take this dataset's
 * samples and give answers the loss can compare with its labels? The editor
 * reports these mismatches earlier as diagnostics with fixes; here they stop
 * a run with a message instead of a tfjs shape error.
 */
import type * as tf from "@tensorflow/tfjs";
import { t } from "../../graph/i18n";
import type { DatasetShapes } from "../../graph/training/datasetSpec";
import type { LoadedDataset } from "../datasets/types";
import { TrainingFailure } from "./errors";

function product(shape: readonly number[]): number {
  return shape.reduce((n, d) => n * d, 1);
}

function sampleShape(shape: readonly (number | null)[]): number[] {
  return shape.slice(1).map((d) => d ?? -1);
}

function invalid(en: string, zh: string): TrainingFailure {
  return new TrainingFailure("invalid", t(en, zh));
}

export interface ModelSignature {
  readonly inputShape: readonly number[];
  readonly inputDtype: "float32" | "int32";
  readonly outputShape: readonly number[];
}

/** The model's one input and one output, checked against the dataset; throws a TrainingFailure when they disagree. */
export function checkCompatibility(model: tf.LayersModel, dataset: LoadedDataset): ModelSignature {
  if (model.inputs.length !== 1 || model.outputs.length !== 1)
    throw invalid(
      `Supervised training needs a graph with one Input and one output; this one has ${model.inputs.length} and ${model.outputs.length}.`,
      `监督训练需要只有一个输入和一个输出的图；此图有 ${model.inputs.length} 个输入和 ${model.outputs.length} 个输出。`,
    );
  const input = model.inputs[0]!;
  const inputShape = sampleShape(input.shape);
  const outputShape = sampleShape(model.outputs[0]!.shape);
  const shapes = dataset.shapes;
  const featureSize = dataset.train.features.length / Math.max(1, dataset.train.count);
  if (inputShape.some((d) => d < 0) || product(inputShape) !== featureSize)
    throw invalid(
      `The Input's shape [${inputShape.join(", ")}] does not fit the dataset's samples of shape [${shapes.inputShape.join(", ")}]. Set the Input's shape to [${shapes.inputShape.join(", ")}].`,
      `输入的形状 [${inputShape.join(", ")}] 与数据集样本的形状 [${shapes.inputShape.join(", ")}] 不符。请把输入的形状设为 [${shapes.inputShape.join(", ")}]。`,
    );
  checkOutput(outputShape, shapes, dataset.train.labels.length / Math.max(1, dataset.train.count));
  return { inputShape, inputDtype: input.dtype === "int32" ? "int32" : "float32", outputShape };
}

function checkOutput(
  outputShape: readonly number[],
  shapes: DatasetShapes,
  labelsPerSample: number,
): void {
  const units = outputShape[outputShape.length - 1] ?? 1;
  if (shapes.task === "classification") {
    const classes = shapes.numClasses ?? 2;
    if (units > 1 ? units < classes : classes > 2)
      throw invalid(
        `The last layer gives ${units} value${units === 1 ? "" : "s"} per prediction, but the dataset has ${classes} classes. Set the last layer's units to ${classes}.`,
        `最后一层每次预测输出 ${units} 个值，但数据集有 ${classes} 个类别。请把最后一层的单元数设为 ${classes}。`,
      );
    const expectedRank = shapes.perStep ? 2 : 1;
    const stepsOk = !shapes.perStep || outputShape[0] === labelsPerSample;
    if (outputShape.length !== expectedRank || !stepsOk)
      throw invalid(
        shapes.perStep
          ? `Tagging needs one prediction per step: an output of shape [${labelsPerSample}, ${classes}]; this graph's output is [${outputShape.join(", ")}]. Keep the sequence (returnSequences) up to the last layer.`
          : `Classification needs one prediction per sample: an output of shape [${classes}]; this graph's output is [${outputShape.join(", ")}]. Add a Flatten or a global pooling layer before the last Dense.`,
        shapes.perStep
          ? `序列标注需要每一步一个预测：输出形状应为 [${labelsPerSample}, ${classes}]；此图的输出为 [${outputShape.join(", ")}]。请让序列（returnSequences）一直保留到最后一层。`
          : `分类需要每个样本一个预测：输出形状应为 [${classes}]；此图的输出为 [${outputShape.join(", ")}]。请在最后的 Dense 之前加入 Flatten 或全局池化层。`,
      );
    return;
  }
  if (product(outputShape) !== labelsPerSample)
    throw invalid(
      `Each sample has ${labelsPerSample} target value${labelsPerSample === 1 ? "" : "s"}, but the graph's output has shape [${outputShape.join(", ")}]. Set the last layer's units to ${labelsPerSample}.`,
      `每个样本有 ${labelsPerSample} 个目标值，但图的输出形状为 [${outputShape.join(", ")}]。请把最后一层的单元数设为 ${labelsPerSample}。`,
    );
}
