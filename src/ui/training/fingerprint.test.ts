import { describe, expect, it } from "vitest";
import { moveNodes, renameDocument, setLabel, setParam } from "../../graph";
import { patchTraining } from "../../graph/edit/training";
import { chainDocument } from "../../testing/documents";
import { modelFingerprint } from "./fingerprint";

const mlp = () =>
  chainDocument(
    [4],
    [
      ["dense", { units: 8, activation: "relu" }],
      ["dense", { units: 2 }],
    ],
  );

describe("model fingerprint (for the out-of-date mark)", () => {
  it("ignores what does not change the model: positions, labels, the name, the training setup", () => {
    const doc = mlp();
    const print = modelFingerprint(doc);
    expect(modelFingerprint(moveNodes(doc, new Map([["n1", { x: 500, y: 9 }]])))).toBe(print);
    expect(modelFingerprint(setLabel(doc, "n1", "hidden"))).toBe(print);
    expect(modelFingerprint(renameDocument(doc, "Other"))).toBe(print);
    expect(modelFingerprint(patchTraining(doc, { epochs: 3 }))).toBe(print);
  });

  it("changes with a param or a connection", () => {
    const doc = mlp();
    const print = modelFingerprint(doc);
    expect(modelFingerprint(setParam(doc, "n1", "units", 9))).not.toBe(print);
    expect(modelFingerprint({ ...doc, edges: doc.edges.slice(1) })).not.toBe(print);
  });

  it("does not depend on the order of params", () => {
    const doc = mlp();
    const reordered = {
      ...doc,
      nodes: doc.nodes.map((n) => ({
        ...n,
        params: Object.fromEntries(Object.entries(n.params).reverse()),
      })),
    };
    expect(modelFingerprint(reordered)).toBe(modelFingerprint(doc));
  });
});
