/**
 * Pure edits of nodes: every function takes a document and returns a new one
 * (the input is never mutated), so the editor's store only records results and
 * undo is a matter of keeping the previous document.
 */
import type { EdgeDoc, GraphDocument, NodeDoc } from "../document/schema";
import { layerKind } from "../layers/registry";
import { initialValue, isRequired } from "../params";
import { freshEdgeId, freshNodeId, takenNodeIds } from "./ids";

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** Vertical distance between a node and one added below it. */
export const STACK_GAP = 150;

/** The params a new node of this kind starts with: required ones filled with their suggested values. */
export function initialParams(type: string): Record<string, unknown> {
  const kind = layerKind(type);
  if (!kind) return {};
  const params: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(kind.params)) {
    // Write only what is required or preferred over tfjs's default, so documents stay short.
    const preferred = "initial" in spec && spec.initial !== undefined;
    if (isRequired(spec) || preferred) {
      const initial = initialValue(spec);
      if (initial !== undefined) params[name] = initial;
    }
  }
  return params;
}

export interface AddedNode {
  readonly document: GraphDocument;
  readonly nodeId: string;
}

export function addNode(
  document: GraphDocument,
  type: string,
  position: Position,
  params: Record<string, unknown> = initialParams(type),
): AddedNode {
  const nodeId = freshNodeId(type, takenNodeIds(document));
  const node: NodeDoc = { id: nodeId, type, params, position: { x: position.x, y: position.y } };
  return { document: { ...document, nodes: [...document.nodes, node] }, nodeId };
}

/**
 * Adds a layer below `afterId` and connects it (into `in0` when the new layer
 * has ordered ports): the "click or Enter in the palette" gesture.
 */
export function addNodeAfter(
  document: GraphDocument,
  type: string,
  afterId: string | null,
): AddedNode {
  const after = afterId === null ? undefined : document.nodes.find((n) => n.id === afterId);
  if (!after) {
    const lowest = document.nodes.reduce((y, n) => Math.max(y, n.position.y), -STACK_GAP);
    return addNode(document, type, {
      x: document.nodes[0]?.position.x ?? 0,
      y: lowest + STACK_GAP,
    });
  }
  const added = addNode(
    document,
    type,
    freeSpotNear(document, { x: after.position.x, y: after.position.y + STACK_GAP }),
  );
  const kind = layerKind(type);
  if (kind?.ports.kind === "none") return added;
  const handle = kind?.ports.kind === "ordered" ? "in0" : undefined;
  const edge: EdgeDoc = {
    id: freshEdgeId(new Set(added.document.edges.map((e) => e.id))),
    source: after.id,
    target: added.nodeId,
    ...(handle ? { targetHandle: handle } : {}),
  };
  return {
    document: { ...added.document, edges: [...added.document.edges, edge] },
    nodeId: added.nodeId,
  };
}

/** A node's footprint on the canvas, for keeping new nodes clear of old ones. */
const FOOTPRINT = { width: 220, height: 120 };

/** `wanted`, or the nearest spot to its right that no node covers. */
export function freeSpotNear(document: GraphDocument, wanted: Position): Position {
  const covered = (p: Position) =>
    document.nodes.some(
      (n) =>
        Math.abs(n.position.x - p.x) < FOOTPRINT.width &&
        Math.abs(n.position.y - p.y) < FOOTPRINT.height,
    );
  let spot = wanted;
  for (let step = 1; covered(spot) && step < 50; step++)
    spot = { x: wanted.x + step * (FOOTPRINT.width + 20), y: wanted.y };
  return spot;
}

/** Removes nodes and edges; edges touching a removed node go too. */
export function removeElements(
  document: GraphDocument,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string> = new Set(),
): GraphDocument {
  if (nodeIds.size === 0 && edgeIds.size === 0) return document;
  const nodes = document.nodes.filter((n) => !nodeIds.has(n.id));
  const groupsInUse = new Set(
    nodes.map((n) => n.group).filter((g): g is string => g !== undefined),
  );
  return {
    ...document,
    nodes,
    edges: document.edges.filter(
      (e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target),
    ),
    // A group whose last member is deleted goes with it.
    groups: document.groups.filter(
      (g) => groupsInUse.has(g.id) || !document.nodes.some((n) => n.group === g.id),
    ),
  };
}

export function moveNodes(
  document: GraphDocument,
  positions: ReadonlyMap<string, Position>,
): GraphDocument {
  if (positions.size === 0) return document;
  return {
    ...document,
    nodes: document.nodes.map((n) => {
      const p = positions.get(n.id);
      return p && (p.x !== n.position.x || p.y !== n.position.y)
        ? { ...n, position: { x: p.x, y: p.y } }
        : n;
    }),
  };
}

/** Sets (or, with `undefined`, removes so it falls back to tfjs's default) one param. */
export function setParam(
  document: GraphDocument,
  nodeId: string,
  param: string,
  value: unknown,
): GraphDocument {
  return updateNode(document, nodeId, (n) => {
    const params = { ...n.params };
    if (value === undefined) delete params[param];
    else params[param] = value;
    return { ...n, params };
  });
}

export function setLabel(document: GraphDocument, nodeId: string, label: string): GraphDocument {
  return updateNode(document, nodeId, (n) => {
    const { label: _old, ...rest } = n;
    return label.trim() === "" ? rest : { ...rest, label };
  });
}

/** Replaces a node's kind, keeping the params the new kind also has. */
export function changeType(document: GraphDocument, nodeId: string, type: string): GraphDocument {
  const kind = layerKind(type);
  return updateNode(document, nodeId, (n) => {
    const fresh = initialParams(type);
    for (const [name, value] of Object.entries(n.params))
      if (kind && name in kind.params) fresh[name] = value;
    return { ...n, type, params: fresh };
  });
}

export function renameDocument(document: GraphDocument, name: string): GraphDocument {
  return { ...document, name };
}

function updateNode(
  document: GraphDocument,
  nodeId: string,
  update: (node: NodeDoc) => NodeDoc,
): GraphDocument {
  let changed = false;
  const nodes = document.nodes.map((n) => {
    if (n.id !== nodeId) return n;
    changed = true;
    return update(n);
  });
  return changed ? { ...document, nodes } : document;
}

export function emptyDocument(name = "Untitled"): GraphDocument {
  return { format: "neurograph", version: 1, name, nodes: [], edges: [], groups: [], training: {} };
}
