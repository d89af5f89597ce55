/**
 * The questions a supervised model answers besides evaluate / predict:
 * adversarial attacks and robustness (any classifier of real-valued samples),
 * the gradient per time step (recurrent graphs) and attention maps (graphs
 * with multi-head attention). The Trainer hands them here with its model and
 * its validation split.
 */
import type * as tf from "@tensorflow/tfjs";
import type { GraphDocument } from "../../graph/document/schema";
import { t } from "../../graph/i18n";
import type { TrainingSetup } from "../../graph/training/setup";
import type { DatasetSplit, LoadedDataset } from "../datasets/types";
import { TrainingFailure } from "../engine/errors";
import type { RecipeAnswer, RecipeQuestion } from "../recipeViews";
import { type AttackContext, attackSample, featureRange, robustness } from "./adversarial";
import { attentionAnswer, timeGradientsAnswer } from "./labs";

export interface ClassifierQuestionContext {
  readonly model: tf.LayersModel;
  readonly document?: GraphDocument;
  /** tfjs layer name → graph node id. */
  readonly nodeIdOf: (layerName: string) => string;
  readonly dataset: LoadedDataset;
  readonly setup: TrainingSetup;
  /** The split questions are asked about (validation, or train when there is none). */
  readonly split: DatasetSplit;
  /** One sample's shape as the model takes it. */
  readonly inputShape: readonly number[];
}

function attackContext(context: ClassifierQuestionContext): AttackContext {
  const { dataset } = context;
  if (dataset.shapes.task !== "classification" || dataset.integerFeatures)
    throw new TrainingFailure(
      "invalid",
      t(
        "Adversarial attacks need a classifier of real-valued samples (images, points); this model is not one.",
        "对抗攻击需要对实数样本（图像、点）进行分类的模型；此模型不是。",
      ),
    );
  const classes = dataset.shapes.numClasses ?? 2;
  return {
    inputShape: context.inputShape,
    sampleShape: dataset.shapes.inputShape,
    classNames: dataset.shapes.classNames ?? Array.from({ length: classes }, (_, i) => String(i)),
    range: featureRange(dataset.train.features),
    seed: context.setup.seed,
  };
}

export function answerClassifierQuestion(
  context: ClassifierQuestionContext,
  question: RecipeQuestion,
): RecipeAnswer {
  switch (question.kind) {
    case "attack":
      return attackSample(context.model, context.split, question, attackContext(context));
    case "robustness":
      return robustness(context.model, context.split, question, attackContext(context));
    case "timeGradients":
      return timeGradientsAnswer(context, question.count);
    case "attention":
      return attentionAnswer(context, question.index);
    default:
      throw new TrainingFailure(
        "invalid",
        t(
          "This question belongs to another training recipe (decode, neighbours and analogies need an autoencoder, a VAE or word2vec).",
          "此问题属于其他训练方案（解码、近邻和类比需要自编码器、VAE 或 word2vec）。",
        ),
      );
  }
}
