/**
 * The structural difference between two graphs: which nodes were added or
 * removed, which kept their id but changed type or parameters, and which
 * connections appeared or went away. Nodes are matched by id (a variant
 * forked from a graph keeps its ids); connections by their endpoints and
 * ports, not by edge id, since reconnecting the same ports is no change.
 * Positions, labels and the training setup are not structure and are ignored.
 */
import type { EdgeDoc, GraphDocument, NodeDoc } from "../document/schema";

export interface DiffNode {
  readonly id: string;
  readonly type: string;
  readonly label?: string;
}

export interface ParamChange {
  readonly param: string;
  /** Absent when the parameter was not set before (its default applied). */
  readonly before?: unknown;
  /** Absent when the parameter is no longer set. */
  readonly after?: unknown;
}

export interface NodeChange {
  /** The node as it is in the second graph. */
  readonly node: DiffNode;
  /** Set when the layer kind changed under the same id. */
  readonly typeBefore?: string;
  readonly params: readonly ParamChange[];
}

export interface DiffEdge {
  readonly source: string;
  readonly target: string;
  readonly sourceHandle?: string;
  readonly targetHandle?: string;
}

export interface GraphDiff {
  readonly addedNodes: readonly DiffNode[];
  readonly removedNodes: readonly DiffNode[];
  readonly changedNodes: readonly NodeChange[];
  readonly addedEdges: readonly DiffEdge[];
  readonly removedEdges: readonly DiffEdge[];
}

/** What changed from `a` to `b`. */
export function diffGraphs(a: GraphDocument, b: GraphDocument): GraphDiff {
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  const changedNodes: NodeChange[] = [];
  for (const node of b.nodes) {
    const old = before.get(node.id);
    if (!old) continue;
    const params = paramChanges(old.params, node.params);
    const typeChanged = old.type !== node.type;
    if (params.length > 0 || typeChanged)
      changedNodes.push({
        node: diffNode(node),
        params,
        ...(typeChanged ? { typeBefore: old.type } : {}),
      });
  }
  const edgesBefore = new Map(a.edges.map((e) => [edgeKey(e), e]));
  const edgesAfter = new Map(b.edges.map((e) => [edgeKey(e), e]));
  return {
    addedNodes: b.nodes.filter((n) => !before.has(n.id)).map(diffNode),
    removedNodes: a.nodes.filter((n) => !after.has(n.id)).map(diffNode),
    changedNodes,
    addedEdges: [...edgesAfter].filter(([k]) => !edgesBefore.has(k)).map(([, e]) => diffEdge(e)),
    removedEdges: [...edgesBefore].filter(([k]) => !edgesAfter.has(k)).map(([, e]) => diffEdge(e)),
  };
}

/** True when nothing structural differs. */
export function isEmptyDiff(diff: GraphDiff): boolean {
  return (
    diff.addedNodes.length === 0 &&
    diff.removedNodes.length === 0 &&
    diff.changedNodes.length === 0 &&
    diff.addedEdges.length === 0 &&
    diff.removedEdges.length === 0
  );
}

/** A parameter value as a diff shows it: `128`, `"relu"`, `[28,28,1]`, and "—" when unset. */
export function formatParamValue(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value;
  return canonical(value);
}

function paramChanges(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): ParamChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: ParamChange[] = [];
  for (const param of names) {
    const was = before[param];
    const now = after[param];
    if (canonical(was) === canonical(now)) continue;
    changes.push({
      param,
      ...(was === undefined ? {} : { before: was }),
      ...(now === undefined ? {} : { after: now }),
    });
  }
  return changes;
}

/** JSON with sorted keys, so that `{a,b}` and `{b,a}` compare equal. */
function canonical(value: unknown): string {
  if (value === undefined) return "undefined";
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
}

function diffNode(node: NodeDoc): DiffNode {
  return {
    id: node.id,
    type: node.type,
    ...(node.label !== undefined && node.label !== "" ? { label: node.label } : {}),
  };
}

function diffEdge(edge: EdgeDoc): DiffEdge {
  return {
    source: edge.source,
    target: edge.target,
    ...(edge.sourceHandle ? { sourceHandle: edge.sourceHandle } : {}),
    ...(edge.targetHandle ? { targetHandle: edge.targetHandle } : {}),
  };
}

function edgeKey(edge: EdgeDoc): string {
  return JSON.stringify([
    edge.source,
    edge.sourceHandle ?? "",
    edge.target,
    edge.targetHandle ?? "",
  ]);
}
