import { describe, expect, it } from "vitest";
import { datasetSpec } from "../../graph/training/datasets";
import { loadDataset } from "./index";
import { expectWellFormed, NO_ASSETS } from "./testing";

const builtin = (id: string, options: Record<string, unknown> = {}) =>
  ({ kind: "builtin", id, options }) as const;

describe("2-D toys", () => {
  it.each(["xor", "circles", "spirals", "blobs", "regression"])(
    "%s: shapes, ranges, counts and determinism",
    async (id) => {
      const dataset = await loadDataset(builtin(id, { size: 300 }), NO_ASSETS, 7);
      expect(dataset.id).toBe(id);
      expect(dataset.train.count).toBe(300);
      expect(dataset.shapes).toEqual(datasetSpec(id)!.shapes({}));
      expectWellFormed(dataset, [-1.5, 1.5]);
      const again = await loadDataset(builtin(id, { size: 300 }), NO_ASSETS, 7);
      expect(again.train.features).toEqual(dataset.train.features);
      expect(again.train.labels).toEqual(dataset.train.labels);
      const other = await loadDataset(builtin(id, { size: 300 }), NO_ASSETS, 8);
      expect(other.train.features).not.toEqual(dataset.train.features);
    },
  );

  it("blobs follow the classes option", async () => {
    const dataset = await loadDataset(builtin("blobs", { classes: 5, size: 100 }), NO_ASSETS);
    expect(dataset.shapes.numClasses).toBe(5);
    expectWellFormed(dataset, [-1.5, 1.5]);
  });

  it("xor labels follow the quadrants when there is no noise", async () => {
    const { train } = await loadDataset(builtin("xor", { noise: 0, size: 200 }), NO_ASSETS);
    for (let i = 0; i < train.count; i++) {
      const sameSign = train.features[2 * i]! * train.features[2 * i + 1]! > 0;
      expect(train.labels[i]).toBe(sameSign ? 0 : 1);
    }
  });

  it("clamps options to their ranges", async () => {
    const dataset = await loadDataset(builtin("circles", { size: 1e9, noise: -3 }), NO_ASSETS);
    expect(dataset.train.count).toBe(20_000);
  });

  it("rejects an unknown dataset with a clear message", async () => {
    await expect(loadDataset(builtin("nope"), NO_ASSETS)).rejects.toThrow("'nope'");
  });
});
