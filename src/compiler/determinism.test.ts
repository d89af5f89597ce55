/** The same document and seed give the same initial weights; seeds are per node. */
import type * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { chainDocument } from "../testing/documents";
import { compileGraph, tfjsLayerNames } from "./compile";
import { enableProductionMode } from "./environment";

beforeAll(() => enableProductionMode());

const document = chainDocument(
  [12, 4],
  [
    ["conv1d", { filters: 3, kernelSize: 3 }],
    ["bidirectional", { layer: "gru", units: 4, returnSequences: true }],
    ["multiHeadAttention", { numHeads: 2, keyDim: 3 }],
    ["lstm", { units: 5 }],
    ["dense", { units: 2 }],
  ],
);

function weights(seed: number): number[][] {
  const result = compileGraph(document, { seed });
  if (!result.ok) throw new Error("compile failed");
  const values = result.model.getWeights().map((w: tf.Tensor) => Array.from(w.dataSync()));
  result.model.dispose();
  return values;
}

describe("deterministic initialisation", () => {
  it("gives identical weights for the same seed", () => {
    expect(weights(42)).toEqual(weights(42));
  });

  it("gives different weights for different seeds", () => {
    expect(weights(42)).not.toEqual(weights(43));
  });

  it("keeps a node's weights when another node changes", () => {
    const first = compileGraph(document, { seed: 5 });
    const edited = structuredClone(document);
    edited.nodes[5]!.params.units = 3;
    const second = compileGraph(edited, { seed: 5 });
    if (!first.ok || !second.ok) throw new Error("compile failed");
    const conv = (m: tf.LayersModel) => Array.from(m.getLayer("n1").getWeights()[0]!.dataSync());
    expect(conv(second.model)).toEqual(conv(first.model));
    first.model.dispose();
    second.model.dispose();
  });

  it("starts the two directions of a Bidirectional layer differently", () => {
    const result = compileGraph(document, { seed: 9 });
    if (!result.ok) throw new Error("compile failed");
    const layer = result.model.getLayer("n2");
    const kernels = layer.getWeights().filter((w) => w.shape.length === 2);
    // forward kernel, forward recurrent kernel, backward kernel, backward recurrent kernel
    expect(kernels).toHaveLength(4);
    expect(Array.from(kernels[0]!.dataSync())).not.toEqual(Array.from(kernels[2]!.dataSync()));
    expect(Array.from(kernels[1]!.dataSync())).not.toEqual(Array.from(kernels[3]!.dataSync()));
    result.model.dispose();
  });
});

describe("layer names", () => {
  it("are the node ids when tfjs accepts them, and unique safe names otherwise", () => {
    const names = tfjsLayerNames(["in", "hidden_1", "中文", "a b", "node_2", "__proto__"]);
    expect(names.get("in")).toBe("in");
    expect(names.get("hidden_1")).toBe("hidden_1");
    expect(names.get("中文")).toBe("node_2_2");
    expect(names.get("a b")).toBe("node_3");
    expect(names.get("__proto__")).toBe("node_5");
    expect(new Set(names.values()).size).toBe(6);
  });

  it("lets a graph with non-ASCII ids compile", () => {
    const doc = chainDocument([3], [["dense", { units: 2 }]]);
    doc.nodes[1]!.id = "隐藏层 1";
    doc.edges[0]!.target = "隐藏层 1";
    const result = compileGraph(doc, { seed: 1 });
    expect(result.ok).toBe(true);
    if (result.ok) result.model.dispose();
  });
});
