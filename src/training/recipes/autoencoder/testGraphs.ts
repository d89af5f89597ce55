/** Test helper (not used by the app): small graph documents written as lists of layers and edges. */
import type { GraphDocument } from "../../../graph";

export type TestLayer = readonly [id: string, type: string, params: Record<string, unknown>];
/** source → target, with the target's port when the order of its inputs matters. */
export type TestEdge = readonly [source: string, target: string, handle?: string];

/** An Input "image" of `inputShape`, then the layers, joined by the edges. */
export function graphOf(
  inputShape: readonly number[],
  layers: readonly TestLayer[],
  edges: readonly TestEdge[],
): GraphDocument {
  return {
    format: "neurograph",
    version: 1,
    name: "autoencoder",
    nodes: [
      { id: "image", type: "input", params: { shape: [...inputShape] }, position: { x: 0, y: 0 } },
      ...layers.map(([id, type, params], i) => ({
        id,
        type,
        params,
        position: { x: 0, y: 100 * (i + 1) },
      })),
    ],
    edges: edges.map(([source, target, handle], i) => ({
      id: `e${i}`,
      source,
      target,
      ...(handle ? { targetHandle: handle } : {}),
    })),
    groups: [],
    training: {},
  };
}
