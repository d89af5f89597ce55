/**
 * The autoencoder and VAE recipe: the graph (input → reconstruction) learns
 * to give back its input. Targets are the inputs; labels only colour the
 * latent scatter. A VAE's loss is the negative ELBO, reconstruction + β·KL
 * (see loss.ts for the scaling and objective.ts for where the KL comes from).
 */
import * as tf from "@tensorflow/tfjs";
import { t } from "../../../graph/i18n";
import { resolveBatchSize } from "../../../graph/training/setup";
import { createRandom, deriveSeed } from "../../datasets/random";
import type { DatasetSplit } from "../../datasets/types";
import { TrainingFailure } from "../../engine/errors";
import {
  createOptimizer,
  disposeOptimizer,
  setOptimizerLearningRate,
} from "../../engine/optimizers";
import { epochOrder, splitValidation } from "../../engine/split";
import { trainableVariables } from "../../engine/step";
import type { RecipeAnswer, RecipeQuestion, RecipeSeries, RecipeView } from "../../recipeViews";
import { featureRange, type InputRange } from "../adversarial/range";
import type {
  RecipeAlgorithm,
  RecipeContext,
  RecipeFactory,
  RecipeIteration,
  RecipeStepResult,
} from "../types";
import { type ReconstructionLoss, reconstructionLossOf } from "./loss";
import { type AutoencoderNetworks, autoencoderParts, buildAutoencoderNetworks } from "./networks";
import { batchLoss, layerPenalties, lossTerms } from "./objective";
import { AutoencoderPictures, RANDOM_SAMPLES } from "./pictures";
import { symbolicOutput } from "./replay";

const SERIES: Readonly<Record<"reconstruction" | "kl", RecipeSeries>> = {
  reconstruction: { key: "reconstruction", label: t("Reconstruction", "重建") },
  kl: { key: "kl", label: t("KL divergence", "KL 散度") },
};

/** Validation is evaluated in batches of this size. */
const EVALUATION_BATCH = 256;

function invalid(en: string, zh: string): TrainingFailure {
  return new TrainingFailure("invalid", t(en, zh));
}

function product(shape: readonly (number | null)[]): number {
  return shape.reduce<number>((n, d) => n * (d ?? 1), 1);
}

class AutoencoderAlgorithm implements RecipeAlgorithm {
  readonly model: tf.LayersModel;
  readonly stepsPerEpoch: number;
  readonly trainCount: number;
  readonly validationCount: number;
  readonly batchSize: number;
  readonly parameterCount: number;
  readonly classNames?: readonly string[];
  readonly series: readonly RecipeSeries[];

  private readonly networks: AutoencoderNetworks;
  private readonly loss: ReconstructionLoss;
  private readonly beta: number;
  private readonly seed: number;
  private readonly inputShape: number[];
  private readonly train: DatasetSplit;
  private readonly validation: DatasetSplit | null;
  private readonly pictures: AutoencoderPictures;
  private readonly variables: tf.Variable[];
  private optimizer: tf.Optimizer | null = null;
  private trainTensor: tf.Tensor | null = null;
  private validationTensor: tf.Tensor | null = null;
  private order: { readonly epoch: number; readonly indices: Uint32Array } | null = null;

  constructor(private readonly context: RecipeContext) {
    const { dataset, setup } = context;
    const parts = autoencoderParts(context);
    if (dataset.integerFeatures)
      throw invalid(
        "An autoencoder reconstructs numbers, not token ids: pick an image or numeric dataset.",
        "自编码器重建的是数值，而不是词元编号：请选择图像或数值数据集。",
      );
    this.model = context.model;
    this.inputShape = symbolicOutput(this.model, context.layerNames, parts.input).shape.slice(
      1,
    ) as number[];
    const featureSize = dataset.train.features.length / Math.max(1, dataset.train.count);
    const outputSize = product(
      context.analysis.nodes.get(parts.output)?.outputShape?.slice(1) ?? [],
    );
    if (product(this.inputShape) !== featureSize || outputSize !== featureSize)
      throw invalid(
        `An autoencoder's input and reconstruction must both hold one sample of the dataset (${featureSize} values); here they hold ${product(this.inputShape)} and ${outputSize}.`,
        `自编码器的输入和重建都必须恰好容纳数据集的一个样本（${featureSize} 个值）；此处分别为 ${product(this.inputShape)} 和 ${outputSize}。`,
      );
    // Last of the checks: the decoder's replay adds references to shared layers (dispose() drops them).
    this.networks = buildAutoencoderNetworks(context, parts);
    const split = splitValidation(dataset.train, setup.validationSplit, setup.seed);
    this.train = split.train;
    this.validation = split.validation;
    const range: InputRange = featureRange(dataset.train.features);
    this.loss = reconstructionLossOf(setup.loss, range);
    this.beta = this.networks.variational ? setup.vae.klWeight : 0;
    this.seed = setup.seed;
    this.trainCount = this.train.count;
    this.validationCount = this.validation?.count ?? 0;
    this.batchSize = resolveBatchSize(setup.batchSize, this.trainCount);
    this.stepsPerEpoch = Math.ceil(this.trainCount / this.batchSize);
    this.parameterCount = this.model.countParams();
    if (dataset.shapes.classNames) this.classNames = dataset.shapes.classNames;
    this.series = this.networks.variational
      ? [SERIES.reconstruction, SERIES.kl]
      : [SERIES.reconstruction];
    this.variables = trainableVariables(this.model);
    this.pictures = new AutoencoderPictures({
      networks: this.networks,
      shown: this.validation ?? this.train,
      inputShape: this.inputShape,
      sampleShape: dataset.shapes.inputShape,
      range,
      randomCodes: randomCodes(this.networks.latentShape, deriveSeed(setup.seed, "random codes")),
    });
  }

  open(learningRate: number): void {
    this.optimizer = createOptimizer({ ...this.context.setup.optimizer, learningRate });
    this.trainTensor = this.upload(this.train);
    this.validationTensor = this.validation ? this.upload(this.validation) : null;
  }

  private upload(split: DatasetSplit): tf.Tensor {
    return tf.tensor(split.features, [split.count, ...this.inputShape], "float32");
  }

  private indicesOf(iteration: RecipeIteration): Int32Array {
    if (this.order?.epoch !== iteration.epoch)
      this.order = {
        epoch: iteration.epoch,
        indices: epochOrder(this.trainCount, this.seed, iteration.epoch),
      };
    const start = Math.min(iteration.index * this.batchSize, this.trainCount - 1);
    const end = Math.min(start + this.batchSize, this.trainCount);
    return Int32Array.from(this.order.indices.subarray(start, end));
  }

  step(iteration: RecipeIteration): RecipeStepResult {
    const optimizer = this.optimizer;
    const data = this.trainTensor;
    if (!optimizer || !data)
      throw new TrainingFailure(
        "internal",
        t("step() before open().", "在 open() 之前调用了 step()。"),
      );
    const indices = this.indicesOf(iteration);
    let result: RecipeStepResult = { loss: Number.NaN, metrics: {}, samples: indices.length };
    let kept: tf.Scalar[] = [];
    try {
      tf.tidy(() => {
        const x = tf.gather(data, tf.tensor1d(indices, "int32"));
        const { value, grads } = optimizer.computeGradients(() => {
          const terms = lossTerms(this.networks, this.loss, x, true);
          const loss = batchLoss(terms, this.beta, layerPenalties(this.model));
          // Kept: the gradient scope would dispose them before they are read.
          kept = [tf.keep(loss.reconstruction), tf.keep(loss.kl)];
          return loss.total;
        }, this.variables);
        const gradients = Object.values(grads);
        const normSquared = tf.addN([tf.scalar(0), ...gradients.map((g) => tf.sum(tf.square(g)))]);
        // One read-back per step: loss, gradient norm and both terms together.
        const [loss, norm, reconstruction, kl] = tf.stack([value, normSquared, ...kept]).dataSync();
        // A step whose loss or gradients are not finite leaves the weights as they were.
        if (Number.isFinite(loss) && Number.isFinite(norm)) optimizer.applyGradients(grads);
        const metrics: Record<string, number> = { reconstruction: reconstruction! };
        if (this.networks.variational) metrics.kl = kl!;
        result = { loss: loss!, metrics, samples: indices.length };
      });
    } finally {
      tf.dispose(kept);
    }
    return result;
  }

  endEpoch(): {
    readonly valLoss?: number;
    readonly valMetrics?: Readonly<Record<string, number>>;
  } {
    const data = this.validationTensor;
    if (!data || !this.validation) return {};
    const count = this.validation.count;
    let reconstruction = 0;
    let kl = 0;
    for (let start = 0; start < count; start += EVALUATION_BATCH) {
      const sums = tf.tidy(() => {
        const x = tf.slice(data, start, Math.min(EVALUATION_BATCH, count - start));
        const terms = lossTerms(this.networks, this.loss, x, false);
        return tf.stack([tf.sum(terms.reconstruction), terms.kl ? tf.sum(terms.kl) : tf.scalar(0)]);
      });
      const [r, k] = sums.dataSync();
      sums.dispose();
      reconstruction += r!;
      kl += k!;
    }
    reconstruction /= count;
    kl /= count;
    return {
      valLoss: reconstruction + this.beta * kl,
      valMetrics: this.networks.variational ? { reconstruction, kl } : { reconstruction },
    };
  }

  setLearningRate(learningRate: number): void {
    if (this.optimizer) setOptimizerLearningRate(this.optimizer, learningRate);
  }

  view(): RecipeView {
    return this.pictures.view();
  }

  query(question: RecipeQuestion): RecipeAnswer {
    if (question.kind !== "decode")
      throw invalid(
        `An autoencoder cannot answer a '${question.kind}' question; it decodes latent points.`,
        `自编码器无法回答“${question.kind}”问题；它只能解码潜空间中的点。`,
      );
    return this.pictures.decode(question.point);
  }

  close(): void {
    if (this.optimizer) disposeOptimizer(this.optimizer);
    tf.dispose([this.trainTensor, this.validationTensor].filter((x) => x !== null));
    this.optimizer = null;
    this.trainTensor = null;
    this.validationTensor = null;
  }

  dispose(): void {
    this.close();
    this.pictures.dispose();
    // The replayed decoder first drops its references to the shared layers; the model then frees the weights.
    this.networks.decoder.dispose();
    this.model.dispose();
  }
}

/** z ~ N(0, I) for the random-sample grid: drawn once, so the grid shows learning rather than luck. */
function randomCodes(latentShape: readonly number[], seed: number): Float32Array {
  const random = createRandom(seed);
  return Float32Array.from({ length: RANDOM_SAMPLES * product(latentShape) }, () =>
    random.normal(),
  );
}

export const createAutoencoderAlgorithm: RecipeFactory = (context) =>
  new AutoencoderAlgorithm(context);
