/**
 * Which model, data and training code a graph's recipe needs: the parts the
 * recipe trains (found the way the training engine finds them), the data
 * input, the targets, and the recipe's code. Refuses what the export cannot
 * write out faithfully, naming the nodes.
 */
import {
  findRecipeParts,
  type GanParts,
  type GraphAnalysis,
  type GraphDocument,
  quote,
  type Shape,
  type TrainingSetup,
  t,
} from "../../graph";
import { type SupervisedObjective, targetEncoding } from "./compileSetup";
import {
  autoencoderData,
  ganData,
  type InputSpec,
  namedArraysData,
  supervisedData,
} from "./dataCode";
import { type DataSource, dataSourceOf, npzArraysSource } from "./datasets/registry";
import { fromGraphDiagnostic, kerasDiagnostic } from "./diagnostics";
import { type ModelNames, modelCode } from "./model";
import { adversarialRecipe } from "./recipes/adversarial";
import { autoencoderRecipe, reconstructionLossOf } from "./recipes/autoencoder";
import { ganRecipe } from "./recipes/gan";
import { type SupervisedOutput, supervisedRecipe } from "./recipes/supervised";
import type { RecipeCode } from "./recipes/types";
import type { ExportDiagnostic } from "./types";

export interface PlanInput {
  readonly document: GraphDocument;
  readonly analysis: GraphAnalysis;
  readonly setup: TrainingSetup;
  readonly names: ModelNames;
}

export type Plan =
  | {
      readonly ok: true;
      readonly needs: ReadonlySet<string>;
      readonly model: readonly string[];
      readonly recipe: RecipeCode;
      readonly source: DataSource;
      readonly loadData: readonly string[];
    }
  | { readonly ok: false; readonly diagnostics: readonly ExportDiagnostic[] };

/** Datasets whose features lie in [0, 1] (pixels, one-hot steps): an autoencoder reconstructs them with binary cross-entropy. */
const UNIT_RANGE = new Set([
  "mnist",
  "fashionMnist",
  "shapes",
  "imageFolder",
  "firstSymbol",
  "countFrom",
]);

function inputSpec(analysis: GraphAnalysis, id: string): InputSpec {
  const info = analysis.nodes.get(id)!;
  return {
    nodeId: id,
    shape: info.outputShape!,
    dtype: info.dtype === "int32" ? "int32" : "float32",
  };
}

function shapeOf(analysis: GraphAnalysis, id: string): Shape {
  return analysis.nodes.get(id)!.outputShape!;
}

function fixed(shape: Shape): number[] {
  return shape.slice(1).map((d) => d ?? -1);
}

function refuse(diagnostics: readonly ExportDiagnostic[]): Plan {
  return { ok: false, diagnostics };
}

function word2vecRefusal(analysis: GraphAnalysis): Plan {
  const embeddings = [...analysis.nodes.values()]
    .filter((n) => n.type === "embedding")
    .map((n) => n.id);
  const ids = embeddings.length > 0 ? embeddings : [...analysis.order];
  return refuse([
    kerasDiagnostic(
      "KX201",
      ids,
      t(
        `The word2vec recipe trains ${ids.map(quote).join(", ")} with Neurograph's own algorithm (skip-gram or CBOW over a text corpus, with negative sampling or a Huffman-coded hierarchical softmax), which the Keras export does not write out. Export to tfjs to keep the trained word vectors.`,
        `word2vec 训练方案用 Neurograph 自己的算法（在文本语料上的 skip-gram 或 CBOW，配合负采样或霍夫曼编码的分层 softmax）训练 ${ids.map(quote).join("、")}，Keras 导出不包含该算法。若要保留训练好的词向量，请导出为 tfjs。`,
      ),
    ),
  ]);
}

function oneInOneOut(analysis: GraphAnalysis, what: string, whatZh: string): Plan | null {
  if (analysis.inputs.length === 1 && analysis.outputs.length === 1) return null;
  const ids = [...analysis.inputs, ...analysis.outputs];
  return refuse([
    kerasDiagnostic(
      "KX202",
      ids,
      t(
        `${what} needs a graph with one Input and one output; this one has inputs ${analysis.inputs.map(quote).join(", ")} and outputs ${analysis.outputs.map(quote).join(", ")}, which Neurograph cannot train this way either.`,
        `${whatZh}需要只有一个输入和一个输出的图；此图的输入为 ${analysis.inputs.map(quote).join("、")}，输出为 ${analysis.outputs.map(quote).join("、")}，Neurograph 也无法这样训练它。`,
      ),
    ),
  ]);
}

function recipeParts(input: PlanInput, source: DataSource) {
  const found = findRecipeParts(
    input.document,
    input.analysis,
    input.setup.recipe,
    source.id === null
      ? null
      : { id: source.id, family: source.family ?? "", shapes: source.shapes },
  );
  return found.parts === null
    ? { parts: null, diagnostics: found.diagnostics.map(fromGraphDiagnostic) }
    : { parts: found.parts, diagnostics: [] };
}

function outputObjective(
  analysis: GraphAnalysis,
  setup: TrainingSetup,
  source: DataSource,
  id: string,
): SupervisedObjective {
  const shape = shapeOf(analysis, id);
  return {
    task: setup.task,
    loss: setup.loss,
    metrics: setup.metrics,
    outputShape: shape.slice(1),
    // A dataset says whether it labels samples or steps; the user's own data is taken to fit.
    labelRank: source.shapes ? (source.shapes.perStep ? 1 : 0) : Math.max(0, shape.length - 2),
  };
}

function supervisedPlan(input: PlanInput, source: DataSource): Plan {
  const { analysis, setup, document, names } = input;
  const adversarial = setup.recipe === "adversarial";
  // The user's own .npz can hold an array per input and output; a dataset feeds one of each.
  const severalAllowed = source.id === null && !adversarial;
  const refused = severalAllowed
    ? null
    : oneInOneOut(
        analysis,
        adversarial ? "Adversarial training" : "Supervised training",
        adversarial ? "对抗训练" : "监督训练",
      );
  if (refused) return refused;
  const needs = new Set<string>();
  const model = modelCode(document, analysis, names, needs);
  const outputs: SupervisedOutput[] = analysis.outputs.map((id) => {
    const objective = outputObjective(analysis, setup, source, id);
    return { name: names.layers.get(id)!, objective, encoding: targetEncoding(objective) };
  });
  const base = { ok: true as const, needs, model: model.lines };
  if (analysis.inputs.length !== 1 || analysis.outputs.length !== 1) {
    const arrays = npzArraysSource();
    return {
      ...base,
      recipe: supervisedRecipe(setup, outputs),
      source: arrays,
      loadData: namedArraysData(
        arrays,
        analysis.inputs.map((id) => ({ ...inputSpec(analysis, id), name: names.layers.get(id)! })),
        outputs.map((o, i) => ({
          name: o.name,
          shape: shapeOf(analysis, analysis.outputs[i]!),
          encoding: o.encoding,
        })),
      ),
    };
  }
  const [output] = outputs as [SupervisedOutput];
  return {
    ...base,
    recipe: adversarial
      ? adversarialRecipe(setup, output.objective, output.encoding)
      : supervisedRecipe(setup, outputs),
    source,
    loadData: supervisedData(
      source,
      inputSpec(analysis, analysis.inputs[0]!),
      output.encoding,
      shapeOf(analysis, analysis.outputs[0]!),
    ),
  };
}

function autoencoderPlan(input: PlanInput, source: DataSource): Plan {
  const { analysis, setup, document, names } = input;
  const found = recipeParts(input, source);
  const parts = found.parts;
  if (parts === null || (parts.recipe !== "autoencoder" && parts.recipe !== "vae"))
    return refuse(found.diagnostics);
  const refused = oneInOneOut(analysis, "The autoencoder recipe", "自编码器训练方案");
  if (refused) return refused;
  const needs = new Set<string>();
  // A VAE's KL is weighted by the recipe's beta; a plain autoencoder adds none (as Neurograph).
  const klWeight = parts.recipe === "vae" ? setup.vae.klWeight : 0;
  const model = modelCode(document, analysis, names, needs, klWeight);
  const loss = reconstructionLossOf(setup.loss, source.id !== null && UNIT_RANGE.has(source.id));
  return {
    ok: true,
    needs,
    model: model.lines,
    recipe: autoencoderRecipe(setup, loss),
    source,
    loadData: autoencoderData(
      source,
      inputSpec(analysis, parts.input),
      shapeOf(analysis, parts.output),
    ),
  };
}

function ganPlan(input: PlanInput, source: DataSource): Plan {
  const { analysis, setup, document, names } = input;
  const found = recipeParts(input, source);
  const parts = found.parts as GanParts | null;
  if (parts === null || !("generator" in parts)) return refuse(found.diagnostics);
  const needs = new Set<string>();
  const model = modelCode(document, analysis, names, needs);
  const classes =
    parts.label === undefined
      ? undefined
      : fixed(shapeOf(analysis, parts.label)).reduce((n, d) => n * d, 1);
  const images = (source.shapes?.inputShape.length ?? 0) === 3;
  const recipe = ganRecipe(
    parts,
    setup,
    names.layers,
    {
      noise: fixed(shapeOf(analysis, parts.generator.noise)),
      data: fixed(shapeOf(analysis, parts.discriminator.data)),
    },
    classes,
  );
  return {
    ok: true,
    needs,
    model: model.lines,
    recipe,
    source,
    loadData: ganData(source, inputSpec(analysis, parts.discriminator.data), images, classes),
  };
}

export function planRecipe(input: PlanInput): Plan {
  const { analysis, setup, document } = input;
  if (setup.recipe === "word2vec") return word2vecRefusal(analysis);
  const source = dataSourceOf(setup, "dataset" in document.training);
  if (!source)
    return refuse([
      kerasDiagnostic(
        "KX203",
        [...analysis.inputs],
        t(
          `The Keras export cannot load dataset ${quote(setup.dataset.id)} in Python. Choose another dataset, or export to tfjs.`,
          `Keras 导出无法在 Python 中加载数据集 ${quote(setup.dataset.id)}。请选择其他数据集，或导出为 tfjs。`,
        ),
      ),
    ]);
  switch (setup.recipe) {
    case "supervised":
    case "adversarial":
      return supervisedPlan(input, source);
    case "autoencoder":
    case "vae":
      return autoencoderPlan(input, source);
    case "gan":
    case "wgan":
    case "cgan":
      return ganPlan(input, source);
  }
}
