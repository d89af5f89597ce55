import { describe, expect, it } from "vitest";
import { type GraphDocument, inferShapes } from "../../graph";
import { GROUP_HEADER, GROUP_PADDING } from "../groups/geometry";
import { EMPTY_SELECTION } from "../store/editorStore";
import { type GroupFlowNode, groupNodeId, withGroups } from "./groups";
import { FlowBuilder } from "./toFlow";

function build(document: GraphDocument, selected: string[] = []) {
  const analysis = inferShapes(document);
  const selection = { ...EMPTY_SELECTION, nodes: new Set(selected) };
  const flow = new FlowBuilder().build(document, analysis, selection);
  return withGroups(flow.nodes, flow.edges, document, analysis);
}

function mlp(collapsed: boolean): GraphDocument {
  return {
    format: "neurograph",
    version: 1,
    name: "MLP",
    nodes: [
      { id: "in", type: "input", params: { shape: [784] }, position: { x: 0, y: 0 } },
      {
        id: "h1",
        type: "dense",
        params: { units: 64 },
        position: { x: 0, y: 150 },
        group: "enc",
      },
      {
        id: "h2",
        type: "dense",
        params: { units: 32 },
        position: { x: 40, y: 300 },
        group: "enc",
      },
      { id: "out", type: "dense", params: { units: 10 }, position: { x: 0, y: 450 } },
    ],
    edges: [
      { id: "e1", source: "in", target: "h1" },
      { id: "e2", source: "h1", target: "h2" },
      { id: "e3", source: "h2", target: "out" },
    ],
    groups: [{ id: "enc", label: "Encoder A", role: "encoder", collapsed }],
    training: {},
  };
}

describe("withGroups", () => {
  it("leaves a graph without groups alone", () => {
    const document = {
      ...mlp(false),
      groups: [],
      nodes: mlp(false).nodes.map(({ group: _, ...n }) => n),
    };
    const analysis = inferShapes(document);
    const flow = new FlowBuilder().build(document, analysis, EMPTY_SELECTION);
    const result = withGroups(flow.nodes, flow.edges, document, analysis);
    expect(result.nodes).toBe(flow.nodes);
    expect(result.edges).toBe(flow.edges);
  });

  it("draws an expanded group behind its members, around their boxes", () => {
    const { nodes, edges } = build(mlp(false));
    const group = nodes[0] as GroupFlowNode;
    expect(group).toMatchObject({ id: groupNodeId("enc"), type: "group", zIndex: -1 });
    expect(group.position).toEqual({ x: -GROUP_PADDING, y: 150 - GROUP_PADDING - GROUP_HEADER });
    expect(group.data).toMatchObject({
      label: "Encoder A",
      role: "encoder",
      memberIds: ["h1", "h2"],
      params: 784 * 64 + 64 + 64 * 32 + 32,
      inputShapes: ["[?, 784]"],
      outputShapes: ["[?, 32]"],
      selected: false,
    });
    expect(nodes.map((n) => n.id)).toEqual([groupNodeId("enc"), "in", "h1", "h2", "out"]);
    expect(edges.map((e) => [e.source, e.target])).toEqual([
      ["in", "h1"],
      ["h1", "h2"],
      ["h2", "out"],
    ]);
  });

  it("marks the group selected when all its members are", () => {
    expect((build(mlp(false), ["h1"]).nodes[0] as GroupFlowNode).data.selected).toBe(false);
    expect((build(mlp(false), ["h1", "h2"]).nodes[0] as GroupFlowNode).data.selected).toBe(true);
  });

  it("collapses a group into one node that takes the crossing edges, ids and labels kept", () => {
    const { nodes, edges } = build(mlp(true));
    const id = groupNodeId("enc");
    expect(nodes.map((n) => n.id)).toEqual(["in", "out", id]);
    expect(nodes[2]!.zIndex).toBe(0);
    expect(nodes[2]!.position).toEqual({ x: 0, y: 150 }); // where the block's first layers were
    expect(edges).toHaveLength(2);
    expect(edges[0]).toMatchObject({ id: "e1", source: "in", target: id, targetHandle: null });
    expect(edges[0]!.data?.shape).toBe("[?, 784]");
    expect(edges[0]!.ariaLabel).toBe("Edge from in to Encoder A");
    expect(edges[1]).toMatchObject({ id: "e3", source: id, target: "out", sourceHandle: null });
    expect(edges[1]!.data?.shape).toBe("[?, 32]");
  });

  it("counts a member that feeds nothing as an output of the block", () => {
    const document = mlp(true);
    document.nodes[3] = { ...document.nodes[3]!, group: "enc" };
    const group = build(document).nodes.find((n) => n.type === "group") as GroupFlowNode;
    expect(group.data.outputShapes).toEqual(["[?, 10]"]);
  });

  it("reuses an unchanged group node, so React Flow can skip it", () => {
    const document = mlp(false);
    const first = build(document).nodes[0];
    expect(build(document).nodes[0]).toBe(first);
  });
});
