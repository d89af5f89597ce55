/**
 * The graph against the dataset its training section names: the Input's
 * shape and dtype, the output's units, the loss against the task. Pure, and
 * run by inferShapes whenever a document names a dataset, so the canvas, the
 * CLI and the training engine see the same problems, each with a fix when
 * one edit of the graph repairs it.
 */
import type { GraphAnalysis, NodeAnalysis } from "../analyze";
import { type Diagnostic, diagnostic } from "../diagnostics";
import type { GraphDocument } from "../document/schema";
import { t } from "../i18n";
import { layerKind } from "../layers/registry";
import { closest, quote } from "../text";
import type { DatasetShapes, DatasetSpec } from "./datasetSpec";
import { DATASET_SPECS, datasetSpec } from "./datasets";
import { findRecipeParts } from "./recipes/findParts";
import { GENERATIVE_RECIPES } from "./recipes/options";
import { readTrainingSetup, type TrainingSetup } from "./setup";

/** Layers that keep their input's last dimension: the units to change lie behind them. */
const PASS_THROUGH = new Set(["activation", "dropout", "batchNormalization", "layerNormalization"]);
/** Losses that compare class probabilities with class labels: meaningless for regression. */
const CLASS_LOSSES = new Set([
  "categoricalCrossentropy",
  "sparseCategoricalCrossentropy",
  "binaryCrossentropy",
  "hinge",
]);

const list = (dims: readonly (number | null)[]) =>
  `[${dims.map((d) => (d === null ? "?" : d)).join(", ")}]`;
const product = (dims: readonly number[]) => dims.reduce((a, b) => a * b, 1);

/** Whether the document's training section says anything at all (most presets leave it empty). */
function hasTraining(document: GraphDocument): boolean {
  return Object.keys(document.training ?? {}).length > 0;
}

export function checkGraphAgainstDataset(
  document: GraphDocument,
  analysis: Pick<GraphAnalysis, "nodes" | "inputs" | "outputs" | "order">,
): Diagnostic[] {
  if (!hasTraining(document)) return [];
  const { setup, problems } = readTrainingSetup(document.training);
  const diagnostics: Diagnostic[] = problems.map((p) =>
    diagnostic(
      "NG607",
      t(
        `The training setup's ${p.path ? `"${p.path}"` : "section"} is invalid (${p.message}); its default is used instead. Correct it in the training form.`,
        `训练设置中的 ${p.path ? `"${p.path}"` : "部分"} 无效（${p.message}）；已改用默认值。请在训练表单中更正。`,
      ),
    ),
  );
  // Only a dataset the document names is checked: an empty section trains on the default later.
  const named = "dataset" in document.training;
  const spec = named ? datasetSpec(setup.dataset.id) : undefined;
  if (named && !spec) diagnostics.push(unknownDataset(setup.dataset.id));
  const options =
    spec?.family === "upload"
      ? { ...setup.dataset.options, task: setup.task }
      : setup.dataset.options;
  const shapes = spec ? spec.shapes(options) : null;
  if (setup.recipe !== "supervised")
    diagnostics.push(
      ...findRecipeParts(
        document,
        analysis,
        setup.recipe,
        spec ? { id: spec.id, family: spec.family, shapes } : null,
      ).diagnostics,
    );
  if (!spec) return diagnostics;
  if (GENERATIVE_RECIPES.includes(setup.recipe)) {
    // Only the Inputs that take the dataset's samples are compared with it; outputs are the recipe's business.
    if (shapes)
      for (const id of analysis.inputs) {
        const input = analysis.nodes.get(id);
        const role = input?.params?.role;
        if (input && (role === undefined || role === "data"))
          diagnostics.push(...checkInput(input, spec, shapes, analysis));
      }
    return diagnostics;
  }
  diagnostics.push(...checkTask(spec, shapes, setup));
  // Supervised training needs one Input and one output; other recipes check their own graphs.
  if (!shapes || analysis.inputs.length !== 1 || analysis.outputs.length !== 1) return diagnostics;
  const input = analysis.nodes.get(analysis.inputs[0]!);
  const output = analysis.nodes.get(analysis.outputs[0]!);
  if (input) diagnostics.push(...checkInput(input, spec, shapes, analysis));
  if (output?.outputShape) diagnostics.push(...checkOutput(output, spec, shapes, analysis));
  return diagnostics;
}

function unknownDataset(id: string): Diagnostic {
  const guess = closest(
    id,
    DATASET_SPECS.map((s) => s.id),
  );
  const hint = guess ? ` Did you mean "${guess}"?` : "";
  const hintZh = guess ? `是不是想用 "${guess}"？` : "";
  return diagnostic(
    "NG606",
    t(
      `The training section names the dataset ${quote(id)}, which does not exist.${hint} Choose a dataset in the training form.`,
      `训练设置指定的数据集 ${quote(id)} 不存在。${hintZh}请在训练表单中选择一个数据集。`,
    ),
  );
}

function checkTask(
  spec: DatasetSpec,
  shapes: DatasetShapes | null,
  setup: TrainingSetup,
): Diagnostic[] {
  const name = quote(spec.id);
  // An upload's task is whatever the user chose; a built-in dataset's is fixed.
  if (shapes && spec.family !== "upload" && shapes.task !== setup.task)
    return [
      diagnostic(
        "NG605",
        t(
          `Dataset ${name} is a ${shapes.task} task, but the training setup says ${setup.task}. Set the task to ${shapes.task}${shapes.task === "regression" ? " and the loss to mean squared error" : ""}.`,
          `数据集 ${name} 是${shapes.task === "regression" ? "回归" : "分类"}任务，但训练设置写的是${setup.task === "regression" ? "回归" : "分类"}。请把任务设为${shapes.task === "regression" ? "回归，并把损失设为均方误差" : "分类"}。`,
        ),
      ),
    ];
  if (setup.task === "regression" && CLASS_LOSSES.has(setup.loss))
    return [
      diagnostic(
        "NG605",
        t(
          `The loss ${setup.loss} compares class probabilities with class labels, but dataset ${name} is trained as regression. Choose mean squared error or mean absolute error.`,
          `损失函数 ${setup.loss} 比较的是类别概率和类别标签，但数据集 ${name} 按回归任务训练。请选择均方误差或平均绝对误差。`,
        ),
      ),
    ];
  return [];
}

function checkInput(
  input: NodeAnalysis,
  spec: DatasetSpec,
  shapes: DatasetShapes,
  analysis: Pick<GraphAnalysis, "nodes">,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const name = quote(spec.id);
  const who = quote(input.id);
  const shape = input.outputShape?.slice(1);
  const wanted = shapes.inputShape;
  // Samples are stored flat, so any shape with the same number of elements takes them (an MLP's [784] on 28×28 images).
  const fits = shape?.every((d) => d !== null) && product(shape as number[]) === product(wanted);
  if (shape !== undefined && !fits) {
    // Keep a flat Input flat (an MLP), otherwise take the dataset's own shape.
    const value = shape.length === 1 && wanted.length > 1 ? [product(wanted)] : [...wanted];
    const flattened = value.length !== wanted.length ? ` (its ${list(wanted)}, flattened)` : "";
    const flattenedZh = value.length !== wanted.length ? `（即 ${list(wanted)} 展平后）` : "";
    diagnostics.push(
      diagnostic(
        "NG601",
        t(
          `Input ${who} has shape ${list(shape)}, but dataset ${name} gives samples of shape ${list(wanted)}. Set the Input's shape to ${list(value)}${flattened}.`,
          `输入层 ${who} 的形状是 ${list(shape)}，但数据集 ${name} 的样本形状是 ${list(wanted)}。请把输入层的形状设为 ${list(value)}${flattenedZh}。`,
        ),
        { nodeId: input.id, fix: { kind: "setParam", nodeId: input.id, param: "shape", value } },
      ),
    );
  }
  const feedsEmbedding = [...analysis.nodes.values()].some(
    (n) => n.type === "embedding" && n.inputs.some((a) => a.edge.source === input.id),
  );
  // An Embedding fed float32 is reported (with the same fix) by NG407 already.
  if (shapes.integerFeatures && input.dtype === "float32" && !feedsEmbedding)
    diagnostics.push(dtypeDiagnostic(input.id, name, "int32"));
  if (!shapes.integerFeatures && input.dtype === "int32")
    diagnostics.push(dtypeDiagnostic(input.id, name, "float32"));
  if (shapes.vocabularySize !== undefined)
    for (const node of analysis.nodes.values()) {
      const inputDim = node.params?.inputDim;
      const fed = node.inputs.some((a) => a.edge.source === input.id);
      if (node.type === "embedding" && fed && typeof inputDim === "number")
        if (inputDim < shapes.vocabularySize)
          diagnostics.push(
            diagnostic(
              "NG608",
              t(
                `Embedding ${quote(node.id)} has inputDim ${inputDim}, but dataset ${name} uses ${shapes.vocabularySize} token ids (0–${shapes.vocabularySize - 1}); the larger ids would have no vector. Set inputDim to ${shapes.vocabularySize}.`,
                `嵌入层 ${quote(node.id)} 的 inputDim 是 ${inputDim}，但数据集 ${name} 使用 ${shapes.vocabularySize} 个词元编号（0–${shapes.vocabularySize - 1}）；较大的编号将没有对应的向量。请把 inputDim 设为 ${shapes.vocabularySize}。`,
              ),
              {
                nodeId: node.id,
                fix: {
                  kind: "setParam",
                  nodeId: node.id,
                  param: "inputDim",
                  value: shapes.vocabularySize,
                },
              },
            ),
          );
    }
  return diagnostics;
}

function dtypeDiagnostic(nodeId: string, name: string, wanted: "int32" | "float32"): Diagnostic {
  const who = quote(nodeId);
  return diagnostic(
    "NG604",
    wanted === "int32"
      ? t(
          `Dataset ${name} gives whole-number token ids, but Input ${who} is float32. Make the Input int32 and feed it to an Embedding.`,
          `数据集 ${name} 提供的是整数词元编号，但输入层 ${who} 是 float32。请把输入层设为 int32，并连接到嵌入层。`,
        )
      : t(
          `Dataset ${name} gives real-valued features, but Input ${who} is int32, which would cut them to whole numbers. Make the Input float32.`,
          `数据集 ${name} 提供的是实数特征，但输入层 ${who} 是 int32，会把它们截断为整数。请把输入层设为 float32。`,
        ),
    { nodeId, fix: { kind: "setParam", nodeId, param: "dtype", value: wanted } },
  );
}

/** The layer whose `units` decide the output's last dimension: the output, or the last such layer behind pass-through layers. */
function unitsNode(
  output: NodeAnalysis,
  analysis: Pick<GraphAnalysis, "nodes">,
): NodeAnalysis | null {
  let node: NodeAnalysis | undefined = output;
  for (let hops = 0; node && hops < 16; hops++) {
    if (layerKind(node.type)?.params.units !== undefined) return node;
    if (!PASS_THROUGH.has(node.type) || node.inputs.length !== 1) return null;
    node = analysis.nodes.get(node.inputs[0]!.edge.source);
  }
  return null;
}

function checkOutput(
  output: NodeAnalysis,
  spec: DatasetSpec,
  shapes: DatasetShapes,
  analysis: Pick<GraphAnalysis, "nodes">,
): Diagnostic[] {
  const name = quote(spec.id);
  const shape = output.outputShape!.slice(1);
  const units = shape[shape.length - 1] ?? 1;
  const target = unitsNode(output, analysis);
  const at = target ?? output;
  const who = quote(at.id);
  const setUnits = (value: number) =>
    target ? { fix: { kind: "setParam", nodeId: target.id, param: "units", value } as const } : {};

  if (shapes.task === "regression") {
    const wanted = product(shapes.targetShape ?? [1]);
    if (shape.every((d) => d !== null) && product(shape as number[]) === wanted) return [];
    return [
      diagnostic(
        "NG602",
        t(
          `Dataset ${name} has ${wanted} target value${wanted === 1 ? "" : "s"} per sample, but the graph's output ${quote(output.id)} has shape ${list(shape)}. Set the units of ${who} to ${wanted}.`,
          `数据集 ${name} 每个样本有 ${wanted} 个目标值，但图的输出 ${quote(output.id)} 形状为 ${list(shape)}。请把 ${who} 的单元数设为 ${wanted}。`,
        ),
        { nodeId: at.id, ...(shape.length === 1 ? setUnits(wanted) : {}) },
      ),
    ];
  }

  const classes = shapes.numClasses ?? 2;
  // One-to-many sets (countFrom) have fewer input dimensions than output steps: the target says how many.
  const steps = shapes.targetShape?.[0] ?? shapes.inputShape[0];
  const rankOk = shapes.perStep ? shape.length === 2 && shape[0] === steps : shape.length === 1;
  if (!rankOk)
    return [
      diagnostic(
        "NG602",
        shapes.perStep
          ? t(
              `Dataset ${name} needs one prediction per step, an output of shape [${steps}, ${classes}], but ${quote(output.id)} gives ${list(shape)}. Keep the sequence (returnSequences) up to the last layer.`,
              `数据集 ${name} 需要每一步一个预测，输出形状应为 [${steps}, ${classes}]，但 ${quote(output.id)} 输出 ${list(shape)}。请让序列（returnSequences）一直保留到最后一层。`,
            )
          : t(
              `Dataset ${name} needs one prediction per sample, an output of shape [${classes}], but ${quote(output.id)} gives ${list(shape)}. Add a Flatten or a global pooling layer before the last Dense.`,
              `数据集 ${name} 需要每个样本一个预测，输出形状应为 [${classes}]，但 ${quote(output.id)} 输出 ${list(shape)}。请在最后的 Dense 之前加入 Flatten 或全局池化层。`,
            ),
        { nodeId: output.id },
      ),
    ];
  // One unit (a sigmoid) can tell two classes apart; otherwise one unit per class.
  if (units === null || (units === 1 && classes === 2) || units === classes) return [];
  const fewer = units < classes;
  return [
    diagnostic(
      fewer ? "NG602" : "NG603",
      t(
        `Dataset ${name} has ${classes} classes, but ${who} gives ${units} output${units === 1 ? "" : "s"}${fewer ? ": some classes could never be predicted" : ": the extra ones are never right and only slow learning down"}. Set its units to ${classes}.`,
        `数据集 ${name} 有 ${classes} 个类别，但 ${who} 输出 ${units} 个值${fewer ? "：有些类别永远无法被预测" : "：多余的输出永远不会正确，只会拖慢学习"}。请把它的单元数设为 ${classes}。`,
      ),
      { nodeId: at.id, ...setUnits(classes) },
    ),
  ];
}
