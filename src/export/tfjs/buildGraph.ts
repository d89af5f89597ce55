/**
 * Keras layers and calls → Neurograph nodes and edges. One node per call of a
 * layer (a layer applied twice becomes two nodes with the same weights), edges
 * in the layer's input order on the ports the document format defines, and a
 * node order that gives the compiled model tfjs's input and output order.
 */
import {
  type Diagnostic,
  type EdgeDoc,
  type I18nText,
  layerKind,
  type NodeDoc,
  t,
} from "../../graph";
import { quote } from "../../graph/text";
import { LayerConfig, Unsupported } from "./config";
import { layerMapper, type MappedLayer } from "./mappers";
import { inputLayer } from "./mappers/input";
import { droppedSetting, malformedLayer, unsupportedLayer } from "./messages";
import type { NeurographMetadata } from "./metadata";
import { orderNodes } from "./nodeOrder";
import type { LayerCall, TensorRef } from "./tensors";
import { isModelClass, type KerasGraph, type KerasLayer } from "./topology";

/** Node type of a layer Neurograph cannot express: unknown to the registry, so analysis reports NG203. */
export const MARKED_TYPE_PREFIX = "keras:";

/** Settings any layer may carry that change only training, never predictions. */
const TRAINING_ONLY = [
  "bias_regularizer",
  "activity_regularizer",
  "kernel_constraint",
  "bias_constraint",
  "beta_regularizer",
  "gamma_regularizer",
  "beta_constraint",
  "gamma_constraint",
  "embeddings_regularizer",
  "embeddings_constraint",
];

export interface BuiltGraph {
  /** In document order: inputs (in the model's input order), inner layers, outputs (in its output order). */
  readonly nodes: NodeDoc[];
  readonly edges: EdgeDoc[];
  readonly diagnostics: Diagnostic[];
  /** Node ids of each layer, one per call (inputs: one). */
  readonly nodeIds: ReadonlyMap<string, readonly string[]>;
  /** Nodes placed by the file's Neurograph metadata. */
  readonly positioned: ReadonlySet<string>;
}

class Ids {
  private readonly taken = new Set<string>();
  claim(wanted: string): string {
    const base = wanted.slice(0, 240) || "layer";
    let id = base;
    for (let k = 2; this.taken.has(id); k++) id = `${base}_${k}`;
    this.taken.add(id);
    return id;
  }
}

function assignIds(graph: KerasGraph, meta: NeurographMetadata | null, diagnostics: Diagnostic[]) {
  const ids = new Ids();
  const nodeIds = new Map<string, string[]>();
  for (const layer of graph.layers) {
    if (layer.className !== "InputLayer" && layer.calls.length === 0) {
      diagnostics.push(
        malformedLayer(
          quote(layer.name),
          t("is never called in the model; it was left out.", "在模型中从未被调用，已略去。"),
        ),
      );
      continue;
    }
    nodeIds.set(layer.name, [ids.claim(meta?.nodes[layer.name]?.id ?? layer.name)]);
  }
  // Second and later calls of shared layers, after every first call has its name.
  for (const layer of graph.layers) {
    const list = nodeIds.get(layer.name);
    for (let k = 1; list && k < layer.calls.length; k++)
      list.push(ids.claim(`${list[0]}_${k + 1}`));
    if (list && list.length > 1) diagnostics.push(sharedLayer(list));
  }
  return nodeIds;
}

/** A layer applied several times: one node per use, each with a copy of the weights. */
function sharedLayer(ids: readonly string[]): Diagnostic {
  const copies = ids.slice(1).map(quote).join(", ");
  const many = ids.length > 2;
  return droppedSetting(
    ids[0]!,
    t(
      `it is applied ${ids.length} times in the model with the same weights; Neurograph has one node per use, so ${copies} ${many ? "are copies" : "is a copy"} with the same weights. They predict as before, but training no longer ties them.`,
      `它在模型中以相同权重被调用 ${ids.length} 次；Neurograph 每次调用对应一个节点，因此 ${copies} 是带相同权重的副本。预测结果不变，但训练时它们不再共享权重。`,
    ),
  );
}

function withoutName(config: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { name: _name, ...rest } = config;
  return rest;
}

interface Mapping {
  readonly node: NodeDoc;
  readonly marked: boolean;
}

function mapLayer(
  layer: KerasLayer,
  call: LayerCall | null,
  id: string,
  graph: KerasGraph,
  meta: NeurographMetadata | null,
  diagnostics: Diagnostic[],
): Mapping {
  const config = new LayerConfig(layer.config, layer.className, graph.kerasVersion, call);
  const mapper = layer.className === "InputLayer" ? inputLayer : layerMapper(layer.className);
  let mapped: MappedLayer | null = null;
  let reason: I18nText | null = null;
  try {
    config.noteTrainingOnly(TRAINING_ONLY);
    if (config.get("trainable") === false) config.trainingOnly.push("trainable: false");
    if (mapper) mapped = mapper(config);
    else if (isModelClass(layer.className))
      reason = t(
        "It is a model nested inside this one that could not be inlined (see the message about it).",
        "它是嵌套在本模型中的模型，无法展开（见关于它的消息）。",
      );
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    reason = error.reason;
  }
  const extra = meta?.nodes[layer.name];
  const decoration = {
    position: extra?.position ?? { x: 0, y: 0 },
    ...(extra?.label !== undefined ? { label: extra.label } : {}),
    ...(extra?.group !== undefined ? { group: extra.group } : {}),
  };
  if (!mapped) {
    diagnostics.push(unsupportedLayer(id, layer.className, reason));
    return {
      marked: true,
      node: {
        id,
        type: `${MARKED_TYPE_PREFIX}${layer.className}`,
        // The whole config is kept, so nothing of the original is lost.
        params: { kerasClass: layer.className, kerasConfig: withoutName(layer.config) },
        ...decoration,
        label: extra?.label ?? `${layer.className} (${layer.name})`,
      },
    };
  }
  for (const warning of config.warnings) diagnostics.push(droppedSetting(id, warning));
  if (config.trainingOnly.length > 0) {
    const list = config.trainingOnly.join(", ");
    diagnostics.push(
      droppedSetting(
        id,
        t(
          `${list} only affect${config.trainingOnly.length === 1 ? "s" : ""} training and Neurograph has no such setting, so ${config.trainingOnly.length === 1 ? "it was" : "they were"} dropped; predictions are unchanged.`,
          `${list} 只影响训练，Neurograph 没有对应的设置，已去掉；预测结果不变。`,
        ),
      ),
    );
  }
  const params =
    mapped.type === "input" && extra?.role ? { ...mapped.params, role: extra.role } : mapped.params;
  return { marked: false, node: { id, type: mapped.type, params, ...decoration } };
}

const same = (a: TensorRef, b: TensorRef) =>
  a.layer === b.layer && a.node === b.node && a.tensor === b.tensor;

/** The tensors a call feeds the layer, each with the port (targetHandle) it goes to. */
function portsOf(type: string, marked: boolean, call: LayerCall): [TensorRef, string | null][] {
  const ports = marked ? undefined : layerKind(type)?.ports;
  if (ports?.kind === "named") {
    const query = call.args[0] ?? call.named.query;
    if (!query) return [];
    const value = call.args[1] ?? call.named.value ?? query;
    const key = call.args[2] ?? call.named.key;
    // One plain edge is self-attention; a key equal to the value is the default and left out.
    if (same(query, value) && (!key || same(key, value))) return [[query, null]];
    return [
      [query, "query"],
      [value, "value"],
      ...(key && !same(key, value) ? [[key, "key"] as [TensorRef, string]] : []),
    ];
  }
  const refs = [...call.args, ...Object.values(call.named)];
  if (ports?.kind === "ordered") return refs.map((ref, i) => [ref, `in${i}`]);
  return refs.map((ref) => [ref, null]);
}

export function buildGraph(graph: KerasGraph, meta: NeurographMetadata | null): BuiltGraph {
  const diagnostics: Diagnostic[] = graph.skipped.map((s) => malformedLayer(s.where, s.reason));
  const nodeIds = assignIds(graph, meta, diagnostics);
  const nodes: NodeDoc[] = [];
  const edges: EdgeDoc[] = [];
  const addEdge = (source: string, target: string, handle: string | null) =>
    edges.push({
      id: `e${edges.length + 1}`,
      source,
      target,
      ...(handle !== null ? { targetHandle: handle } : {}),
    });
  for (const layer of graph.layers) {
    const ids = nodeIds.get(layer.name);
    if (!ids) continue;
    ids.forEach((id, k) => {
      const call = layer.calls[k] ?? null;
      const { node, marked } = mapLayer(layer, call, id, graph, meta, diagnostics);
      nodes.push(node);
      if (!call || node.type === "input") return;
      for (const [ref, handle] of portsOf(node.type, marked, call)) {
        const source = nodeIds.get(ref.layer)?.[ref.node];
        if (source === undefined) {
          diagnostics.push(
            malformedLayer(
              quote(layer.name),
              t(
                `its input ${quote(ref.layer)} (call ${ref.node}) is not a layer of the model; that connection was left out.`,
                `其输入 ${quote(ref.layer)}（第 ${ref.node} 次调用）不是模型中的层，该连接已略去。`,
              ),
            ),
          );
          continue;
        }
        if (ref.tensor > 0) {
          diagnostics.push(
            droppedSetting(
              id,
              t(
                `it reads output #${ref.tensor + 1} of ${quote(ref.layer)}, but Neurograph layers have one output; it was connected to the first.`,
                `它读取 ${quote(ref.layer)} 的第 ${ref.tensor + 1} 个输出，但 Neurograph 的层只有一个输出，已改为连接第一个输出。`,
              ),
            ),
          );
        }
        addEdge(source, id, handle);
      }
    });
  }
  const ordered = orderNodes(graph, nodes, edges, nodeIds, diagnostics);
  const positioned = new Set<string>();
  for (const [layer, ids] of nodeIds) if (meta?.nodes[layer]?.position) positioned.add(ids[0]!);
  return { nodes: ordered, edges, diagnostics, nodeIds, positioned };
}
