import { describe, expect, it } from "vitest";
import { chainDocument } from "../../testing/documents";
import { inferShapes } from "../analyze";
import type { GraphDocument } from "../document/schema";
import { extractSubgraph, pasteSubgraph } from "./clipboard";
import { canConnect, connect } from "./connect";
import { groupNodes, ungroup, updateGroup } from "./groups";
import {
  addNode,
  addNodeAfter,
  changeType,
  emptyDocument,
  initialParams,
  moveNodes,
  removeElements,
  STACK_GAP,
  setLabel,
  setParam,
} from "./nodes";

function frozen(document: GraphDocument): GraphDocument {
  return JSON.parse(JSON.stringify(document), (_key, value) =>
    typeof value === "object" && value !== null ? Object.freeze(value) : value,
  );
}

const mlp = () =>
  frozen(
    chainDocument(
      [784],
      [
        ["dense", { units: 128, activation: "relu" }],
        ["dense", { units: 10, activation: "softmax" }],
      ],
    ),
  );

describe("adding nodes", () => {
  it("starts a new layer with its required params filled and tfjs defaults left out", () => {
    expect(initialParams("dense")).toEqual({ units: 64, activation: "relu" });
    expect(initialParams("conv2d")).toEqual({
      filters: 32,
      kernelSize: [3, 3],
      activation: "relu",
    });
    expect(initialParams("dropout")).toEqual({ rate: 0.5 });
    expect(initialParams("flatten")).toEqual({});
    expect(initialParams("input")).toEqual({ shape: [784] });
  });

  it("gives fresh readable ids and never mutates the input", () => {
    const doc = mlp();
    const a = addNode(doc, "dense", { x: 5, y: 6 });
    const b = addNode(a.document, "dense", { x: 5, y: 6 });
    expect(a.nodeId).toBe("dense");
    expect(b.nodeId).toBe("dense_2");
    expect(doc.nodes).toHaveLength(3);
  });

  it("adds below the selected node and connects it (into in0 for merge layers)", () => {
    const added = addNodeAfter(mlp(), "dropout", "n1");
    const node = added.document.nodes.find((n) => n.id === added.nodeId)!;
    expect(node.position.y).toBe(100 + STACK_GAP);
    expect(added.document.edges.at(-1)).toMatchObject({ source: "n1", target: "dropout" });
    const merge = addNodeAfter(mlp(), "add", "n1");
    expect(merge.document.edges.at(-1)).toMatchObject({
      source: "n1",
      target: "add",
      targetHandle: "in0",
    });
    // n1 already feeds n2 directly below it, so a second child goes to the right.
    const beside = addNodeAfter(mlp(), "dense", "in");
    expect(beside.document.nodes.at(-1)!.position).toEqual({ x: 240, y: STACK_GAP });
    const input = addNodeAfter(mlp(), "input", "n1");
    expect(input.document.edges).toHaveLength(2);
  });

  it("with nothing selected, adds below the lowest node, unconnected", () => {
    const added = addNodeAfter(mlp(), "dense", null);
    expect(added.document.edges).toHaveLength(2);
    expect(added.document.nodes.at(-1)!.position.y).toBe(200 + STACK_GAP);
    expect(addNodeAfter(emptyDocument(), "input", null).document.nodes[0]!.position).toEqual({
      x: 0,
      y: 0,
    });
  });
});

describe("changing nodes", () => {
  it("sets and clears params", () => {
    const set = setParam(mlp(), "n1", "units", 64);
    expect(inferShapes(set).nodes.get("n1")!.outputShape).toEqual([null, 64]);
    expect(setParam(set, "n1", "activation", undefined).nodes[1]!.params).toEqual({ units: 64 });
  });

  it("sets and clears labels, keeps params when the kind changes", () => {
    expect(setLabel(mlp(), "n1", "hidden").nodes[1]!.label).toBe("hidden");
    expect("label" in setLabel(setLabel(mlp(), "n1", "hidden"), "n1", " ").nodes[1]!).toBe(false);
    const changed = changeType(mlp(), "n1", "lstm");
    expect(changed.nodes[1]).toMatchObject({
      type: "lstm",
      params: { units: 128, activation: "relu" },
    });
  });

  it("moves nodes and returns the same document when nothing moves", () => {
    const doc = mlp();
    expect(moveNodes(doc, new Map([["n1", { x: 0, y: 100 }]]))).not.toBe(doc);
    expect(moveNodes(doc, new Map())).toBe(doc);
    expect(moveNodes(doc, new Map([["n1", { x: 30, y: 40 }]])).nodes[1]!.position).toEqual({
      x: 30,
      y: 40,
    });
  });

  it("removes nodes with their edges, and groups left empty", () => {
    const grouped = groupNodes(mlp(), new Set(["n2"]), "Head", "custom").document;
    const removed = removeElements(grouped, new Set(["n2"]));
    expect(removed.nodes.map((n) => n.id)).toEqual(["in", "n1"]);
    expect(removed.edges.map((e) => e.id)).toEqual(["e1"]);
    expect(removed.groups).toEqual([]);
    expect(removeElements(mlp(), new Set(), new Set(["e1"])).edges.map((e) => e.id)).toEqual([
      "e2",
    ]);
  });
});

describe("connections", () => {
  const open = () => frozen(removeElements(mlp(), new Set(), new Set(["e2"])));

  it("accepts a connection that works", () => {
    expect(canConnect(open(), { source: "n1", target: "n2", targetHandle: null })).toEqual({
      ok: true,
    });
    expect(connect(open(), { source: "n1", target: "n2", targetHandle: null }).edges).toHaveLength(
      2,
    );
  });

  it("refuses cycles, self-loops, inputs as targets and occupied single ports, with reasons", () => {
    const doc = mlp();
    const reason = (source: string, target: string) => {
      const check = canConnect(doc, { source, target, targetHandle: null });
      return check.ok ? "" : check.reason.en;
    };
    expect(reason("n2", "n1")).toMatch(/cycle/);
    expect(reason("n1", "n1")).toMatch(/itself/);
    expect(reason("n1", "in")).toMatch(/Input takes no incoming/);
    expect(reason("in", "n2")).toMatch(/already receives one from 'n1'/);
  });

  it("refuses a connection whose shapes cannot work, saying why", () => {
    const withConv = addNode(open(), "conv2d", { x: 0, y: 0 }).document;
    const check = canConnect(withConv, { source: "in", target: "conv2d", targetHandle: null });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.reason.en).toMatch(/expects a 4-D input/);
      expect(check.reason.zh).toMatch(/4 维输入/);
    }
  });

  it("lets a merge layer wait for its second input but refuses a mismatched one", () => {
    let doc = addNode(open(), "add", { x: 0, y: 0 }).document;
    expect(canConnect(doc, { source: "n1", target: "add", targetHandle: "in0" })).toEqual({
      ok: true,
    });
    doc = connect(doc, { source: "n1", target: "add", targetHandle: "in0" });
    const check = canConnect(doc, { source: "in", target: "add", targetHandle: "in1" });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason.en).toMatch(/element-wise merges need equal shapes/);
    expect(canConnect(doc, { source: "n1", target: "add", targetHandle: "in0" }).ok).toBe(false);
  });
});

describe("groups", () => {
  it("group, rename, collapse and ungroup", () => {
    const { document, groupId } = groupNodes(mlp(), new Set(["n1", "n2"]), "Classifier", "custom");
    expect(document.nodes.filter((n) => n.group === groupId).map((n) => n.id)).toEqual([
      "n1",
      "n2",
    ]);
    const collapsed = updateGroup(document, groupId, { collapsed: true, label: "Head" });
    expect(collapsed.groups[0]).toMatchObject({
      id: groupId,
      label: "Head",
      collapsed: true,
      role: "custom",
    });
    const back = ungroup(collapsed, groupId);
    expect(back.groups).toEqual([]);
    expect(back.nodes.some((n) => "group" in n)).toBe(false);
    expect(inferShapes(document).diagnostics).toEqual([]);
  });

  it("moving every member of a group into a new one drops the old, empty group", () => {
    const first = groupNodes(mlp(), new Set(["n1"]), "A", "encoder");
    const second = groupNodes(first.document, new Set(["n1"]), "B", "decoder");
    expect(second.document.groups.map((g) => g.label)).toEqual(["B"]);
  });
});

describe("clipboard", () => {
  it("copies a selection with its inner edges and pastes it under fresh ids, offset", () => {
    const doc = mlp();
    const clip = extractSubgraph(doc, new Set(["n1", "n2"]));
    expect(clip.edges.map((e) => e.id)).toEqual(["e2"]);
    const pasted = pasteSubgraph(doc, clip, { x: 40, y: 40 });
    expect(pasted.nodeIds).toEqual(["n1_2", "n2_2"]);
    expect(pasted.document.nodes.at(-1)!.position).toEqual({ x: 40, y: 240 });
    expect(pasted.document.edges.at(-1)).toMatchObject({ source: "n1_2", target: "n2_2" });
    expect(new Set(pasted.document.edges.map((e) => e.id)).size).toBe(pasted.document.edges.length);
  });

  it("keeps groups of pasted nodes, renamed", () => {
    const grouped = groupNodes(mlp(), new Set(["n1"]), "Block", "encoder").document;
    const pasted = pasteSubgraph(grouped, extractSubgraph(grouped, new Set(["n1"])), {
      x: 0,
      y: 0,
    });
    expect(pasted.document.groups).toHaveLength(2);
    const copy = pasted.document.nodes.find((n) => n.id === "n1_2")!;
    expect(copy.group).not.toBe(grouped.nodes[1]!.group);
    expect(pasted.document.groups.map((g) => g.id)).toContain(copy.group);
  });
});
