/**
 * What the automatic layout needs to know about a document: each layer's
 * size and ordered input ports, the edges by port, and the groups (a
 * collapsed group is laid out as its one compact card). Pure: the sizes come
 * in as lookups, so tests need no canvas.
 */
import type { GraphAnalysis, GraphDocument } from "../../graph";
import { DEFAULT_NODE_SIZE, type Size } from "../groups/geometry";

export interface LayoutNode {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** The expanded group it is laid out in, if any. */
  readonly group?: string;
  /** Its input ports, in the order the layer consumes them (in0 before in1; query, value, key). */
  readonly ports: readonly string[];
}

export interface LayoutEdge {
  readonly source: string;
  readonly target: string;
  /** The target's input port. */
  readonly port: string;
}

export interface LayoutInput {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
  /** Expanded groups, laid out as hierarchical nodes around their members. */
  readonly groups: readonly string[];
  /** Collapsed groups stand in for their members: layer id → group id. */
  readonly collapsedMembers: ReadonlyMap<string, string>;
}

/** The port of a collapsed group card: one input, like the card's single handle. */
export const CARD_PORT = "in";
/** Prefix of the layout-node id of a collapsed group's card. */
export const CARD_PREFIX = "\u0000card:";

export function layoutInput(
  document: GraphDocument,
  analysis: GraphAnalysis,
  sizeOfNode: (id: string) => Size | undefined,
  sizeOfCard: (groupId: string) => Size | undefined,
): LayoutInput {
  const groups = new Map(document.groups.map((g) => [g.id, g]));
  const collapsedMembers = new Map<string, string>();
  const expanded = new Set<string>();
  for (const node of document.nodes) {
    const group = node.group !== undefined ? groups.get(node.group) : undefined;
    if (!group) continue;
    if (group.collapsed) collapsedMembers.set(node.id, group.id);
    else expanded.add(group.id);
  }
  const standIn = (id: string) => {
    const group = collapsedMembers.get(id);
    return group !== undefined ? CARD_PREFIX + group : id;
  };

  // Each edge's port, as inference resolved it (plain edges fill ports in order).
  const portOf = new Map<string, string>();
  for (const info of analysis.nodes.values())
    for (const a of info.inputs) if (!portOf.has(a.edge.id)) portOf.set(a.edge.id, a.port);

  const seen = new Set<string>();
  const edges: LayoutEdge[] = [];
  const portsOf = new Map<string, string[]>();
  for (const edge of document.edges) {
    const source = standIn(edge.source);
    const target = standIn(edge.target);
    if (source === target) continue; // inside a collapsed block (or a self-loop)
    const port = target.startsWith(CARD_PREFIX)
      ? CARD_PORT
      : (portOf.get(edge.id) ?? edge.targetHandle ?? "in");
    edges.push({ source, target, port });
    const ports = portsOf.get(target) ?? [];
    if (!ports.includes(port)) ports.push(port);
    portsOf.set(target, ports);
  }

  const nodes: LayoutNode[] = [];
  const sized = (size: Size | undefined) => ({
    width: size?.width ?? DEFAULT_NODE_SIZE.width,
    height: size?.height ?? DEFAULT_NODE_SIZE.height,
  });
  for (const node of document.nodes) {
    if (seen.has(node.id)) continue; // a duplicate id (NG201) is laid out once
    seen.add(node.id);
    const group = collapsedMembers.get(node.id);
    if (group !== undefined) {
      const id = CARD_PREFIX + group;
      if (seen.has(id)) continue;
      seen.add(id);
      nodes.push({ id, ...sized(sizeOfCard(group)), ports: portsOf.get(id) ?? [] });
      continue;
    }
    // Inference lists a layer's inputs in port order; keep that order for the ports.
    const order = analysis.nodes.get(node.id)?.inputs.map((a) => a.port) ?? [];
    const ports = [...(portsOf.get(node.id) ?? [])].sort(
      (a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b),
    );
    nodes.push({
      id: node.id,
      ...sized(sizeOfNode(node.id)),
      ...(node.group !== undefined && expanded.has(node.group) ? { group: node.group } : {}),
      ports,
    });
  }
  const used = new Set(nodes.map((n) => n.id));
  return {
    nodes,
    edges: edges.filter((e) => used.has(e.source) && used.has(e.target)),
    groups: document.groups.map((g) => g.id).filter((id) => expanded.has(id)),
    collapsedMembers,
  };
}

function rank(order: readonly string[], port: string): number {
  const i = order.indexOf(port);
  return i < 0 ? order.length : i;
}
