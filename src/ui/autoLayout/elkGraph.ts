/**
 * Layout input → ELK graph, and ELK's answer → layer positions. Pure, so it
 * is tested without a browser. ELK's layered algorithm, top to bottom: it
 * orders layers along the edges, keeps in0 left of in1 (fixed port order),
 * lays each expanded group out as one hierarchical node so its members stay
 * together, and leaves room between layers for the edges' shape labels.
 */
import type { ElkExtendedEdge, ElkNode, ElkPort } from "elkjs/lib/elk-api";
import type { GraphDocument, Position } from "../../graph";
import { cardPosition, GROUP_HEADER, GROUP_PADDING } from "../groups/geometry";
import { CARD_PREFIX, type LayoutInput } from "./layoutInput";

/** The canvas grid: laid-out positions land on it. */
const GRID = 10;

/** Spacing, which ELK reads from each node's parent — so the groups need it too. */
const SPACING: Readonly<Record<string, string>> = {
  // Between layers: a shape label (about 20 px) sits halfway down each edge.
  "elk.layered.spacing.nodeNodeBetweenLayers": "72",
  "elk.layered.spacing.edgeNodeBetweenLayers": "24",
  "elk.spacing.nodeNode": "48",
  "elk.spacing.edgeNode": "24",
  "elk.spacing.componentComponent": "80",
};

export const LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
  "elk.algorithm": "layered",
  "elk.direction": "DOWN",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  ...SPACING,
  // Keep the document's order where the algorithm has a free choice: stable, predictable results.
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.layered.nodePlacement.bk.fixedAlignment": "BALANCED",
};

const GROUP_OPTIONS: Readonly<Record<string, string>> = {
  ...SPACING,
  "elk.padding": `[top=${GROUP_PADDING + GROUP_HEADER},left=${GROUP_PADDING},bottom=${GROUP_PADDING},right=${GROUP_PADDING}]`,
};

/** ELK ids are generated (n1, g1, p1, …): layer and group ids are user data and may collide. */
export interface ElkIds {
  /** ELK node id → layout node id (layers and collapsed cards). */
  readonly nodes: ReadonlyMap<string, string>;
}

export function toElkGraph(input: LayoutInput): { graph: ElkNode; ids: ElkIds } {
  let counter = 0;
  const fresh = (prefix: string) => `${prefix}${++counter}`;
  const elkNode = new Map<string, string>();
  const back = new Map<string, string>();
  const portId = new Map<string, string>(); // `${node}\u0000${port}` → ELK port id
  const outPort = new Map<string, string>();
  const containers = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: "root",
    layoutOptions: { ...LAYOUT_OPTIONS },
    children: [],
    edges: [],
  };
  for (const group of input.groups) {
    const node: ElkNode = {
      id: fresh("g"),
      layoutOptions: { ...GROUP_OPTIONS },
      children: [],
      edges: [],
    };
    containers.set(group, node);
    root.children!.push(node);
  }
  for (const n of input.nodes) {
    const id = fresh("n");
    elkNode.set(n.id, id);
    back.set(id, n.id);
    // Ports where the canvas draws its handles: inputs spread along the top, in order
    // (in0 left of in1), the output in the middle of the bottom. Knowing them exactly lets
    // ELK straighten the edges between the real handle positions.
    const ports: ElkPort[] = n.ports.map((port, index) => {
      const p = fresh("p");
      portId.set(`${n.id}\u0000${port}`, p);
      return {
        id: p,
        x: (n.width * (index + 1)) / (n.ports.length + 1),
        y: 0,
        width: 0,
        height: 0,
        layoutOptions: { "elk.port.side": "NORTH", "elk.port.index": String(index) },
      };
    });
    const out = fresh("p");
    outPort.set(n.id, out);
    ports.push({
      id: out,
      x: n.width / 2,
      y: n.height,
      width: 0,
      height: 0,
      layoutOptions: { "elk.port.side": "SOUTH" },
    });
    const container = (n.group !== undefined && containers.get(n.group)) || root;
    container.children!.push({
      id,
      width: n.width,
      height: n.height,
      ports,
      layoutOptions: { "elk.portConstraints": "FIXED_POS" },
    });
  }
  const groupOf = new Map(input.nodes.map((n) => [n.id, n.group]));
  for (const e of input.edges) {
    const source = outPort.get(e.source);
    const target = portId.get(`${e.target}\u0000${e.port}`);
    if (!source || !target) continue;
    const edge: ElkExtendedEdge = { id: fresh("e"), sources: [source], targets: [target] };
    // An edge belongs to the innermost node that holds both ends.
    const group = groupOf.get(e.source);
    const inner = group !== undefined && group === groupOf.get(e.target) && containers.get(group);
    (inner || root).edges!.push(edge);
  }
  // Groups that ended up empty (all members elsewhere) would only confuse ELK.
  const groupNodes = new Set([...containers.values()]);
  root.children = root.children!.filter((c) => !groupNodes.has(c) || c.children!.length > 0);
  return { graph: root, ids: { nodes: back } };
}

/** Absolute top-left corners of the laid-out layers and cards (ELK gives children relative to their parent). */
export function fromElkGraph(result: ElkNode, ids: ElkIds): Map<string, Position> {
  const positions = new Map<string, Position>();
  const visit = (node: ElkNode, dx: number, dy: number) => {
    for (const child of node.children ?? []) {
      const x = dx + (child.x ?? 0);
      const y = dy + (child.y ?? 0);
      const id = ids.nodes.get(child.id);
      if (id !== undefined) positions.set(id, { x, y });
      visit(child, x, y);
    }
  };
  visit(result, 0, 0);
  return positions;
}

/**
 * New positions for the document's layers: laid-out layers where ELK put
 * them; members of a collapsed group moved with their card. The whole
 * drawing keeps its top-left corner, so the graph does not jump away.
 */
export function documentPositions(
  document: GraphDocument,
  input: LayoutInput,
  laidOut: ReadonlyMap<string, Position>,
): Map<string, Position> {
  const result = new Map<string, Position>();
  const byGroup = new Map<string, GraphDocument["nodes"]>();
  for (const node of document.nodes) {
    const group = input.collapsedMembers.get(node.id);
    if (group === undefined) {
      const p = laidOut.get(node.id);
      if (p) result.set(node.id, p);
      continue;
    }
    byGroup.set(group, [...(byGroup.get(group) ?? []), node]);
  }
  for (const [group, members] of byGroup) {
    const card = laidOut.get(CARD_PREFIX + group);
    if (!card) continue;
    // The card sits at its members' corner (see withGroups); move the members with it.
    const at = cardPosition(members);
    for (const m of members)
      result.set(m.id, { x: m.position.x + card.x - at.x, y: m.position.y + card.y - at.y });
  }
  return anchored(document, result);
}

function anchored(
  document: GraphDocument,
  positions: ReadonlyMap<string, Position>,
): Map<string, Position> {
  const moved = document.nodes.filter((n) => positions.has(n.id));
  if (moved.length === 0) return new Map();
  const before = corner(moved.map((n) => n.position));
  const after = corner([...positions.values()]);
  // `|| 0` turns -0 into 0.
  const snap = (v: number) => Math.round(v / GRID) * GRID || 0;
  const out = new Map<string, Position>();
  for (const [id, p] of positions)
    out.set(id, { x: snap(p.x - after.x + before.x), y: snap(p.y - after.y + before.y) });
  return out;
}

function corner(points: readonly Position[]): Position {
  return {
    x: Math.min(...points.map((p) => p.x)),
    y: Math.min(...points.map((p) => p.y)),
  };
}
