import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chainDocument } from "../../testing/documents";
import { loadDocument } from "../document/load";
import type { GraphDocument } from "../document/schema";
import { diffGraphs, formatParamValue, isEmptyDiff } from "./diffGraphs";

const mlp = (): GraphDocument => {
  const { document } = loadDocument(
    JSON.parse(readFileSync(new URL("../../../presets/mnist-mlp.json", import.meta.url), "utf8")),
  );
  if (!document) throw new Error("the mnist-mlp preset does not load");
  return document;
};

describe("diffGraphs", () => {
  it("finds nothing between a graph and itself, nor after moving and relabelling nodes", () => {
    const a = mlp();
    const b: GraphDocument = {
      ...a,
      name: "moved",
      nodes: a.nodes.map((n) => ({ ...n, position: { x: n.position.x + 50, y: 3 } })),
      edges: a.edges.map((e) => ({ ...e, id: `renamed-${e.id}` })),
      training: { epochs: 99 },
    };
    expect(isEmptyDiff(diffGraphs(a, a))).toBe(true);
    expect(isEmptyDiff(diffGraphs(a, b))).toBe(true);
  });

  it("reports a changed Dense width as before → after", () => {
    const a = mlp();
    const b: GraphDocument = {
      ...a,
      nodes: a.nodes.map((n) =>
        n.id === "hidden" ? { ...n, params: { ...n.params, units: 32 } } : n,
      ),
    };
    const diff = diffGraphs(a, b);
    expect(diff.changedNodes).toEqual([
      {
        node: { id: "hidden", type: "dense" },
        params: [{ param: "units", before: 128, after: 32 }],
      },
    ]);
    expect(diff.addedNodes).toEqual([]);
    expect(diff.removedEdges).toEqual([]);
  });

  it("reports a removed layer with its edges, and the bypass edge as added", () => {
    const a = mlp();
    const b: GraphDocument = {
      ...a,
      nodes: a.nodes.filter((n) => n.id !== "drop"),
      edges: [
        { id: "e1", source: "in", target: "hidden" },
        { id: "x", source: "hidden", target: "out" },
      ],
    };
    const diff = diffGraphs(a, b);
    expect(diff.removedNodes).toEqual([{ id: "drop", type: "dropout" }]);
    expect(diff.removedEdges).toEqual([
      { source: "hidden", target: "drop" },
      { source: "drop", target: "out" },
    ]);
    expect(diff.addedEdges).toEqual([{ source: "hidden", target: "out" }]);
    expect(diff.changedNodes).toEqual([]);
  });

  it("reports added nodes with their labels, a changed kind, and params set or unset", () => {
    const a = chainDocument([4], [["dense", { units: 8, activation: "relu" }]]);
    const b: GraphDocument = {
      ...a,
      nodes: [
        ...a.nodes.map((n) =>
          n.id === "n1" ? { ...n, type: "dropout", params: { rate: 0.5 } } : n,
        ),
        { id: "n2", type: "dense", label: "Head", params: { units: 2 }, position: { x: 0, y: 0 } },
      ],
      edges: [...a.edges, { id: "e2", source: "n1", target: "n2", targetHandle: "in" }],
    };
    const diff = diffGraphs(a, b);
    expect(diff.addedNodes).toEqual([{ id: "n2", type: "dense", label: "Head" }]);
    expect(diff.changedNodes).toEqual([
      {
        node: { id: "n1", type: "dropout" },
        typeBefore: "dense",
        params: [
          { param: "activation", before: "relu" },
          { param: "rate", after: 0.5 },
          { param: "units", before: 8 },
        ],
      },
    ]);
    expect(diff.addedEdges).toEqual([{ source: "n1", target: "n2", targetHandle: "in" }]);
  });

  it("compares object and array params by value, whatever their key order", () => {
    const a = chainDocument([4], [["custom", { config: { a: 1, b: [1, 2] } }]]);
    const same: GraphDocument = {
      ...a,
      nodes: a.nodes.map((n) =>
        n.id === "n1" ? { ...n, params: { config: { b: [1, 2], a: 1 } } } : n,
      ),
    };
    const other: GraphDocument = {
      ...a,
      nodes: a.nodes.map((n) =>
        n.id === "n1" ? { ...n, params: { config: { a: 1, b: [2, 1] } } } : n,
      ),
    };
    expect(isEmptyDiff(diffGraphs(a, same))).toBe(true);
    expect(diffGraphs(a, other).changedNodes[0]?.params[0]?.param).toBe("config");
  });

  it("formats values for display", () => {
    expect(formatParamValue(128)).toBe("128");
    expect(formatParamValue("relu")).toBe("relu");
    expect(formatParamValue([28, 28, 1])).toBe("[28,28,1]");
    expect(formatParamValue(undefined)).toBe("—");
  });
});
