/**
 * Copy and paste as document JSON: a selection becomes a small graph document
 * (so it can cross tabs and even applications through the system clipboard),
 * and pasting merges one into the current document under fresh ids.
 */
import type { GraphDocument } from "../document/schema";
import { freshEdgeId, freshNodeId } from "./ids";
import type { Position } from "./nodes";

/** The selected nodes, the edges among them, and the groups they use. */
export function extractSubgraph(
  document: GraphDocument,
  nodeIds: ReadonlySet<string>,
): GraphDocument {
  const nodes = document.nodes.filter((n) => nodeIds.has(n.id));
  const groups = new Set(nodes.map((n) => n.group));
  return {
    format: "neurograph",
    version: document.version,
    name: document.name,
    nodes,
    edges: document.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)),
    groups: document.groups.filter((g) => groups.has(g.id)),
    training: {},
  };
}

export interface Pasted {
  readonly document: GraphDocument;
  /** Ids of the pasted nodes, to select them. */
  readonly nodeIds: string[];
}

/** Adds `clip` to `document`, renaming what collides, shifted by `offset`. */
export function pasteSubgraph(
  document: GraphDocument,
  clip: GraphDocument,
  offset: Position,
): Pasted {
  const takenNodes = new Set(document.nodes.map((n) => n.id));
  const takenEdges = new Set(document.edges.map((e) => e.id));
  const takenGroups = new Set(document.groups.map((g) => g.id));
  const nodeIdMap = new Map<string, string>();
  for (const node of clip.nodes) {
    const id = freshNodeId(node.id, takenNodes);
    takenNodes.add(id);
    nodeIdMap.set(node.id, id);
  }
  const groupIdMap = new Map<string, string>();
  for (const group of clip.groups) {
    const id = freshNodeId(group.id, takenGroups);
    takenGroups.add(id);
    groupIdMap.set(group.id, id);
  }
  const nodes = clip.nodes.map((n) => {
    const group = n.group !== undefined ? groupIdMap.get(n.group) : undefined;
    const { group: _old, ...rest } = n;
    return {
      ...rest,
      id: nodeIdMap.get(n.id)!,
      position: { x: n.position.x + offset.x, y: n.position.y + offset.y },
      ...(group !== undefined ? { group } : {}),
    };
  });
  const edges = clip.edges
    .filter((e) => nodeIdMap.has(e.source) && nodeIdMap.has(e.target))
    .map((e) => {
      const id = freshEdgeId(takenEdges);
      takenEdges.add(id);
      return { ...e, id, source: nodeIdMap.get(e.source)!, target: nodeIdMap.get(e.target)! };
    });
  const groups = clip.groups.map((g) => ({ ...g, id: groupIdMap.get(g.id)! }));
  return {
    document: {
      ...document,
      nodes: [...document.nodes, ...nodes],
      edges: [...document.edges, ...edges],
      groups: [...document.groups, ...groups],
    },
    nodeIds: nodes.map((n) => n.id),
  };
}
