/**
 * How a freshly loaded graph is put on screen. Small graphs are fitted whole.
 * Large ones open at a readable zoom on their first layers, and their nodes
 * are handed to React Flow in batches — the ones on screen first — because
 * React Flow renders (and measures) every node it is given once, and a
 * 500-node graph would otherwise hold the first view back by that much.
 */
import type { NodeDoc } from "../../graph";

/** Beyond this many nodes, nodes reach the canvas in batches. */
export const FIT_ALL_LIMIT = 150;
/** Fitting a graph below this zoom makes its layers unreadable; show its top instead. */
export const MIN_READABLE_ZOOM = 0.55;
export const LARGE_GRAPH_ZOOM = 0.75;
/** Nodes added to the canvas per frame after the first view. */
export const REVEAL_BATCH = 100;
/** A node's size before it is measured. */
const NODE_SIZE = { width: 200, height: 100 };

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** Whether the whole graph fits the pane at a readable zoom (estimated from positions). */
export function fitsReadably(
  nodes: readonly NodeDoc[],
  pane: { readonly width: number; readonly height: number },
): boolean {
  if (nodes.length > FIT_ALL_LIMIT) return false;
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const width = Math.max(...xs) - Math.min(...xs) + NODE_SIZE.width;
  const height = Math.max(...ys) - Math.min(...ys) + NODE_SIZE.height;
  // fitView's padding of 0.2 leaves 1/1.2 of the pane for the graph.
  return Math.min(pane.width / width, pane.height / height) / 1.2 >= MIN_READABLE_ZOOM;
}

/** The viewport showing the top of the graph (where data enters), centred on its first row. */
export function largeGraphViewport(nodes: readonly NodeDoc[], paneWidth: number): Viewport {
  const top = Math.min(...nodes.map((n) => n.position.y));
  const firstRow = nodes.filter((n) => n.position.y < top + 400);
  const centreX =
    firstRow.reduce((sum, n) => sum + n.position.x, 0) / firstRow.length + NODE_SIZE.width / 2;
  return {
    x: paneWidth / 2 - centreX * LARGE_GRAPH_ZOOM,
    y: 40 - top * LARGE_GRAPH_ZOOM,
    zoom: LARGE_GRAPH_ZOOM,
  };
}

/**
 * The node ids in the order they should reach the canvas: first every node
 * the viewport shows (with a margin), then the rest in batches, nearest first.
 */
export function revealBatches(
  nodes: readonly NodeDoc[],
  viewport: Viewport,
  pane: { readonly width: number; readonly height: number },
  batch = REVEAL_BATCH,
): string[][] {
  const margin = 200;
  const left = -viewport.x / viewport.zoom - margin;
  const top = -viewport.y / viewport.zoom - margin;
  const right = left + pane.width / viewport.zoom + 2 * margin;
  const bottom = top + pane.height / viewport.zoom + 2 * margin;
  const centre = { x: (left + right) / 2, y: (top + bottom) / 2 };
  const onScreen: string[] = [];
  const rest: { id: string; distance: number }[] = [];
  for (const n of nodes) {
    const { x, y } = n.position;
    if (x + NODE_SIZE.width >= left && x <= right && y + NODE_SIZE.height >= top && y <= bottom)
      onScreen.push(n.id);
    else rest.push({ id: n.id, distance: Math.hypot(x - centre.x, y - centre.y) });
  }
  rest.sort((a, b) => a.distance - b.distance);
  const batches = [onScreen];
  for (let i = 0; i < rest.length; i += batch)
    batches.push(rest.slice(i, i + batch).map((r) => r.id));
  return batches;
}
