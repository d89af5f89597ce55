/**
 * A fingerprint of what a trained model depends on: layers (id, kind,
 * params) and connections. Positions, labels, groups and the training setup
 * are left out — moving a node or renaming it does not make trained weights
 * stale, while changing a param or an edge does.
 */
import type { GraphDocument } from "../../graph";

const cache = new WeakMap<GraphDocument, string>();

/** Keys sorted, so that `{a, b}` and `{b, a}` give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** 32-bit FNV-1a, printed in hex: short enough to keep beside a run. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export function modelFingerprint(document: GraphDocument): string {
  const known = cache.get(document);
  if (known) return known;
  const nodes = document.nodes
    .map((n) => ({ id: n.id, type: n.type, params: n.params }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const edges = document.edges
    .map((e) => [e.source, e.target, e.targetHandle ?? null, e.sourceHandle ?? null])
    .sort((a, b) => (stableJson(a) < stableJson(b) ? -1 : 1));
  const print = `${fnv1a(stableJson({ nodes, edges }))}-${document.nodes.length}-${document.edges.length}`;
  cache.set(document, print);
  return print;
}
