import { describe, expect, it } from "vitest";
import { emptyDocument, type GraphDocument } from "../../graph";
import { fixLabel, showValue } from "./fixLabel";

const document: GraphDocument = {
  ...emptyDocument(),
  nodes: [
    { id: "in", type: "input", params: { shape: [784] }, position: { x: 0, y: 0 } },
    { id: "flat", type: "flatten", params: {}, position: { x: 0, y: 100 } },
  ],
  edges: [{ id: "e1", source: "in", target: "flat" }],
};

describe("fixLabel", () => {
  it("names the layer a fix inserts, with Reshape's target shape", () => {
    expect(
      fixLabel(
        { kind: "insertBefore", nodeId: "d", layer: { type: "flatten", params: {} } },
        document,
      ),
    ).toEqual({ en: "Insert Flatten", zh: "插入“展平”" });
    expect(
      fixLabel(
        {
          kind: "insertBefore",
          nodeId: "c",
          layer: { type: "reshape", params: { targetShape: [28, 28, 1] } },
        },
        document,
      ),
    ).toEqual({ en: "Insert Reshape [28, 28, 1]", zh: "插入“变形” [28, 28, 1]" });
  });

  it("says which param gets which value", () => {
    expect(
      fixLabel({ kind: "setParam", nodeId: "c", param: "padding", value: "same" }, document),
    ).toEqual({ en: "Set padding to 'same'", zh: "将 padding 设为 'same'" });
  });

  it("names what a removal removes", () => {
    expect(fixLabel({ kind: "removeNode", nodeId: "flat" }, document)).toEqual({
      en: "Remove Flatten 'flat'",
      zh: "删除“展平” 'flat'",
    });
    expect(fixLabel({ kind: "removeEdge", edgeId: "e1" }, document).en).toBe(
      "Remove the connection 'in' → 'flat'",
    );
  });

  it("shows values the way people write them", () => {
    expect(showValue([2, 2])).toBe("[2, 2]");
    expect(showValue(null)).toBe("null");
    expect(showValue(3)).toBe("3");
  });
});
