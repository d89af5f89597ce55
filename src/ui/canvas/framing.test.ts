import { describe, expect, it } from "vitest";
import { residualMlp } from "../../../bench/graphs";
import { LARGE_GRAPH_ZOOM, largeGraphViewport, revealBatches } from "./framing";

describe("framing a large graph", () => {
  const graph = residualMlp(125);

  it("opens on the first layers at a readable zoom", () => {
    const viewport = largeGraphViewport(graph.nodes, 1000);
    expect(viewport.zoom).toBe(LARGE_GRAPH_ZOOM);
    // The input (top of the graph) sits 40 px below the top edge, centred.
    expect(viewport.y).toBe(40);
    expect(viewport.x + 100 * LARGE_GRAPH_ZOOM).toBeCloseTo(500, 0);
  });

  it("reveals what is on screen first, then everything else in batches, nearest first", () => {
    const viewport = largeGraphViewport(graph.nodes, 1000);
    const batches = revealBatches(graph.nodes, viewport, { width: 1000, height: 800 }, 100);
    const first = batches[0]!;
    expect(first).toContain("in");
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(30);
    expect(batches.slice(1).every((b) => b.length <= 100)).toBe(true);
    const all = batches.flat();
    expect(new Set(all).size).toBe(graph.nodes.length);
    // Nearest first: the second batch starts right below the first view.
    const y = (id: string) => graph.nodes.find((n) => n.id === id)!.position.y;
    expect(y(batches[1]![0]!)).toBeLessThan(y(batches.at(-1)!.at(-1)!));
  });
});

describe("fitting a graph", () => {
  it("fits short graphs whole, but not tall or large ones", async () => {
    const { fitsReadably } = await import("./framing");
    const pane = { width: 860, height: 600 };
    expect(fitsReadably(residualMlp(1).nodes, pane)).toBe(true);
    expect(fitsReadably(residualMlp(8).nodes, pane)).toBe(false);
    expect(fitsReadably(residualMlp(125).nodes, { width: 100_000, height: 100_000 })).toBe(false);
  });
});
