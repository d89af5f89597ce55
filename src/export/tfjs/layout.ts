/**
 * A first layout for an imported graph: layers top to bottom by their depth
 * (longest path from an input), side by side within a depth. The editor's
 * auto-layout can refine it.
 */
import type { EdgeDoc, NodeDoc } from "../../graph";

export const LAYER_GAP_Y = 150;
export const NODE_GAP_X = 240;

export function layeredPositions(
  nodes: readonly NodeDoc[],
  edges: readonly EdgeDoc[],
): Map<string, { x: number; y: number }> {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const successors: number[][] = nodes.map(() => []);
  const indegree = new Int32Array(nodes.length);
  for (const edge of edges) {
    const s = index.get(edge.source);
    const d = index.get(edge.target);
    if (s === undefined || d === undefined) continue;
    successors[s]!.push(d);
    indegree[d]!++;
  }
  // Kahn's algorithm: a node's depth is one more than its deepest predecessor's.
  const depth = new Int32Array(nodes.length);
  const ready = nodes.map((_, i) => i).filter((i) => indegree[i] === 0);
  for (let head = 0; head < ready.length; head++) {
    const v = ready[head]!;
    for (const w of successors[v]!) {
      depth[w] = Math.max(depth[w]!, depth[v]! + 1);
      if (--indegree[w]! === 0) ready.push(w);
    }
  }
  const rows = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const row = rows.get(depth[i]!) ?? [];
    row.push(i);
    rows.set(depth[i]!, row);
  });
  const positions = new Map<string, { x: number; y: number }>();
  for (const [d, row] of rows) {
    row.forEach((i, k) => {
      positions.set(nodes[i]!.id, {
        x: Math.round((k - (row.length - 1) / 2) * NODE_GAP_X),
        y: d * LAYER_GAP_Y,
      });
    });
  }
  return positions;
}
