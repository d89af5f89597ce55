import { describe, expect, it } from "vitest";
import { emptyDocument, type GraphDocument } from "../../graph";
import { groupMembers, selectedGroups } from "./selection";

const doc: GraphDocument = {
  ...emptyDocument(),
  nodes: [
    { id: "a", type: "dense", params: {}, position: { x: 0, y: 0 }, group: "g2" },
    { id: "b", type: "dense", params: {}, position: { x: 0, y: 0 }, group: "g1" },
    { id: "c", type: "dense", params: {}, position: { x: 0, y: 0 }, group: "g1" },
    { id: "d", type: "dense", params: {}, position: { x: 0, y: 0 } },
  ],
  groups: [{ id: "g1" }, { id: "g2" }],
};

describe("selectedGroups", () => {
  it("lists the groups of the selected layers in document order", () => {
    const ids = (nodes: string[]) =>
      selectedGroups(doc, { nodes: new Set(nodes), edges: new Set() }).map((g) => g.id);
    expect(ids(["a", "c", "d"])).toEqual(["g1", "g2"]);
    expect(ids(["d"])).toEqual([]);
  });

  it("lists a group's members", () => {
    expect(groupMembers(doc, "g1")).toEqual(["b", "c"]);
  });
});
