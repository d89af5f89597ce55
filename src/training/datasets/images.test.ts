import { describe, expect, it } from "vitest";
import { FASHION_CLASSES } from "../../graph/training/datasetSpecs/image";
import { loadDataset } from "./index";
import { nodeDatasetIO } from "./nodeIO";
import { expectWellFormed, NO_ASSETS } from "./testing";

const builtin = (id: string, options: Record<string, unknown> = {}) =>
  ({ kind: "builtin", id, options }) as const;

describe("MNIST", () => {
  it("loads the 8,000 / 2,000 real digits as [28, 28, 1] in [0, 1]", async () => {
    const dataset = await loadDataset(builtin("mnist"), nodeDatasetIO());
    expect(dataset.shapes).toMatchObject({ inputShape: [28, 28, 1], numClasses: 10 });
    expect(dataset.train.count).toBe(8000);
    expect(dataset.test?.count).toBe(2000);
    expectWellFormed(dataset, [0, 1]);
    // Real digits: mostly black background, some ink, on average ~13 % of the intensity.
    const mean = dataset.train.features.reduce((a, b) => a + b, 0) / dataset.train.features.length;
    expect(mean).toBeGreaterThan(0.1);
    expect(mean).toBeLessThan(0.16);
    // Stratified: every digit is between 7 % and 13 % of each split.
    for (const split of [dataset.train, dataset.test!]) {
      const counts = new Array(10).fill(0);
      for (const label of split.labels) counts[label]++;
      for (const c of counts) expect(c / split.count).toBeGreaterThan(0.07);
      for (const c of counts) expect(c / split.count).toBeLessThan(0.13);
    }
  }, 30_000);

  it("takes the first `size` training images and keeps the whole test split", async () => {
    const small = await loadDataset(builtin("mnist", { size: 500 }), nodeDatasetIO());
    expect(small.train.count).toBe(500);
    expect(small.test?.count).toBe(2000);
    expect(new Set(small.train.labels).size).toBe(10);
  });

  it("says clearly when the file cannot be read", async () => {
    await expect(loadDataset(builtin("mnist"), NO_ASSETS)).rejects.toThrow(
      "Could not load the MNIST digits images",
    );
  });
});

describe("Fashion-MNIST", () => {
  it("loads the committed 10,000 / 2,000 subset", async () => {
    const dataset = await loadDataset(builtin("fashionMnist"), nodeDatasetIO());
    expect(dataset.shapes.classNames).toEqual([...FASHION_CLASSES]);
    expect(dataset.train.count).toBe(10_000);
    expect(dataset.test?.count).toBe(2000);
    expectWellFormed(dataset, [0, 1]);
  }, 30_000);
});

describe("shapes", () => {
  it("draws four balanced classes of 28×28 images in [0, 1], the same for the same seed", async () => {
    const dataset = await loadDataset(builtin("shapes", { size: 80 }), NO_ASSETS, 4);
    expect(dataset.shapes).toMatchObject({ inputShape: [28, 28, 1], numClasses: 4 });
    expectWellFormed(dataset, [0, 1]);
    const again = await loadDataset(builtin("shapes", { size: 80 }), NO_ASSETS, 4);
    expect(again.train.features).toEqual(dataset.train.features);
  });

  it("draws shapes whose ink reflects their kind (noise off)", async () => {
    const { train } = await loadDataset(builtin("shapes", { size: 400, noise: 0 }), NO_ASSETS);
    // Area relative to the circumscribed circle: square 0.41 (0.8² · 4/π… ≈ 0.81), circle 1, triangle 0.41, cross ~0.37.
    const ink = [0, 0, 0, 0];
    for (let i = 0; i < train.count; i++) {
      let sum = 0;
      for (let p = 0; p < 784; p++) sum += train.features[i * 784 + p]!;
      ink[train.labels[i]!]! += sum;
    }
    const [circle, square, triangle, cross] = ink as [number, number, number, number];
    expect(circle).toBeGreaterThan(square);
    expect(square).toBeGreaterThan(triangle);
    expect(square).toBeGreaterThan(cross);
  });
});
