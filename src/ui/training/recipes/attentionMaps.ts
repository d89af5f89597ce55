/** Pure helpers for attention heat maps: one head's queries × keys slice, and cell sizes that fit. */
import type { RecipeAnswer } from "../../../training/recipeViews";
import { viridis } from "../colorMap";
import type { Pixels } from "./draw";

export type AttentionMapData = Extract<RecipeAnswer, { kind: "attention" }>["maps"][number];

/** Head `head`'s weights, queries × keys, row-major. */
export function headWeights(map: AttentionMapData, head: number): Float32Array {
  const size = map.queries * map.keys;
  return map.weights.subarray(head * size, (head + 1) * size);
}

/**
 * One head as pixels, one per (query, key). Weights are probabilities, so
 * the colour scale is fixed to [0, the row's largest possible 1]: a head
 * that spreads its attention looks dim, one that focuses looks bright.
 */
export function paintHead(map: AttentionMapData, head: number): Pixels {
  const weights = headWeights(map, head);
  const data = new Uint8ClampedArray(map.queries * map.keys * 4);
  for (let i = 0; i < weights.length; i++) {
    const [r, g, b] = viridis(weights[i]!);
    data[i * 4] = r;
    data[i * 4 + 1] = g;
    data[i * 4 + 2] = b;
    data[i * 4 + 3] = 255;
  }
  return { width: map.keys, height: map.queries, data };
}

/** CSS pixels per cell: maps of long sequences shrink, short ones stay readable. */
export function cellSize(tokens: number): number {
  return Math.max(4, Math.min(22, Math.floor(240 / Math.max(1, tokens))));
}

/** The label of token `i` (the answer's tokens, else its position). */
export function tokenLabel(tokens: readonly string[], i: number): string {
  return tokens[i] ?? String(i + 1);
}
