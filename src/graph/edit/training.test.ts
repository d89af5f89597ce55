import { describe, expect, it } from "vitest";
import { chainDocument } from "../../testing/documents";
import { readTrainingSetup } from "../training/setup";
import { patchTraining, setTraining } from "./training";

const mlp = () => Object.freeze(chainDocument([2], [["dense", { units: 2 }]]));

describe("training section edits", () => {
  it("replaces the section without touching the input document", () => {
    const before = mlp();
    const after = setTraining(before, { epochs: 3, batchSize: "full" });
    expect(after).not.toBe(before);
    expect(before.training).toEqual({});
    expect(readTrainingSetup(after.training).setup).toMatchObject({ epochs: 3, batchSize: "full" });
    expect(after.nodes).toBe(before.nodes);
  });

  it("returns the same document when nothing changes, so no empty undo step is recorded", () => {
    const once = setTraining(mlp(), { epochs: 3 });
    expect(setTraining(once, { epochs: 3 })).toBe(once);
    expect(patchTraining(once, { epochs: 3 })).toBe(once);
  });

  it("patches some fields and keeps the others, unknown ones included", () => {
    const start = setTraining(mlp(), { epochs: 3, ganRatio: 2 });
    const patched = patchTraining(start, { seed: 7 });
    expect(patched.training).toEqual({ epochs: 3, ganRatio: 2, seed: 7 });
  });
});
