/**
 * Where things are drawn: node boxes at their document positions (the same
 * top-left corner and 200 px width as on the canvas), ports spread along the
 * top edge as the canvas spreads its handles, and edges as the canvas's
 * bottom-to-top Bézier curves, so an export looks like what the user saw.
 */
import { type GraphAnalysis, type GraphDocument, layerKind, type NodeDoc } from "../../graph";
import { portsOf } from "../canvas/toFlow";

export const NODE_WIDTH = 200;
/** A box with a key-params line; boxes without one are shorter, as on the canvas. */
export const NODE_HEIGHT = 72;
export const SHORT_NODE_HEIGHT = 56;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface EdgeGeometry {
  readonly id: string;
  readonly path: string;
  /** The curve's midpoint, where its shape label goes. */
  readonly middle: Point;
}

/** Nodes with a usable position, first occurrence of each id (duplicates are an NG201 error). */
export function drawableNodes(document: GraphDocument): NodeDoc[] {
  const seen = new Set<string>();
  return document.nodes.filter((n) => {
    if (seen.has(n.id) || !Number.isFinite(n.position.x) || !Number.isFinite(n.position.y))
      return false;
    seen.add(n.id);
    return true;
  });
}

export function nodeBox(node: NodeDoc, height = NODE_HEIGHT): Box {
  return { x: node.position.x, y: node.position.y, width: NODE_WIDTH, height };
}

/** React Flow's control-point distance for a bottom → top edge (see getBezierPath). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

export function bezier(source: Point, target: Point): { path: string; middle: Point } {
  const offset = controlOffset(target.y - source.y);
  const c1 = { x: source.x, y: source.y + offset };
  const c2 = { x: target.x, y: target.y - offset };
  const f = (v: number) => String(Math.round(v * 10) / 10);
  return {
    path: `M${f(source.x)},${f(source.y)} C${f(c1.x)},${f(c1.y)} ${f(c2.x)},${f(c2.y)} ${f(target.x)},${f(target.y)}`,
    // B(½) of a cubic: (P0 + 3·P1 + 3·P2 + P3) / 8.
    middle: {
      x: (source.x + 3 * c1.x + 3 * c2.x + target.x) / 8,
      y: (source.y + 3 * c1.y + 3 * c2.y + target.y) / 8,
    },
  };
}

/** Each edge's curve from its source's output to the port it feeds, as the canvas draws it. */
export function edgeGeometry(
  document: GraphDocument,
  analysis: GraphAnalysis,
  nodes: ReadonlyMap<string, NodeDoc>,
  heightOf: (node: NodeDoc) => number,
): EdgeGeometry[] {
  const portOfEdge = new Map<string, string>();
  for (const info of analysis.nodes.values())
    for (const a of info.inputs) if (!portOfEdge.has(a.edge.id)) portOfEdge.set(a.edge.id, a.port);
  const incoming = new Map<string, number>();
  for (const e of document.edges) incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);

  const seen = new Set<string>();
  const result: EdgeGeometry[] = [];
  for (const edge of document.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source || !target || seen.has(edge.id)) continue;
    seen.add(edge.id);
    const ports = portsOf(layerKind(target.type), incoming.get(target.id) ?? 0);
    const wanted = portOfEdge.get(edge.id) ?? edge.targetHandle ?? null;
    const index = Math.max(
      0,
      ports.findIndex((p) => p.id === wanted),
    );
    const count = Math.max(1, ports.length);
    const curve = bezier(
      { x: source.position.x + NODE_WIDTH / 2, y: source.position.y + heightOf(source) },
      { x: target.position.x + (NODE_WIDTH * (index + 1)) / (count + 1), y: target.position.y },
    );
    result.push({ id: edge.id, ...curve });
  }
  return result;
}

/** The smallest box around all the given boxes; a unit box at the origin when there are none. */
export function boundsOf(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT };
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Groups as frames around their member nodes (groups with no drawable member are skipped). */
export function groupFrames(
  document: GraphDocument,
  nodes: readonly NodeDoc[],
  heightOf: (node: NodeDoc) => number,
  padding: number,
): { id: string; label: string; role: string | undefined; box: Box }[] {
  const frames = [];
  const seen = new Set<string>();
  for (const group of document.groups) {
    if (seen.has(group.id)) continue;
    seen.add(group.id);
    const members = nodes.filter((n) => n.group === group.id).map((n) => nodeBox(n, heightOf(n)));
    if (members.length === 0) continue;
    const b = boundsOf(members);
    frames.push({
      id: group.id,
      label: group.label || group.id,
      role: group.role,
      box: {
        x: b.x - padding,
        y: b.y - padding - 18,
        width: b.width + 2 * padding,
        height: b.height + 2 * padding + 18,
      },
    });
  }
  return frames;
}
