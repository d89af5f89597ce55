/**
 * The PyTorch emitters agree with the graph's layer registry, and a kind
 * without one is refused with PX101 naming the node (never silently dropped).
 */
import { describe, expect, it } from "vitest";
import { LAYER_TYPES } from "../../graph";
import { singleLayerDocument } from "../../testing/documents";
import { exportPytorch } from "./exportPytorch";
import { TORCH_EMITTERS } from "./layers/registry";
import { helperBlocks } from "./python/helpers";

describe("PyTorch emitters", () => {
  it("exist for every layer kind of the graph registry, and only for those", () => {
    expect([...TORCH_EMITTERS.keys(), "input"].sort()).toEqual([...LAYER_TYPES].sort());
  });

  it("a kind without an emitter is refused with PX101 naming the node", () => {
    const saved = TORCH_EMITTERS.get("dense")!;
    const emitters = TORCH_EMITTERS as Map<string, typeof saved>;
    emitters.delete("dense");
    try {
      const result = exportPytorch(singleLayerDocument("dense", { units: 3 }, [{ shape: [4] }]));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.diagnostics.map((d) => d.code)).toEqual(["PX101"]);
      expect(result.diagnostics[0]!.nodeIds).toEqual(["x"]);
      expect(result.diagnostics[0]!.message).toContain("'x' (dense)");
    } finally {
      emitters.set("dense", saved);
    }
  });

  it("write helpers within the line width", () => {
    const all = new Set([
      "Conv1d",
      "ConvTranspose2d",
      "Pool",
      "StochasticPooling2D",
      "global_pool",
    ]);
    for (const name of ["up_sample_2d", "BatchNorm", "LayerNorm", "Bidirectional", "identity"])
      all.add(name);
    for (const name of ["MultiHeadAttention", "PositionalEncoding", "Sampling", "batch_dot"])
      all.add(name);
    for (const line of helperBlocks(all).flat()) expect(line.length, line).toBeLessThanOrEqual(99);
  });

  it("weights that do not fit are refused with PX301 naming the node", () => {
    const document = singleLayerDocument("dense", { units: 3 }, [{ shape: [4] }]);
    const weights = new Map([["x", [{ shape: [5, 3], values: new Float32Array(15) }]]]);
    const result = exportPytorch(document, { weights });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => d.code)).toEqual(["PX301"]);
    expect(result.diagnostics[0]!.nodeIds).toEqual(["x"]);
  });
});
