/**
 * Applying a fix-it: a pure function from document to document (the input is
 * never mutated), so the editor can record it as one undo step.
 */
import type { EdgeDoc, GraphDocument, NodeDoc } from "../document/schema";
import type { Fix } from "./types";

export type FixOutcome =
  | { readonly ok: true; readonly document: GraphDocument }
  | { readonly ok: false; readonly reason: string };

export function applyFix(document: GraphDocument, fix: Fix): FixOutcome {
  switch (fix.kind) {
    case "setParam": {
      if (!document.nodes.some((n) => n.id === fix.nodeId)) return missingNode(fix.nodeId);
      return {
        ok: true,
        document: {
          ...document,
          nodes: document.nodes.map((n) =>
            n.id === fix.nodeId ? { ...n, params: { ...n.params, [fix.param]: fix.value } } : n,
          ),
        },
      };
    }
    case "removeEdge":
      if (!document.edges.some((e) => e.id === fix.edgeId))
        return { ok: false, reason: `no edge ${fix.edgeId}` };
      return {
        ok: true,
        document: { ...document, edges: document.edges.filter((e) => e.id !== fix.edgeId) },
      };
    case "removeNode":
      return removeNode(document, fix.nodeId);
    case "insertBefore":
      return insertBefore(document, fix);
  }
}

function missingNode(id: string): FixOutcome {
  return { ok: false, reason: `no node ${id}` };
}

function removeNode(document: GraphDocument, nodeId: string): FixOutcome {
  if (!document.nodes.some((n) => n.id === nodeId)) return missingNode(nodeId);
  const into = document.edges.filter((e) => e.target === nodeId);
  const source = into.length === 1 ? into[0]!.source : undefined;
  const edges: EdgeDoc[] = [];
  for (const edge of document.edges) {
    if (edge.target === nodeId) continue;
    if (edge.source === nodeId) {
      if (source !== undefined) edges.push({ ...edge, source });
      continue;
    }
    edges.push(edge);
  }
  return {
    ok: true,
    document: { ...document, nodes: document.nodes.filter((n) => n.id !== nodeId), edges },
  };
}

function insertBefore(
  document: GraphDocument,
  fix: Extract<Fix, { kind: "insertBefore" }>,
): FixOutcome {
  const target = document.nodes.find((n) => n.id === fix.nodeId);
  if (!target) return missingNode(fix.nodeId);
  const incoming = document.edges.filter((e) => e.target === fix.nodeId);
  const edge =
    fix.edgeId !== undefined
      ? incoming.find((e) => e.id === fix.edgeId)
      : incoming.length === 1
        ? incoming[0]
        : undefined;
  if (!edge) return { ok: false, reason: `no single edge into ${fix.nodeId}` };
  const source = document.nodes.find((n) => n.id === edge.source);
  const nodeIds = new Set(document.nodes.map((n) => n.id));
  const edgeIds = new Set(document.edges.map((e) => e.id));
  const id = freshId(fix.layer.type, nodeIds);
  const position = source
    ? {
        x: (source.position.x + target.position.x) / 2,
        y: (source.position.y + target.position.y) / 2,
      }
    : { x: target.position.x, y: target.position.y - 80 };
  const inserted: NodeDoc = { id, type: fix.layer.type, params: { ...fix.layer.params }, position };
  if (target.group !== undefined) (inserted as { group?: string }).group = target.group;
  const outgoing: EdgeDoc = {
    id: freshId(`e_${id}`, edgeIds),
    source: id,
    target: fix.nodeId,
    ...(edge.targetHandle != null ? { targetHandle: edge.targetHandle } : {}),
  };
  const nodeIndex = document.nodes.indexOf(target);
  const nodes = [
    ...document.nodes.slice(0, nodeIndex),
    inserted,
    ...document.nodes.slice(nodeIndex),
  ];
  const edges = document.edges.flatMap((e) => {
    if (e !== edge) return [e];
    const { targetHandle: _dropped, ...rest } = e;
    return [{ ...rest, target: id }, outgoing];
  });
  return { ok: true, document: { ...document, nodes, edges } };
}

export function freshId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}
