/**
 * What the training script does for a graph's recipe: supervised training
 * (one loss per output), the autoencoder and VAE recipes (reconstruction
 * summed per sample, + β·KL), or — for recipes it does not write out (the
 * GANs, adversarial training) — no training: the module and its weights are
 * exported with a warning and main() says why it stops. word2vec is refused.
 */
import {
  findRecipeParts,
  type GraphAnalysis,
  type GraphDocument,
  quote,
  type Shape,
  type TrainingSetup,
  t,
} from "../../graph";
import {
  metricsFor,
  type SupervisedObjective,
  type TargetEncoding,
  targetEncoding,
} from "../keras/compileSetup";
import { type DataSource, dataSourceOf } from "../keras/datasets/registry";
import { reconstructionLossOf } from "../keras/recipes/autoencoder";
import type { ExportDiagnostic } from "../keras/types";
import {
  arraysSource,
  autoencoderData,
  type DataInput,
  type DataOutput,
  namedArraysData,
  sourceFor,
  supervisedData,
  type TorchDataSource,
} from "./data";
import { pytorchDiagnostic } from "./diagnostics";

export interface TrainingPlan {
  /** null when the script does not train this recipe (main() stops with `stopReason`). */
  readonly trains: boolean;
  readonly stopReason: string;
  readonly source: DataSource | null;
  readonly loadData: readonly string[];
  /** Python loss function per output, and the reconstruction loss variant when an autoencoder. */
  readonly outputLosses: readonly string[];
  readonly reconstruction: string | null;
  readonly targets: readonly string[];
  readonly thresholds: readonly number[];
  /** (output index, metric name) pairs. */
  readonly metrics: readonly (readonly [number, string])[];
  readonly warnings: readonly ExportDiagnostic[];
}

/** Datasets whose features lie in [0, 1]: an autoencoder reconstructs them with binary cross-entropy. */
const UNIT_RANGE = new Set([
  "mnist",
  "fashionMnist",
  "shapes",
  "imageFolder",
  "firstSymbol",
  "countFrom",
]);

const TARGET_KIND: Readonly<Record<TargetEncoding["kind"], string>> = {
  classIndices: "class_indices",
  oneHot: "one_hot",
  asOutput: "as_output",
};

const METRIC_NAME: Readonly<Record<string, string>> = {
  accuracy: "accuracy",
  meanAbsoluteError: "mean_absolute_error",
  meanSquaredError: "mean_squared_error",
};

function lossName(objective: SupervisedObjective, encoding: TargetEncoding): string {
  switch (objective.loss) {
    case "meanSquaredError":
      return "mean_squared_error";
    case "meanAbsoluteError":
      return "mean_absolute_error";
    case "binaryCrossentropy":
      return "binary_crossentropy";
    case "hinge":
      return "hinge";
    case "categoricalCrossentropy":
      return "categorical_crossentropy";
    case "sparseCategoricalCrossentropy":
      // On one-hot targets (a metric compares the output with them) it is the categorical loss.
      return encoding.kind === "classIndices"
        ? "sparse_categorical_crossentropy"
        : "categorical_crossentropy";
  }
}

function shapeOf(analysis: GraphAnalysis, id: string): Shape {
  return analysis.nodes.get(id)!.outputShape!;
}

function dataInput(analysis: GraphAnalysis, id: string, name: string): DataInput {
  const info = analysis.nodes.get(id)!;
  return {
    nodeId: id,
    name,
    shape: info.outputShape!,
    dtype: info.dtype === "int32" ? "int32" : "float32",
  };
}

function noTraining(reason: string, reasonZh: string, nodeIds: readonly string[]): TrainingPlan {
  return {
    trains: false,
    stopReason: reason,
    source: null,
    loadData: [],
    outputLosses: [],
    reconstruction: null,
    targets: [],
    thresholds: [],
    metrics: [],
    warnings: [
      pytorchDiagnostic(
        "PX202",
        nodeIds,
        t(
          `${reason} The module and its weights are exported for inference and fine-tuning; running the script says so and stops.`,
          `${reasonZh}模块及其权重已导出，可用于推理与微调；直接运行脚本会说明这一点并停止。`,
        ),
        "warning",
      ),
    ],
  };
}

function datasetWarning(source: TorchDataSource, setup: TrainingSetup, inputs: readonly string[]) {
  if (!source.replaced) return [];
  return [
    pytorchDiagnostic(
      "PX203",
      inputs,
      t(
        `The PyTorch script has no loader for dataset ${quote(setup.dataset.id)}; it reads your samples from an .npz file (--data) instead.`,
        `PyTorch 脚本没有数据集 ${quote(setup.dataset.id)} 的加载器，改为从 .npz 文件（--data）读取样本。`,
      ),
      "warning",
    ),
  ];
}

export interface PlanInput {
  readonly document: GraphDocument;
  readonly analysis: GraphAnalysis;
  readonly setup: TrainingSetup;
  /** Node id → tfjs layer name (the array names of an .npz with several inputs or outputs). */
  readonly layerNames: ReadonlyMap<string, string>;
}

function supervisedPlan(input: PlanInput, named: boolean): TrainingPlan {
  const { analysis, setup, layerNames } = input;
  const several = analysis.inputs.length !== 1 || analysis.outputs.length !== 1;
  const keras = dataSourceOf(setup, named);
  if (several && keras !== null && keras.id !== null)
    return noTraining(
      `Supervised training of a graph with inputs ${analysis.inputs.map(quote).join(", ")} and outputs ${analysis.outputs.map(quote).join(", ")} on a named dataset is not something Neurograph trains either.`,
      `在命名数据集上监督训练多输入或多输出的图，Neurograph 本身也不支持。`,
      [...analysis.inputs, ...analysis.outputs],
    );
  const source = several ? arraysSource() : sourceFor(setup, named);
  const outputs = analysis.outputs.map((id): DataOutput & { objective: SupervisedObjective } => {
    const shape = shapeOf(analysis, id);
    const objective: SupervisedObjective = {
      task: setup.task,
      loss: setup.loss,
      metrics: setup.metrics,
      outputShape: shape.slice(1),
      labelRank: source.shapes ? (source.shapes.perStep ? 1 : 0) : Math.max(0, shape.length - 2),
    };
    return { name: layerNames.get(id)!, shape, encoding: targetEncoding(objective), objective };
  });
  const inputs = analysis.inputs.map((id) => dataInput(analysis, id, layerNames.get(id)!));
  return {
    trains: true,
    stopReason: "",
    source,
    loadData: several
      ? namedArraysData(source, inputs, outputs)
      : supervisedData(source, inputs[0]!, outputs[0]!),
    outputLosses: outputs.map((o) => lossName(o.objective, o.encoding)),
    reconstruction: null,
    targets: outputs.map((o) => TARGET_KIND[o.encoding.kind]),
    thresholds: outputs.map((o) => (o.objective.loss === "hinge" ? 0 : 0.5)),
    metrics: outputs.flatMap((o, i) =>
      metricsFor(o.objective.task, o.objective.metrics).map((m) => [i, METRIC_NAME[m]!] as const),
    ),
    warnings: datasetWarning(source, setup, analysis.inputs),
  };
}

function autoencoderPlan(input: PlanInput, named: boolean): TrainingPlan {
  const { analysis, setup, document } = input;
  const source = sourceFor(setup, named);
  const found = findRecipeParts(
    document,
    analysis,
    setup.recipe,
    source.id === null
      ? null
      : { id: source.id, family: source.family ?? "", shapes: source.shapes },
  );
  const parts = found.parts;
  if (
    parts === null ||
    (parts.recipe !== "autoencoder" && parts.recipe !== "vae") ||
    analysis.inputs.length !== 1
  )
    return noTraining(
      `The ${setup.recipe} recipe needs one Input and a reconstruction output of its shape; ${found.diagnostics.map((d) => d.message).join(" ") || "this graph has another structure."}`,
      `${setup.recipe} 训练方案需要一个输入和与之同形的重建输出。`,
      [...analysis.inputs],
    );
  const loss = reconstructionLossOf(setup.loss, source.id !== null && UNIT_RANGE.has(source.id));
  return {
    trains: true,
    stopReason: "",
    source,
    loadData: autoencoderData(
      source,
      dataInput(analysis, parts.input, ""),
      shapeOf(analysis, parts.output),
    ),
    outputLosses: analysis.outputs.map(() => "reconstruction_loss"),
    reconstruction: loss,
    targets: ["as_output"],
    thresholds: [0.5],
    metrics: [],
    warnings: datasetWarning(source, setup, analysis.inputs),
  };
}

const NOT_WRITTEN: Readonly<Record<string, [string, string]>> = {
  gan: [
    "The GAN recipe (alternating discriminator and generator steps) is not written out for PyTorch.",
    "PyTorch 导出不包含 GAN 训练方案（判别器与生成器交替训练）。",
  ],
  cgan: [
    "The conditional GAN recipe is not written out for PyTorch.",
    "PyTorch 导出不包含条件 GAN 训练方案。",
  ],
  wgan: [
    "The WGAN recipe (critic steps with a gradient penalty or weight clipping) is not written out for PyTorch.",
    "PyTorch 导出不包含 WGAN 训练方案。",
  ],
  adversarial: [
    "Adversarial training (FGSM/PGD examples in each batch) is not written out for PyTorch.",
    "PyTorch 导出不包含对抗训练（每批加入 FGSM/PGD 样本）。",
  ],
};

/** The training plan, or a refusal (word2vec). */
export function planTraining(
  input: PlanInput,
): { ok: true; plan: TrainingPlan } | { ok: false; diagnostics: ExportDiagnostic[] } {
  const { analysis, setup, document } = input;
  const named = "dataset" in document.training;
  if (setup.recipe === "word2vec") {
    const embeddings = [...analysis.nodes.values()]
      .filter((n) => n.type === "embedding")
      .map((n) => n.id);
    const ids = embeddings.length > 0 ? embeddings : [...analysis.order];
    return {
      ok: false,
      diagnostics: [
        pytorchDiagnostic(
          "PX201",
          ids,
          t(
            `The word2vec recipe trains ${ids.map(quote).join(", ")} with Neurograph's own algorithm (skip-gram or CBOW with negative sampling or a hierarchical softmax), which the PyTorch export does not write out. Export to tfjs to keep the trained word vectors.`,
            `word2vec 训练方案用 Neurograph 自己的算法训练 ${ids.map(quote).join("、")}，PyTorch 导出不包含该算法。若要保留训练好的词向量，请导出为 tfjs。`,
          ),
        ),
      ],
    };
  }
  const other = NOT_WRITTEN[setup.recipe];
  if (other) return { ok: true, plan: noTraining(other[0], other[1], [...analysis.inputs]) };
  if (setup.recipe === "autoencoder" || setup.recipe === "vae")
    return { ok: true, plan: autoencoderPlan(input, named) };
  return { ok: true, plan: supervisedPlan(input, named) };
}
