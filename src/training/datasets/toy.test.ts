import { describe, expect, it } from "vitest";
import { datasetSpec } from "../../graph/training/datasets";
import { loadDataset } from "./index";
import { expectWellFormed, NO_ASSETS } from "./testing";
import { readGaussianRing, ringCentre } from "./toy";

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

  it("gaussianRing: every point near the centre of its mode, modes equally likely, deterministic", async () => {
    const dataset = await loadDataset(builtin("gaussianRing"), NO_ASSETS, 7);
    expect(dataset.train.count).toBe(2000);
    expect(dataset.shapes).toMatchObject({
      inputShape: [2],
      task: "classification",
      numClasses: 8,
    });
    expectWellFormed(dataset, [-2.5, 2.5]);
    const ring = readGaussianRing({});
    expect(ring).toEqual({ modes: 8, radius: 2, std: 0.05 });
    const counts = new Array<number>(8).fill(0);
    let farthest = 0;
    let sumSquares = 0;
    for (let i = 0; i < dataset.train.count; i++) {
      const label = dataset.train.labels[i]!;
      counts[label]!++;
      const [cx, cy] = ringCentre(ring, label);
      const dx = dataset.train.features[2 * i]! - cx;
      const dy = dataset.train.features[2 * i + 1]! - cy;
      sumSquares += dx * dx + dy * dy;
      farthest = Math.max(farthest, Math.hypot(dx, dy));
    }
    expect(counts).toEqual(new Array(8).fill(250));
    // Each coordinate has standard deviation 0.05: the measured one lies within a few percent.
    expect(Math.sqrt(sumSquares / (2 * dataset.train.count))).toBeCloseTo(0.05, 2);
    expect(farthest).toBeLessThan(6 * 0.05);
    const again = await loadDataset(builtin("gaussianRing"), NO_ASSETS, 7);
    expect(again.train.features).toEqual(dataset.train.features);
  });

  it("gaussianRing follows its options", async () => {
    const options = { size: 300, modes: 5, radius: 1, std: 0.01 };
    const dataset = await loadDataset(builtin("gaussianRing", options), NO_ASSETS, 3);
    expect(dataset.train.count).toBe(300);
    expect(dataset.shapes.numClasses).toBe(5);
    expect(dataset.shapes.classNames).toHaveLength(5);
    expectWellFormed(dataset, [-1.1, 1.1]);
    const ring = readGaussianRing(options);
    for (let i = 0; i < dataset.train.count; i++) {
      const [cx, cy] = ringCentre(ring, dataset.train.labels[i]!);
      expect(
        Math.hypot(dataset.train.features[2 * i]! - cx, dataset.train.features[2 * i + 1]! - cy),
      ).toBeLessThan(0.06);
    }
    expect(ringCentre(ring, 0)).toEqual([1, 0]);
  });
});
