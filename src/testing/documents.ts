/** Small builders of graph documents for tests and benchmarks (pure; no tfjs). */
import type { GraphDocument } from "../graph";

export interface TestInput {
  readonly shape: readonly (number | null)[];
  readonly dtype?: "float32" | "int32";
  /** targetHandle of the edge into the layer under test. */
  readonly handle?: string;
}

/** Inputs in_0…in_k feeding one node "x" of the given kind. */
export function singleLayerDocument(
  type: string,
  params: Record<string, unknown>,
  inputs: readonly TestInput[],
): GraphDocument {
  return {
    format: "neurograph",
    version: 1,
    name: `${type} under test`,
    nodes: [
      ...inputs.map((input, i) => ({
        id: `in_${i}`,
        type: "input",
        params: { shape: [...input.shape], ...(input.dtype ? { dtype: input.dtype } : {}) },
        position: { x: i * 200, y: 0 },
      })),
      { id: "x", type, params, position: { x: 0, y: 150 } },
    ],
    edges: inputs.map((input, i) => ({
      id: `e_${i}`,
      source: `in_${i}`,
      target: "x",
      ...(input.handle ? { targetHandle: input.handle } : {}),
    })),
    groups: [],
    training: {},
  };
}

/** A chain input → layers[0] → layers[1] → …, node ids n1, n2, …. */
export function chainDocument(
  inputShape: readonly number[],
  layers: readonly [string, Record<string, unknown>][],
): GraphDocument {
  return {
    format: "neurograph",
    version: 1,
    name: "chain",
    nodes: [
      { id: "in", type: "input", params: { shape: [...inputShape] }, position: { x: 0, y: 0 } },
      ...layers.map(([type, params], i) => ({
        id: `n${i + 1}`,
        type,
        params,
        position: { x: 0, y: 100 * (i + 1) },
      })),
    ],
    edges: layers.map((_, i) => ({
      id: `e${i + 1}`,
      source: i === 0 ? "in" : `n${i}`,
      target: `n${i + 1}`,
    })),
    groups: [],
    training: {},
  };
}
