/**
 * The GAN family — GAN, WGAN and conditional GAN — as a RecipeAlgorithm.
 *
 * One iteration is k discriminator (critic) steps, each on m fresh real
 * samples and m generated ones, then one generator step (k =
 * gan.discriminatorSteps or wgan.criticSteps, m = the batch size). An epoch
 * is one pass of the discriminator over the real samples:
 * stepsPerEpoch = ⌈n / (m·k)⌉ iterations. GANs have no held-out measure
 * here, so every sample trains and there is no validation split.
 */
import * as tf from "@tensorflow/tfjs";
import { t } from "../../../graph/i18n";
import type { GanParts } from "../../../graph/training/recipes/parts";
import { resolveBatchSize } from "../../../graph/training/setup";
import { readGaussianRing, ringCentre } from "../../datasets/toy";
import type { LoadedDataset } from "../../datasets/types";
import { TrainingFailure } from "../../engine/errors";
import {
  createOptimizer,
  disposeOptimizer,
  setOptimizerLearningRate,
} from "../../engine/optimizers";
import type { RecipeAnswer, RecipeSeries, RecipeView } from "../../recipeViews";
import type {
  RecipeAlgorithm,
  RecipeContext,
  RecipeFactory,
  RecipeIteration,
  RecipeStepResult,
} from "../types";
import { type DataScale, dataScaleOf } from "./dataScale";
import { explainStepFailure, invalid } from "./failures";
import { buildGanNetworks, type GanNetworks } from "./networks";
import { GanPictures, type Mixture } from "./pictures";
import { RandomSource } from "./randomSource";
import { RealData } from "./realData";
import { criticStep, discriminatorStep, type GanTraining, generatorStep } from "./steps";

export const GAN_SERIES = {
  generatorLoss: { key: "generatorLoss", label: t("Generator loss", "生成器损失") },
  dReal: {
    key: "dReal",
    label: t("D(real): mean probability", "D(真实样本)：平均概率"),
  },
  dFake: {
    key: "dFake",
    label: t("D(fake): mean probability", "D(生成样本)：平均概率"),
  },
  wasserstein: {
    key: "wasserstein",
    label: t(
      "Wasserstein estimate E[D(x)] − E[D(G(z))]",
      "Wasserstein 距离估计 E[D(x)] − E[D(G(z))]",
    ),
  },
  gradientPenalty: { key: "gradientPenalty", label: t("Gradient penalty", "梯度惩罚") },
} as const satisfies Record<string, RecipeSeries>;

function ganParts(context: RecipeContext): GanParts {
  const { parts } = context;
  if (parts.recipe !== "gan" && parts.recipe !== "wgan" && parts.recipe !== "cgan")
    throw invalid(
      `The GAN recipes cannot train a graph set up for "${parts.recipe}".`,
      `GAN 训练方案无法训练为 "${parts.recipe}" 设置的图。`,
    );
  if (parts.recipe === "cgan" && parts.label === undefined)
    throw invalid(
      "A conditional GAN needs an Input with the role label, feeding both the generator and the discriminator.",
      "条件 GAN 需要一个角色为 label 的输入，同时连接生成器和判别器。",
    );
  return parts;
}

/** The number of classes a conditional GAN's label input must hold, checked against the dataset. */
function conditionClasses(
  dataset: LoadedDataset,
  labelSize: number | undefined,
): number | undefined {
  if (labelSize === undefined) return undefined;
  const { shapes } = dataset;
  if (shapes.task !== "classification" || shapes.perStep || !shapes.numClasses)
    throw invalid(
      `A conditional GAN needs a dataset with one class per sample; "${dataset.id}" has none.`,
      `条件 GAN 需要每个样本都有一个类别的数据集；"${dataset.id}" 没有。`,
    );
  if (labelSize !== shapes.numClasses)
    throw invalid(
      `The label input holds ${labelSize} values, but dataset "${dataset.id}" has ${shapes.numClasses} classes. Set its shape to [${shapes.numClasses}] (one-hot).`,
      `标签输入有 ${labelSize} 个值，但数据集 "${dataset.id}" 有 ${shapes.numClasses} 个类别。请把它的形状设为 [${shapes.numClasses}]（独热编码）。`,
    );
  return shapes.numClasses;
}

function checkData(dataset: LoadedDataset, networks: GanNetworks): void {
  const size = dataset.shapes.inputShape.reduce((n, d) => n * d, 1);
  const taken = networks.dataShape.reduce((n, d) => n * d, 1);
  if (dataset.integerFeatures)
    throw invalid(
      `A GAN generates real-valued samples; dataset "${dataset.id}" holds token ids. Choose an image or 2-D dataset.`,
      `GAN 生成的是实数样本；数据集 "${dataset.id}" 存放的是词元编号。请选择图像或二维数据集。`,
    );
  if (size !== taken)
    throw invalid(
      `The discriminator's data input takes ${taken} values per sample, but dataset "${dataset.id}" gives ${size} ([${dataset.shapes.inputShape.join(", ")}]).`,
      `判别器的数据输入每个样本接受 ${taken} 个值，但数据集 "${dataset.id}" 提供 ${size} 个（[${dataset.shapes.inputShape.join(", ")}]）。`,
    );
}

/** The Gaussian ring's modes, whose coverage the view counts. */
function mixtureOf(context: RecipeContext): Mixture | undefined {
  if (context.dataset.id !== "gaussianRing") return undefined;
  const ring = readGaussianRing(context.setup.dataset.options);
  const centres = new Float32Array(2 * ring.modes);
  for (let k = 0; k < ring.modes; k++) centres.set(ringCentre(ring, k), 2 * k);
  return { centres, std: ring.std };
}

class GanAlgorithm implements RecipeAlgorithm {
  readonly model: tf.LayersModel;
  readonly stepsPerEpoch: number;
  readonly trainCount: number;
  readonly validationCount = 0;
  readonly batchSize: number;
  readonly parameterCount: number;
  readonly classNames?: readonly string[];
  readonly series: readonly RecipeSeries[];

  private readonly recipe: "gan" | "wgan" | "cgan";
  private readonly networks: GanNetworks;
  private readonly classes: number | undefined;
  private readonly scale: DataScale;
  private readonly pictures: GanPictures;
  /** k: discriminator (critic) steps per generator step. */
  private readonly innerSteps: number;
  private training: GanTraining | undefined;
  private interpolation: RandomSource | undefined;

  constructor(private readonly context: RecipeContext) {
    const parts = ganParts(context);
    const { dataset, setup } = context;
    this.recipe = parts.recipe;
    this.model = context.model;
    this.networks = buildGanNetworks(context, parts);
    checkData(dataset, this.networks);
    this.classes = conditionClasses(dataset, this.networks.labelSize);
    this.scale = dataScaleOf(dataset);
    this.trainCount = dataset.train.count;
    this.batchSize = resolveBatchSize(setup.batchSize, this.trainCount);
    this.innerSteps =
      this.recipe === "wgan" ? setup.wgan.criticSteps : setup.gan.discriminatorSteps;
    this.stepsPerEpoch = Math.max(
      1,
      Math.ceil(this.trainCount / (this.batchSize * this.innerSteps)),
    );
    this.parameterCount = context.model.countParams();
    if (this.classes !== undefined && dataset.shapes.classNames)
      this.classNames = dataset.shapes.classNames;
    this.series =
      this.recipe === "wgan"
        ? [
            GAN_SERIES.generatorLoss,
            GAN_SERIES.wasserstein,
            ...(setup.wgan.constraint === "gradientPenalty" ? [GAN_SERIES.gradientPenalty] : []),
          ]
        : [GAN_SERIES.generatorLoss, GAN_SERIES.dReal, GAN_SERIES.dFake];
    const mixture = mixtureOf(context);
    this.pictures = new GanPictures({
      recipe: this.recipe,
      networks: this.networks,
      dataset,
      scale: this.scale,
      outputIsProbability: parts.discriminator.outputIsProbability,
      ...(this.classes === undefined ? {} : { classes: this.classes }),
      ...(mixture ? { mixture } : {}),
      seed: setup.seed,
    });
  }

  /** The discriminator's learning rate: GAN and cGAN scale it by gan.discriminatorLearningRateScale. */
  private discriminatorRate(learningRate: number): number {
    return this.recipe === "wgan"
      ? learningRate
      : learningRate * this.context.setup.gan.discriminatorLearningRateScale;
  }

  open(learningRate: number): void {
    if (this.training) return;
    const { setup, dataset, parts } = this.context;
    const optimizer = setup.optimizer;
    this.training = {
      recipe: this.recipe,
      networks: this.networks,
      real: new RealData(
        dataset.train,
        this.networks.dataShape,
        this.scale,
        this.classes,
        setup.seed,
      ),
      random: new RandomSource(setup.seed, "gan noise"),
      generatorOptimizer: createOptimizer({ ...optimizer, learningRate }),
      discriminatorOptimizer: createOptimizer({
        ...optimizer,
        learningRate: this.discriminatorRate(learningRate),
      }),
      batchSize: this.batchSize,
      ...(this.classes === undefined ? {} : { classes: this.classes }),
      outputIsProbability: (parts as GanParts).discriminator.outputIsProbability,
      gan: setup.gan,
      wgan: setup.wgan,
    };
    this.interpolation = new RandomSource(setup.seed, "gan interpolation");
  }

  step(_iteration: RecipeIteration): RecipeStepResult {
    const training = this.training;
    if (!training || !this.interpolation)
      throw new TrainingFailure(
        "internal",
        t("The GAN was stepped before it was opened.", "GAN 尚未打开就开始训练。"),
      );
    const inner: tf.Scalar[][] = [];
    let generator: tf.Scalar[] = [];
    try {
      for (let k = 0; k < this.innerSteps; k++)
        inner.push(
          this.recipe === "wgan"
            ? criticStep(training, this.interpolation.uniforms(this.batchSize))
            : discriminatorStep(training),
        );
      generator = generatorStep(training);
      return this.readBack(inner, generator);
    } catch (error) {
      throw explainStepFailure(error);
    } finally {
      for (const scalars of [...inner, generator]) for (const s of scalars) s.dispose();
    }
  }

  /** One read-back per iteration: the inner steps' numbers averaged, then the generator's loss. */
  private readBack(
    inner: readonly tf.Scalar[][],
    generator: readonly tf.Scalar[],
  ): RecipeStepResult {
    const width = inner[0]!.length;
    // Read together: one synchronisation with the backend, not one per number.
    const stacked = tf.stack([...inner.flat(), ...generator]);
    const values = stacked.dataSync();
    stacked.dispose();
    const mean = (j: number) => {
      let sum = 0;
      for (let k = 0; k < inner.length; k++) sum += values[k * width + j]!;
      return sum / inner.length;
    };
    const generatorLoss = values[inner.length * width]!;
    const metrics: Record<string, number> =
      this.recipe === "wgan"
        ? {
            generatorLoss,
            wasserstein: mean(1),
            ...(this.context.setup.wgan.constraint === "gradientPenalty"
              ? { gradientPenalty: mean(2) }
              : {}),
          }
        : { generatorLoss, dReal: mean(1), dFake: mean(2) };
    return { loss: mean(0), metrics, samples: this.batchSize * this.innerSteps };
  }

  setLearningRate(learningRate: number): void {
    if (!this.training) return;
    setOptimizerLearningRate(this.training.generatorOptimizer, learningRate);
    setOptimizerLearningRate(
      this.training.discriminatorOptimizer,
      this.discriminatorRate(learningRate),
    );
  }

  view(): RecipeView {
    return this.pictures.view();
  }

  query(): RecipeAnswer {
    throw new TrainingFailure(
      "invalid",
      t(
        "A GAN answers no questions: its samples, losses and discriminator map are in the live view.",
        "GAN 不回答查询：它的样本、损失和判别器热图都在实时视图中。",
      ),
    );
  }

  close(): void {
    if (!this.training) return;
    disposeOptimizer(this.training.generatorOptimizer);
    disposeOptimizer(this.training.discriminatorOptimizer);
    this.training.real.dispose();
    this.training = undefined;
  }

  dispose(): void {
    this.close();
    this.model.dispose();
  }
}

export const createGanAlgorithm: RecipeFactory = (context) => new GanAlgorithm(context);
