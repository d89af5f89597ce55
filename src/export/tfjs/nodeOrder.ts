/** Document order for an imported graph, which decides the compiled model's input and output order. */
import { type Diagnostic, type EdgeDoc, type NodeDoc, t } from "../../graph";
import { quote } from "../../graph/text";
import { droppedSetting, malformedLayer } from "./messages";
import type { TensorRef } from "./tensors";
import type { KerasGraph } from "./topology";

/**
 * Inputs first in the model's input order, outputs last in its output order:
 * the compiled model then takes and returns tensors in the order tfjs did. An
 * output that also feeds other layers (or is an input) gets an identity node
 * after it, since in a graph only nodes no edge leaves are outputs.
 */
export function orderNodes(
  graph: KerasGraph,
  nodes: NodeDoc[],
  edges: EdgeDoc[],
  nodeIds: ReadonlyMap<string, readonly string[]>,
  diagnostics: Diagnostic[],
): NodeDoc[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const feeds = new Set(edges.map((e) => e.source));
  const idOf = (ref: TensorRef) => nodeIds.get(ref.layer)?.[ref.node];
  const inputs = graph.inputs
    .map(idOf)
    .filter((id): id is string => byId.get(id ?? "")?.type === "input");
  const outputs: string[] = [];
  const identities: NodeDoc[] = [];
  for (const ref of graph.outputs) {
    const id = idOf(ref);
    const node = id === undefined ? undefined : byId.get(id);
    if (!node) {
      diagnostics.push(
        malformedLayer(
          quote(ref.layer),
          t("is listed as an output but is not in the model.", "被列为输出，但不在模型中。"),
        ),
      );
      continue;
    }
    if (!feeds.has(node.id) && node.type !== "input" && !outputs.includes(node.id)) {
      outputs.push(node.id);
      continue;
    }
    const identity = `${node.id}_output`;
    let unique = identity;
    for (let k = 2; byId.has(unique); k++) unique = `${identity}_${k}`;
    const added: NodeDoc = {
      id: unique,
      type: "activation",
      params: { activation: "linear" },
      position: { x: 0, y: 0 },
    };
    byId.set(unique, added);
    identities.push(added);
    edges.push({ id: `e${edges.length + 1}`, source: node.id, target: unique });
    outputs.push(unique);
    diagnostics.push(
      droppedSetting(
        node.id,
        t(
          `it is an output of the model and also feeds other layers; the identity node ${quote(unique)} was added after it so that it stays an output.`,
          `它是模型的输出，同时又连接其他层；已在其后添加恒等节点 ${quote(unique)}，使其仍为输出。`,
        ),
      ),
    );
  }
  const first = new Set(inputs);
  const last = new Set(outputs);
  const rest = [...nodes, ...identities].filter((n) => !first.has(n.id) && !last.has(n.id));
  const pick = (id: string) => byId.get(id)!;
  return [...inputs.map(pick), ...rest, ...outputs.map(pick)];
}
