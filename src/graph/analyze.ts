/**
 * inferShapes: a pure function of a document giving every node its output
 * shape, parameter counts, FLOPs and weight memory, plus every diagnostic.
 * It never throws; a bug inside a layer module surfaces as NG901.
 */
import { type Diagnostic, diagnostic } from "./diagnostics";
import type { EdgeDoc, GraphDocument, NodeDoc } from "./document/schema";
import { type I18nText, t } from "./i18n";
import { ShapeProblem } from "./layers/problems";
import { LAYER_TYPES, layerKind } from "./layers/registry";
import type { LayerInput, LayerKind } from "./layers/types";
import { type PortAssignment, resolvePorts } from "./ports";
import { type DType, describeShape, elementsPerSample, type Shape } from "./shape";
import { closest, quote } from "./text";
import { findCycles, topologicalOrder } from "./topology";
import { checkGraphAgainstDataset } from "./training/checkDataset";
import { checkParams, type ResolvedParams } from "./validateParams";

export const DEFAULT_MEMORY_BUDGET_BYTES = 1024 ** 3;
export const BYTES_PER_WEIGHT = 4;
/** Beyond this many elements in one sample's tensor, browsers cannot allocate it. */
export const MAX_ELEMENTS_PER_SAMPLE = 2 ** 31 - 1;

export interface AnalyzeOptions {
  readonly memoryBudgetBytes?: number;
}

export interface NodeAnalysis {
  readonly id: string;
  readonly type: string;
  readonly node: NodeDoc;
  /** Params with tfjs defaults filled in; null when invalid or the kind is unknown. */
  readonly params: ResolvedParams | null;
  /** Incoming edges in the order the layer consumes them. */
  readonly inputs: readonly PortAssignment[];
  readonly outputShape: Shape | null;
  readonly dtype: DType | null;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  readonly flops: number | null;
  readonly weightBytes: number;
}

export interface GraphTotals {
  readonly params: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  readonly flops: number | null;
  readonly weightBytes: number;
}

export interface GraphAnalysis {
  /** Keyed by node id (a Map: ids are user data and may be "__proto__"). */
  readonly nodes: ReadonlyMap<string, NodeAnalysis>;
  /** Node ids in a topological order (document order among independent nodes). */
  readonly order: readonly string[];
  readonly inputs: readonly string[];
  /** Nodes no edge leaves: the model's outputs, in document order. */
  readonly outputs: readonly string[];
  /** The shape each edge carries. */
  readonly edgeShapes: ReadonlyMap<string, Shape>;
  readonly totals: GraphTotals;
  readonly diagnostics: readonly Diagnostic[];
}

export function describeNode(kind: LayerKind | undefined, node: NodeDoc): I18nText {
  const name = quote(node.id);
  return kind
    ? t(`${kind.label.en} ${name}`, `${kind.label.zh} ${name}`)
    : t(`Node ${name}`, `节点 ${name}`);
}

export function inferShapes(document: GraphDocument, options: AnalyzeOptions = {}): GraphAnalysis {
  const diagnostics: Diagnostic[] = [];
  const nodes = uniqueNodes(document.nodes, diagnostics);
  checkUniqueIds(document.edges, "edge", diagnostics);
  checkUniqueIds(document.groups, "group", diagnostics);
  checkGroups(document, diagnostics);

  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const kinds = nodes.map((node) => {
    const kind = layerKind(node.type);
    if (!kind) diagnostics.push(unknownKind(node));
    return kind;
  });
  const names = nodes.map((node, i) => describeNode(kinds[i], node));
  const params = nodes.map((node, i) => {
    const kind = kinds[i];
    if (!kind) return null;
    const check = checkParams(kind.params, node.params, node.id, names[i]!);
    diagnostics.push(...check.diagnostics);
    return check.values;
  });

  const edges = validEdges(document.edges, indexOf, diagnostics);
  const incoming: EdgeDoc[][] = nodes.map(() => []);
  const successors: number[][] = nodes.map(() => []);
  const hasOutgoing = new Uint8Array(nodes.length);
  for (const edge of edges) {
    const s = indexOf.get(edge.source)!;
    const d = indexOf.get(edge.target)!;
    incoming[d]!.push(edge);
    successors[s]!.push(d);
    hasOutgoing[s] = 1;
  }

  const assignments = nodes.map((node, i) => {
    const kind = kinds[i];
    if (!kind) return null;
    const resolution = resolvePorts(kind, node.id, incoming[i]!, names[i]!);
    diagnostics.push(...resolution.diagnostics);
    return resolution.assignments;
  });

  if (!nodes.some((n) => n.type === "input")) {
    diagnostics.push(
      diagnostic(
        "NG208",
        t(
          "The graph has no Input node, so no data can enter it. Add an Input and connect it to the first layer.",
          "图中没有输入层，数据无法进入。请添加一个输入层并连接到第一层。",
        ),
      ),
    );
  }
  nodes.forEach((node, i) => {
    if (node.type === "input" && !hasOutgoing[i] && nodes.length > 1) {
      diagnostics.push(
        diagnostic(
          "NG211",
          t(
            `Input ${quote(node.id)} feeds no layer. Connect it, or delete it.`,
            `输入层 ${quote(node.id)} 没有连接任何层。请连接它或将其删除。`,
          ),
          { nodeId: node.id },
        ),
      );
    }
  });

  for (const cycle of findCycles(nodes.length, successors)) {
    const members = cycle.map((i) => quote(nodes[i]!.id));
    const shown = members.length > 5 ? `${members.slice(0, 5).join(" → ")} …` : members.join(" → ");
    diagnostics.push(
      diagnostic(
        "NG204",
        t(
          `The graph has a cycle through ${shown}. Data must flow one way; remove an edge of the cycle (use an LSTM or GRU for recurrence).`,
          `图中存在环：${shown}。数据只能单向流动；请删除环上的一条连线（循环结构请使用 LSTM 或 GRU）。`,
        ),
        { nodeId: nodes[cycle[0]!]!.id },
      ),
    );
  }

  const order = topologicalOrder(nodes.length, successors);
  const results = new Map<string, NodeAnalysis>();
  const edgeShapes = new Map<string, Shape>();
  for (const i of order) {
    const node = nodes[i]!;
    const kind = kinds[i];
    const resolved = params[i] ?? null;
    const inputs = assignments[i] ?? null;
    let outputShape: Shape | null = null;
    let dtype: DType | null = null;
    let counts = { trainable: 0, nonTrainable: 0 };
    let flops: number | null = 0;
    const layerInputs = inputs ? toLayerInputs(inputs, results) : null;
    if (kind && resolved && layerInputs) {
      const who = names[i]!;
      try {
        const outcome = kind.inferShape({
          params: resolved,
          inputs: layerInputs,
          nodeId: node.id,
          who,
        });
        outputShape = outcome.shape;
        dtype = outcome.dtype ?? layerInputs[0]?.dtype ?? "float32";
        for (const w of outcome.warnings ?? []) {
          diagnostics.push(
            diagnostic(w.code, w.text, { nodeId: node.id, ...(w.fix ? { fix: w.fix } : {}) }),
          );
        }
        const shapes = layerInputs.map((x) => x.shape);
        counts = kind.countParams(resolved, shapes, outputShape);
        flops = kind.flops(resolved, shapes, outputShape);
        checkTensorSize(node.id, who, outputShape, diagnostics);
      } catch (error) {
        outputShape = null;
        diagnostics.push(problemToDiagnostic(error, node, who));
      }
    }
    for (const a of inputs ?? []) {
      const shape = results.get(a.edge.source)?.outputShape;
      if (shape) edgeShapes.set(a.edge.id, shape);
    }
    results.set(node.id, {
      id: node.id,
      type: node.type,
      node,
      params: resolved,
      inputs: inputs ?? [],
      outputShape,
      dtype,
      trainableParams: counts.trainable,
      nonTrainableParams: counts.nonTrainable,
      flops,
      weightBytes: (counts.trainable + counts.nonTrainable) * BYTES_PER_WEIGHT,
    });
  }
  // Nodes on or behind a cycle never reach the order; list them without shapes.
  for (const node of nodes) {
    if (!results.has(node.id)) {
      results.set(node.id, {
        id: node.id,
        type: node.type,
        node,
        params: params[indexOf.get(node.id)!] ?? null,
        inputs: [],
        outputShape: null,
        dtype: null,
        trainableParams: 0,
        nonTrainableParams: 0,
        flops: null,
        weightBytes: 0,
      });
    }
  }

  const totals = sumTotals(results);
  checkMemoryBudget(
    totals,
    results,
    options.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET_BYTES,
    diagnostics,
  );
  const inputs = nodes.filter((n) => n.type === "input").map((n) => n.id);
  const outputs = nodes.filter((_, i) => !hasOutgoing[i] && kinds[i]).map((n) => n.id);
  // The dataset the training section names must fit the graph; checked here so every view shows it.
  const orderedIds = order.map((i) => nodes[i]!.id);
  diagnostics.push(
    ...checkGraphAgainstDataset(document, { nodes: results, inputs, outputs, order: orderedIds }),
  );
  return {
    nodes: results,
    order: orderedIds,
    inputs,
    outputs,
    edgeShapes,
    totals,
    diagnostics: sortDiagnostics(diagnostics, indexOf),
  };
}

function uniqueNodes(all: readonly NodeDoc[], diagnostics: Diagnostic[]): NodeDoc[] {
  const seen = new Set<string>();
  const kept: NodeDoc[] = [];
  for (const node of all) {
    if (seen.has(node.id)) {
      diagnostics.push(
        diagnostic(
          "NG201",
          t(
            `Two nodes share the id ${quote(node.id)}; ids must be unique. The second one is ignored until you rename it.`,
            `有两个节点使用相同的 id ${quote(node.id)}；id 必须唯一。在重命名之前，第二个节点将被忽略。`,
          ),
          { nodeId: node.id },
        ),
      );
      continue;
    }
    seen.add(node.id);
    kept.push(node);
  }
  return kept;
}

function checkUniqueIds(
  entries: readonly { readonly id: string }[],
  noun: "edge" | "group",
  diagnostics: Diagnostic[],
): void {
  const seen = new Set<string>();
  const nounZh = noun === "edge" ? "连线" : "分组";
  for (const entry of entries) {
    if (seen.has(entry.id)) {
      diagnostics.push(
        diagnostic(
          "NG201",
          t(
            `Two ${noun}s share the id ${quote(entry.id)}; ids must be unique.`,
            `有两条${nounZh}使用相同的 id ${quote(entry.id)}；id 必须唯一。`,
          ),
          noun === "edge" ? { edgeId: entry.id } : {},
        ),
      );
    }
    seen.add(entry.id);
  }
}

function checkGroups(document: GraphDocument, diagnostics: Diagnostic[]): void {
  const groups = new Set(document.groups.map((g) => g.id));
  for (const node of document.nodes) {
    if (node.group !== undefined && !groups.has(node.group)) {
      diagnostics.push(
        diagnostic(
          "NG210",
          t(
            `Node ${quote(node.id)} belongs to group ${quote(node.group)}, which is not defined in "groups". Add the group or clear the node's group.`,
            `节点 ${quote(node.id)} 属于分组 ${quote(node.group)}，但 "groups" 中没有定义该分组。请添加该分组或清除节点的分组。`,
          ),
          { nodeId: node.id },
        ),
      );
    }
  }
}

function unknownKind(node: NodeDoc): Diagnostic {
  const suggestion = closest(node.type, LAYER_TYPES);
  return diagnostic(
    "NG203",
    t(
      `Node ${quote(node.id)} has type ${quote(node.type)}, which is not a layer kind Neurograph knows.${suggestion ? ` Did you mean "${suggestion}"?` : ""} See docs/layers.md for the list.`,
      `节点 ${quote(node.id)} 的类型 ${quote(node.type)} 不是 Neurograph 已知的层类型。${suggestion ? `是否应为 "${suggestion}"？` : ""}完整列表见 docs/layers.md。`,
    ),
    { nodeId: node.id },
  );
}

function validEdges(
  edges: readonly EdgeDoc[],
  indexOf: ReadonlyMap<string, number>,
  diagnostics: Diagnostic[],
): EdgeDoc[] {
  const kept: EdgeDoc[] = [];
  for (const edge of edges) {
    const missing = [edge.source, edge.target].filter((id) => !indexOf.has(id));
    if (missing.length > 0) {
      diagnostics.push(
        diagnostic(
          "NG202",
          t(
            `Edge ${quote(edge.id)} connects ${quote(edge.source)} to ${quote(edge.target)}, but ${missing.map(quote).join(" and ")} ${missing.length > 1 ? "are" : "is"} not a node in this document. Remove the edge or add the node.`,
            `连线 ${quote(edge.id)} 连接 ${quote(edge.source)} 与 ${quote(edge.target)}，但 ${missing.map(quote).join("、")} 不是本文档中的节点。请删除该连线或添加该节点。`,
          ),
          {
            edgeId: edge.id,
            fix: { kind: "removeEdge", edgeId: edge.id },
            ...(indexOf.has(edge.target) ? { nodeId: edge.target } : {}),
          },
        ),
      );
      continue;
    }
    kept.push(edge);
  }
  return kept;
}

function toLayerInputs(
  inputs: readonly PortAssignment[],
  results: ReadonlyMap<string, NodeAnalysis>,
): LayerInput[] | null {
  const out: LayerInput[] = [];
  for (const { port, edge } of inputs) {
    const source = results.get(edge.source);
    if (!source?.outputShape) return null;
    out.push({
      shape: source.outputShape,
      dtype: source.dtype ?? "float32",
      sourceId: edge.source,
      sourceType: source.type,
      edgeId: edge.id,
      port,
    });
  }
  return out;
}

function problemToDiagnostic(error: unknown, node: NodeDoc, who: I18nText): Diagnostic {
  if (error instanceof ShapeProblem) {
    const { code, text, fix, edgeId } = error.detail;
    return diagnostic(code, text, {
      nodeId: node.id,
      ...(fix ? { fix } : {}),
      ...(edgeId !== undefined ? { edgeId } : {}),
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return diagnostic(
    "NG901",
    t(
      `Neurograph failed while inferring the shape of ${who.en} (${detail.slice(0, 200)}). This is a bug; please report it with this document.`,
      `推断 ${who.zh} 的形状时 Neurograph 出错（${detail.slice(0, 200)}）。这是程序缺陷，请附上此文档报告。`,
    ),
    { nodeId: node.id },
  );
}

function checkTensorSize(
  nodeId: string,
  who: I18nText,
  shape: Shape,
  diagnostics: Diagnostic[],
): void {
  const elements = elementsPerSample(shape);
  if (elements !== null && elements > MAX_ELEMENTS_PER_SAMPLE) {
    diagnostics.push(
      diagnostic(
        "NG502",
        t(
          `${who.en} outputs ${describeShape(shape)}: ${formatCount(elements)} elements per sample, more than the ${formatCount(MAX_ELEMENTS_PER_SAMPLE)} a browser can allocate. Reduce its size or downsample before it.`,
          `${who.zh} 的输出为 ${describeShape(shape)}：每个样本 ${formatCount(elements)} 个元素，超过浏览器可分配的 ${formatCount(MAX_ELEMENTS_PER_SAMPLE)} 个。请减小其尺寸或在此之前降采样。`,
        ),
        { nodeId },
      ),
    );
  }
}

function sumTotals(results: ReadonlyMap<string, NodeAnalysis>): GraphTotals {
  let trainable = 0;
  let nonTrainable = 0;
  let flops: number | null = 0;
  for (const r of results.values()) {
    trainable += r.trainableParams;
    nonTrainable += r.nonTrainableParams;
    flops = flops === null || r.flops === null ? null : flops + r.flops;
  }
  const params = trainable + nonTrainable;
  return {
    params,
    trainableParams: trainable,
    nonTrainableParams: nonTrainable,
    flops,
    weightBytes: params * BYTES_PER_WEIGHT,
  };
}

function checkMemoryBudget(
  totals: GraphTotals,
  results: ReadonlyMap<string, NodeAnalysis>,
  budget: number,
  diagnostics: Diagnostic[],
): void {
  if (totals.weightBytes <= budget) return;
  let largest: NodeAnalysis | undefined;
  for (const r of results.values())
    if (!largest || r.weightBytes > largest.weightBytes) largest = r;
  const kind = largest ? layerKind(largest.type) : undefined;
  const who = largest ? describeNode(kind, largest.node) : t("", "");
  const biggest = largest
    ? `${formatCount(largest.trainableParams + largest.nonTrainableParams)}`
    : "";
  diagnostics.push(
    diagnostic(
      "NG501",
      t(
        `The graph's weights would need ${formatBytes(totals.weightBytes)} (${formatCount(totals.params)} parameters × 4 bytes), over the ${formatBytes(budget)} budget. The largest is ${who.en} with ${biggest} parameters; make it smaller, or downsample (pooling, strides) before it. Nothing has been allocated.`,
        `该图的权重需要 ${formatBytes(totals.weightBytes)}（${formatCount(totals.params)} 个参数 × 4 字节），超过 ${formatBytes(budget)} 的预算。最大的是 ${who.zh}，有 ${biggest} 个参数；请缩小它，或在它之前降采样（池化、步长）。尚未分配任何内存。`,
      ),
      largest ? { nodeId: largest.id } : {},
    ),
  );
}

/** One formatter for all counts: toLocaleString builds a new one per call, which shows on 500-node canvases. */
const COUNT_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return COUNT_FORMAT.format(Math.round(n));
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}

/** Errors first, then in document order, so the list reads top to bottom. */
function sortDiagnostics(
  diagnostics: Diagnostic[],
  indexOf: ReadonlyMap<string, number>,
): Diagnostic[] {
  const position = (d: Diagnostic) => (d.nodeId !== undefined ? (indexOf.get(d.nodeId) ?? -1) : -1);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const severity = Number(a.d.severity === "warning") - Number(b.d.severity === "warning");
      return severity || position(a.d) - position(b.d) || a.i - b.i;
    })
    .map(({ d }) => d);
}
