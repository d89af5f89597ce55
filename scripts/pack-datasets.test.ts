import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { packMnistDigits } from "../src/training/datasets/assets";
import { ensureGeneratedDataset } from "../src/training/datasets/nodeAssets";
import { unpackImages } from "../src/training/datasets/packed";

describe("packMnistDigits", () => {
  it("splits each digit 4:1 into train and test, stratified and shuffled", () => {
    // Ten fake digits of sizes summing to 10,000 (the real package's are uneven too).
    const sizes = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
    const digits = sizes.map((n, d) => new Float32Array(n * 784).fill(d / 9));
    const packed = packMnistDigits(digits);
    expect(packed.count).toBe(10_000);
    expect(packed.trainCount).toBe(8000);
    const trainCounts = new Array(10).fill(0);
    for (const label of packed.labels.subarray(0, 8000)) trainCounts[label]++;
    expect(trainCounts).toEqual(sizes.map((n) => n - Math.round(n / 5)));
    // Pixels follow their labels (value d/9 scaled to 0–255).
    for (let i = 0; i < packed.count; i += 997)
      expect(packed.pixels[i * 784]).toBe(Math.round((packed.labels[i]! / 9) * 255));
    // Shuffled: the first hundred training images are not all one digit.
    expect(new Set(packed.labels.subarray(0, 100)).size).toBe(10);
  });
});

describe("generated dataset files", () => {
  const dir = mkdtempSync(join(tmpdir(), "neurograph-datasets-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds mnist.bin.gz on first use and reuses it while fresh", () => {
    const path = ensureGeneratedDataset("mnist.bin.gz", dir)!;
    expect(existsSync(path)).toBe(true);
    const packed = unpackImages(new Uint8Array(gunzipSync(readFileSync(path))));
    expect([packed.count, packed.trainCount, packed.height, packed.width]).toEqual([
      10_000, 8000, 28, 28,
    ]);
    const built = statSync(path).mtimeMs;
    expect(ensureGeneratedDataset("mnist.bin.gz", dir)).toBe(path);
    expect(statSync(path).mtimeMs).toBe(built);
    expect(ensureGeneratedDataset("nothing.bin", dir)).toBeUndefined();
  }, 60_000);
});
