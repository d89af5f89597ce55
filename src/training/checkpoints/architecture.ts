/**
 * Which architecture a checkpoint's weights belong to: a hash of everything
 * that decides the weights' names and shapes — node ids, kinds and params,
 * and the edges — but not positions, names or the training setup, so moving
 * a node or changing the learning rate keeps the checkpoint usable.
 */
import type { GraphDocument } from "../../graph";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/** Two FNV-1a passes with different offsets: 64 bits, plenty to tell a user's graphs apart. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

export function architectureKey(document: GraphDocument): string {
  const nodes = document.nodes
    .map((n) => ({ id: n.id, type: n.type, params: canonical(n.params) }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const edges = document.edges
    .map((e) => [e.source, e.sourceHandle ?? "", e.target, e.targetHandle ?? ""].join("\u0000"))
    .sort();
  return hash64(JSON.stringify({ version: document.version, nodes, edges }));
}
