/**
 * build_model(): the graph as a Keras functional model, node by node in the
 * compiler's topological order, each layer named after its node, group
 * headings as comments. The model's inputs and outputs are the compiler's.
 */
import type { GraphAnalysis, GraphDocument, NodeAnalysis } from "../../graph";
import { KERAS_MAPPERS } from "./layers/registry";
import type { LayerCode } from "./layers/types";
import { callLines, comment, commentText, kw, pyList, pyStr, pyTuple } from "./python";

export interface ModelNames {
  /** Node id → Keras layer name. */
  readonly layers: ReadonlyMap<string, string>;
  /** Node id → Python variable of its output. */
  readonly variables: ReadonlyMap<string, string>;
  /** The Keras model's name. */
  readonly model: string;
}

export interface ModelCode {
  readonly lines: readonly string[];
  /** Ids of the model's inputs and outputs, in the compiled model's order. */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
}

const INDENT = "    ";

/** The inputs of a node as the layer call's positional (and keyword) arguments. */
function callInputs(info: NodeAnalysis, variables: ReadonlyMap<string, string>): string[] {
  const of = (source: string) => variables.get(source)!;
  if (info.type === "multiHeadAttention") {
    const port = (name: string) => info.inputs.find((a) => a.port === name)?.edge.source;
    const query = port("query")!;
    const value = port("value") ?? query;
    const key = port("key");
    const args = [of(query), of(value)];
    if (key !== undefined && key !== value) args.push(kw("key", of(key)));
    return args;
  }
  const sources = info.inputs.map((a) => of(a.edge.source));
  return sources.length === 1 ? sources : [pyList(sources)];
}

function groupHeading(document: GraphDocument, groupId: string | undefined): string | null {
  if (groupId === undefined) return null;
  const group = document.groups.find((g) => g.id === groupId);
  const label = commentText(group?.label ?? groupId);
  const role = group?.role;
  return role && role !== "custom" && !label.toLowerCase().includes(role.toLowerCase())
    ? `${label} (${role})`
    : label;
}

/**
 * The order nodes are written in: every Input first, then the layers in a
 * topological order that finishes a group before starting another where the
 * edges allow (document order otherwise), so each group reads as one block.
 */
export function writingOrder(analysis: GraphAnalysis): string[] {
  const inputs = analysis.order.filter((id) => analysis.nodes.get(id)!.type === "input");
  const rank = new Map(analysis.order.map((id, i) => [id, i]));
  const done = new Set(inputs);
  const pending = analysis.order.filter((id) => !done.has(id));
  const order = [...inputs];
  let group: string | undefined;
  while (pending.length > 0) {
    const ready = pending.filter((id) =>
      analysis.nodes.get(id)!.inputs.every((a) => done.has(a.edge.source)),
    );
    const sameGroup =
      group === undefined
        ? undefined
        : ready.find((id) => analysis.nodes.get(id)!.node.group === group);
    const next = sameGroup ?? ready.sort((a, b) => rank.get(a)! - rank.get(b)!)[0]!;
    order.push(next);
    done.add(next);
    group = analysis.nodes.get(next)!.node.group;
    pending.splice(pending.indexOf(next), 1);
  }
  return order;
}

export function modelCode(
  document: GraphDocument,
  analysis: GraphAnalysis,
  names: ModelNames,
  needs: Set<string>,
  klWeightOverride?: number,
): ModelCode {
  const lines: string[] = [
    "def build_model():",
    `${INDENT}"""The graph, node by node: each Keras layer is named after its node."""`,
  ];
  const inputs: string[] = [];
  const notes = new Set<string>();
  let heading: string | null = null;
  for (const id of writingOrder(analysis)) {
    const info = analysis.nodes.get(id)!;
    const name = names.layers.get(id)!;
    const variable = names.variables.get(id)!;
    // Inputs come first, together; headings mark the groups of the layers after them.
    const nextHeading = info.type === "input" ? null : groupHeading(document, info.node.group);
    if (nextHeading !== heading && (nextHeading !== null || heading !== null)) {
      lines.push("");
      if (nextHeading !== null) lines.push(...comment(nextHeading, INDENT));
    } else if (info.type !== "input" && inputs.length > 0 && lines.at(-1)?.includes("keras.Input"))
      lines.push("");
    heading = nextHeading;
    if (info.type === "input") {
      inputs.push(id);
      const shape = info.outputShape!.slice(1);
      const args = [kw("shape", pyTuple(shape))];
      if (info.dtype === "int32") args.push(kw("dtype", pyStr("int32")));
      args.push(kw("name", pyStr(name)));
      lines.push(...callLines(`${variable} = `, "keras.Input", args, INDENT));
      continue;
    }
    const code: LayerCode = KERAS_MAPPERS.get(info.type)!({
      nodeId: id,
      name,
      params: info.params!,
      inputShapes: info.inputs.map((a) => analysis.nodes.get(a.edge.source)!.outputShape!),
      outputShape: info.outputShape!,
      needs,
      ...(klWeightOverride !== undefined ? { klWeightOverride } : {}),
    });
    // Each note once: the first layer it concerns explains the rest.
    if (code.note && !notes.has(code.note)) lines.push(...comment(code.note, INDENT));
    if (code.note) notes.add(code.note);
    const applied = [...callInputs(info, names.variables), ...(code.callArgs ?? [])];
    lines.push(
      ...callLines(
        `${variable} = `,
        code.callee,
        [...code.args, kw("name", pyStr(name))],
        INDENT,
        `(${applied.join(", ")})`,
      ),
    );
  }
  const outputs = analysis.outputs;
  const list = (ids: readonly string[]) =>
    ids.length === 1
      ? names.variables.get(ids[0]!)!
      : pyList(ids.map((i) => names.variables.get(i)!));
  lines.push(
    "",
    ...callLines(
      "return ",
      "keras.Model",
      [kw("inputs", list(inputs)), kw("outputs", list(outputs)), kw("name", pyStr(names.model))],
      INDENT,
    ),
  );
  return { lines, inputs, outputs };
}
