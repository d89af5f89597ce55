/** Fresh, readable ids for nodes, edges and groups: "dense", "dense_2", …; "e1", "e2", …. */
import type { GraphDocument } from "../document/schema";

export function takenNodeIds(document: GraphDocument): Set<string> {
  return new Set(document.nodes.map((n) => n.id));
}

/** The kind's name as an id ("conv2d", "conv2d_2", …), never colliding with `taken`. */
export function freshNodeId(base: string, taken: ReadonlySet<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_.-]/g, "") || "node";
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) {
    const candidate = `${clean}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function freshEdgeId(taken: ReadonlySet<string>): string {
  for (let i = taken.size + 1; ; i++) {
    const candidate = `e${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}
