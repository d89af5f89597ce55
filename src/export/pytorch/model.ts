/**
 * The graph as an nn.Module: one submodule per node with weights (built in
 * __init__ under the node's name, group headings as comments) and forward()
 * following the graph in the compiler's topological order, with the Inputs
 * as its arguments and the outputs as its result (a tuple when several).
 */
import type { GraphAnalysis, GraphDocument, Regularization } from "../../graph";
import { writingOrder } from "../keras/model";
import { callLines, comment, commentText, pyFloat } from "../keras/python";
import { samplingEmitter, TORCH_EMITTERS } from "./layers/registry";
import type { TorchLayer } from "./layers/types";

export interface ModelCode {
  readonly lines: readonly string[];
  /** The class's name. */
  readonly className: string;
  /** Ids of forward()'s inputs and outputs, in the tfjs model's order. */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** L1/L2 penalties: parameter key → (l1, l2), as tfjs adds them to the loss. */
  readonly regularizers: readonly (readonly [string, number, number])[];
}

const I1 = "    ";
const I2 = "        ";

function groupHeading(document: GraphDocument, groupId: string | undefined): string | null {
  if (groupId === undefined) return null;
  const group = document.groups.find((g) => g.id === groupId);
  return commentText(group?.label ?? groupId);
}

function shapeText(shape: readonly (number | null)[]): string {
  return `[${shape.map((d) => (d === null ? "batch" : String(d))).join(", ")}]`;
}

/** "mnist_mlp" → "MnistMlp". */
export function className(stem: string, taken: ReadonlySet<string>): string {
  const name = stem
    .split("_")
    .filter((part) => part !== "")
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
  const base = /^[A-Za-z]/.test(name) ? name : `Model${name}`;
  return taken.has(base) || base === "Model" ? `${base}Net` : base;
}

function regularizersOf(type: string, attr: string, p: Record<string, unknown>) {
  const list: [string, number, number][] = [];
  const push = (key: string, value: unknown) => {
    if (value === null || value === undefined) return;
    const { l1, l2 } = value as Regularization;
    list.push([key, l1, l2]);
  };
  if (type === "dense" || type.startsWith("conv")) push(`${attr}.weight`, p.kernelRegularizer);
  const halves =
    type === "bidirectional"
      ? [`${attr}.forward_layer`, `${attr}.backward_layer`]
      : ["simpleRNN", "lstm", "gru"].includes(type)
        ? [attr]
        : [];
  for (const half of halves) {
    push(`${half}.weight_ih_l0`, p.kernelRegularizer);
    push(`${half}.weight_hh_l0`, p.recurrentRegularizer);
  }
  return list;
}

export function modelCode(
  document: GraphDocument,
  analysis: GraphAnalysis,
  names: ReadonlyMap<string, string>,
  stem: string,
  needs: Set<string>,
  klWeightOverride?: number,
): ModelCode {
  const order = writingOrder(analysis);
  const inputs = order.filter((id) => analysis.nodes.get(id)!.type === "input");
  const outputs = analysis.outputs;
  const name = className(stem, new Set(names.values()));
  const init: string[] = [];
  const forward: string[] = [];
  const notes = new Set<string>();
  const regularizers: [string, number, number][] = [];
  let heading: string | null = null;
  for (const id of order) {
    const info = analysis.nodes.get(id)!;
    if (info.type === "input") continue;
    const attr = names.get(id)!;
    const emitter =
      info.type === "sampling" && klWeightOverride !== undefined
        ? samplingEmitter(klWeightOverride)
        : TORCH_EMITTERS.get(info.type)!;
    const layer: TorchLayer = emitter({
      nodeId: id,
      params: info.params!,
      inputShapes: info.inputs.map((a) => analysis.nodes.get(a.edge.source)!.outputShape!),
      inputPorts: info.inputs.map((a) => a.port),
      outputShape: info.outputShape!,
      needs,
    });
    const next = groupHeading(document, info.node.group);
    if (next !== heading) {
      if (next !== null) {
        if (init.length > 0) init.push("");
        forward.push(...comment(next, I2));
        init.push(...comment(next, I2));
      }
      heading = next;
    }
    const variables = info.inputs.map((a) => names.get(a.edge.source)!);
    if (layer.module !== null) {
      if (layer.note && !notes.has(layer.note)) init.push(...comment(layer.note, I2));
      if (layer.note) notes.add(layer.note);
      init.push(...callLines(`self.${attr} = `, layer.module.callee, layer.module.args, I2));
    }
    forward.push(`${I2}${attr} = ${layer.call(variables, `self.${attr}`)}`);
    regularizers.push(...regularizersOf(info.type, attr, info.params!));
  }
  const result = outputs.map((id) => names.get(id)!).join(", ");
  const listing = (ids: readonly string[]) =>
    ids
      .map((id) => {
        const info = analysis.nodes.get(id)!;
        const dtype = info.dtype === "int32" ? " int" : "";
        return `${names.get(id)} ${shapeText(info.outputShape!)}${dtype}`;
      })
      .join(", ");
  const lines = [
    `class ${name}(nn.Module):`,
    `${I1}"""${commentText(document.name).replace(/"""/g, "'''").replace(/\\/g, "/")}: the graph, node by node.`,
    "",
    `${I1}Each submodule is named after its node. Tensors are channels-last throughout, as in`,
    `${I1}Neurograph (convolutions and pooling permute to channels-first inside), so the inputs are`,
    `${I1}what Neurograph feeds its model and every layer sees tfjs's element order.`,
    "",
    `${I1}Inputs: ${listing(inputs)}.`,
    `${I1}Output${outputs.length === 1 ? "" : "s"}: ${listing(outputs)}.`,
    `${I1}"""`,
    "",
    `${I1}def __init__(self):`,
    `${I2}super().__init__()`,
    ...(init.length > 0 ? init : []),
    "",
    `${I1}def forward(self, ${inputs.map((id) => names.get(id)!).join(", ")}):`,
    ...forward,
    `${I2}return ${result}`,
  ];
  return {
    lines,
    className: name,
    inputs,
    outputs,
    regularizers: regularizers.map(([k, l1, l2]) => [k, l1, l2] as const),
  };
}

/** REGULARIZERS = {...}: the L1/L2 penalties tfjs adds to the loss. */
export function regularizerConstant(regularizers: ModelCode["regularizers"]): string[] {
  if (regularizers.length === 0) return ["REGULARIZERS = {}"];
  return [
    "# L1/L2 penalties on weights, added to the loss as tfjs adds them: l1 * sum|w| + l2 * sum w^2.",
    "REGULARIZERS = {",
    ...regularizers.map(([key, l1, l2]) => `    "${key}": (${pyFloat(l1)}, ${pyFloat(l2)}),`),
    "}",
  ];
}
