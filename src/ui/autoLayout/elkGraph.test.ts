import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { type GraphDocument, inferShapes, type Position } from "../../graph";
import { DEFAULT_NODE_SIZE, GROUP_HEADER, GROUP_PADDING } from "../groups/geometry";
import { documentPositions, fromElkGraph, LAYOUT_OPTIONS, toElkGraph } from "./elkGraph";
import { CARD_PREFIX, layoutInput } from "./layoutInput";

/**
 * input → a → (b, c) → add, with add's in0 fed by c and in1 by b (the
 * document lists b first), a and b in an encoder group, positions scrambled.
 */
function residual(collapsed = false): GraphDocument {
  const at = (x: number, y: number) => ({ x, y });
  return {
    format: "neurograph",
    version: 1,
    name: "residual",
    nodes: [
      { id: "add", type: "add", params: {}, position: at(-300, -500) },
      { id: "in", type: "input", params: { shape: [8] }, position: at(500, 700) },
      { id: "a", type: "dense", params: { units: 8 }, position: at(0, 0), group: "enc" },
      { id: "b", type: "dense", params: { units: 8 }, position: at(900, 100), group: "enc" },
      { id: "c", type: "dense", params: { units: 8 }, position: at(40, 40) },
    ],
    edges: [
      { id: "e1", source: "in", target: "a" },
      { id: "e2", source: "a", target: "b" },
      { id: "e3", source: "a", target: "c" },
      { id: "e4", source: "c", target: "add", targetHandle: "in0" },
      { id: "e5", source: "b", target: "add", targetHandle: "in1" },
    ],
    groups: [{ id: "enc", label: "Encoder", role: "encoder", collapsed }],
    training: {},
  };
}

const sizes = () => ({ width: 200, height: 80 });
const card = () => ({ width: 260, height: 110 });

async function layOut(document: GraphDocument) {
  const input = layoutInput(document, inferShapes(document), sizes, card);
  const { graph, ids } = toElkGraph(input);
  const result = await new ELK().layout(graph);
  return { input, positions: documentPositions(document, input, fromElkGraph(result, ids)) };
}

describe("layoutInput", () => {
  it("orders each layer's ports as inference assigns them", () => {
    const document = residual();
    const input = layoutInput(document, inferShapes(document), sizes, card);
    expect(input.nodes.find((n) => n.id === "add")?.ports).toEqual(["in0", "in1"]);
    expect(input.nodes.find((n) => n.id === "a")).toMatchObject({ group: "enc", ports: ["in0"] });
    expect(input.groups).toEqual(["enc"]);
  });

  it("lays a collapsed group out as its card, with the crossing edges", () => {
    const document = residual(true);
    const input = layoutInput(document, inferShapes(document), sizes, card);
    const cardId = `${CARD_PREFIX}enc`;
    expect(input.nodes.map((n) => n.id).sort()).toEqual(["add", "c", "in", cardId].sort());
    expect(input.nodes.find((n) => n.id === cardId)).toMatchObject({ width: 260, height: 110 });
    expect(input.edges).toContainEqual({ source: "in", target: cardId, port: "in" });
    expect(input.edges).toContainEqual({ source: cardId, target: "add", port: "in1" });
    expect(input.groups).toEqual([]);
  });

  it("uses the default size for layers the canvas has not measured", () => {
    const document = residual();
    const input = layoutInput(
      document,
      inferShapes(document),
      () => undefined,
      () => undefined,
    );
    expect(input.nodes[0]).toMatchObject(DEFAULT_NODE_SIZE);
  });
});

describe("toElkGraph", () => {
  it("builds a layered, top-to-bottom graph with a hierarchical node per group", () => {
    const document = residual();
    const { graph } = toElkGraph(layoutInput(document, inferShapes(document), sizes, card));
    expect(graph.layoutOptions).toMatchObject(LAYOUT_OPTIONS);
    expect(graph.layoutOptions?.["elk.direction"]).toBe("DOWN");
    const group = graph.children!.find((c) => (c.children?.length ?? 0) > 0)!;
    expect(group.children).toHaveLength(2);
    expect(group.layoutOptions?.["elk.padding"]).toContain(`top=${GROUP_PADDING + GROUP_HEADER}`);
    // a → b lies inside the group; the other edges cross its border or lie outside it.
    expect(group.edges).toHaveLength(1);
    expect(graph.edges).toHaveLength(4);
    const add = graph.children!.find((c) => c.ports?.length === 3)!;
    expect(add.layoutOptions?.["elk.portConstraints"]).toBe("FIXED_POS");
    expect(add.ports!.map((p) => [p.x, p.y])).toEqual([
      [200 / 3, 0],
      [400 / 3, 0],
      [100, 80],
    ]);
    expect(add.ports!.map((p) => p.layoutOptions?.["elk.port.side"])).toEqual([
      "NORTH",
      "NORTH",
      "SOUTH",
    ]);
  });
});

describe("the laid-out graph", () => {
  const bottom = (p: Position) => p.y + 80;

  it("runs top to bottom along every edge, on the grid", async () => {
    const document = residual();
    const { positions } = await layOut(document);
    expect(positions.size).toBe(5);
    for (const e of document.edges)
      expect(bottom(positions.get(e.source)!)).toBeLessThan(positions.get(e.target)!.y);
    for (const p of positions.values()) {
      expect(Math.abs(p.x % 10)).toBe(0);
      expect(Math.abs(p.y % 10)).toBe(0);
    }
  });

  it("leaves room for a shape label between layers, inside groups too", async () => {
    const { positions } = await layOut(residual());
    // a → b lies inside the encoder group.
    expect(positions.get("b")!.y - bottom(positions.get("a")!)).toBeGreaterThanOrEqual(60);
    expect(positions.get("a")!.y - bottom(positions.get("in")!)).toBeGreaterThanOrEqual(60);
  });

  it("keeps in0's source left of in1's source", async () => {
    const { positions } = await layOut(residual());
    expect(positions.get("c")!.x).toBeLessThan(positions.get("b")!.x);
  });

  it("overlaps no two layers and keeps a group's members together", async () => {
    const { positions } = await layOut(residual());
    const boxes = [...positions].map(([id, p]) => ({ id, ...p, w: 200, h: 80 }));
    for (const a of boxes)
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    const members = boxes.filter((b) => b.id === "a" || b.id === "b");
    const left = Math.min(...members.map((m) => m.x)) - GROUP_PADDING;
    const right = Math.max(...members.map((m) => m.x + m.w)) + GROUP_PADDING;
    const top = Math.min(...members.map((m) => m.y)) - GROUP_PADDING - GROUP_HEADER;
    const low = Math.max(...members.map((m) => m.y + m.h)) + GROUP_PADDING;
    for (const other of boxes.filter((b) => b.id !== "a" && b.id !== "b")) {
      const outside =
        other.x + other.w <= left || other.x >= right || other.y + other.h <= top || other.y >= low;
      expect(outside, `${other.id} is inside the group's box`).toBe(true);
    }
  });

  it("keeps the drawing's top-left corner", async () => {
    const document = residual();
    const { positions } = await layOut(document);
    expect(Math.min(...[...positions.values()].map((p) => p.x))).toBe(-300);
    expect(Math.min(...[...positions.values()].map((p) => p.y))).toBe(-500);
  });

  it("moves a collapsed group's members with its card, keeping their arrangement", async () => {
    const document = residual(true);
    const { positions } = await layOut(document);
    const a = positions.get("a")!;
    const b = positions.get("b")!;
    expect({ x: b.x - a.x, y: b.y - a.y }).toEqual({ x: 900, y: 100 });
    expect(positions.get("in")!.y).toBeLessThan(a.y);
  });
});
