import { describe, expect, it } from "vitest";
import { chainDocument } from "../../testing/documents";
import { architectureKey } from "./architecture";

describe("architectureKey", () => {
  const document = chainDocument([4], [["dense", { units: 3, activation: "relu" }]]);

  it("ignores positions, names, param order and the training setup", () => {
    const moved = structuredClone(document);
    moved.nodes[1]!.position = { x: 500, y: -20 };
    moved.name = "renamed";
    moved.nodes[1]!.params = { activation: "relu", units: 3 };
    moved.training = { epochs: 99 };
    expect(architectureKey(moved)).toBe(architectureKey(document));
  });

  it("changes with a param, a node kind or an edge", () => {
    const units = structuredClone(document);
    units.nodes[1]!.params.units = 4;
    const edge = structuredClone(document);
    edge.edges[0]!.targetHandle = "in1";
    const keys = new Set([
      architectureKey(document),
      architectureKey(units),
      architectureKey(edge),
    ]);
    expect(keys.size).toBe(3);
    expect(architectureKey(document)).toMatch(/^[0-9a-f]{16}$/);
  });
});
