import { describe, expect, it } from "vitest";
import { capActivation, histogram, meanAbs } from "./histogram";

describe("histogram", () => {
  it("counts every finite value once, in 30 equal bins", () => {
    const values = Float32Array.from({ length: 300 }, (_, i) => i / 299);
    const h = histogram(values);
    expect(h.counts).toHaveLength(30);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(300);
    expect(h.min).toBe(0);
    expect(h.max).toBe(1);
    expect(h.counts.every((c) => c === 10)).toBe(true);
  });

  it("leaves out NaN and infinities and copes with a constant", () => {
    const h = histogram([1, Number.NaN, Number.POSITIVE_INFINITY, 1, 1]);
    expect(h).toMatchObject({ min: 1, max: 1 });
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(histogram([]).counts.every((c) => c === 0)).toBe(true);
  });
});

describe("capActivation", () => {
  it("keeps 16 channels of a feature map and subsamples it to at most 64×64", () => {
    const [h, w, c] = [130, 100, 20];
    const values = Float32Array.from({ length: h * w * c }, (_, i) => i);
    const capped = capActivation(values, [h, w, c]);
    expect(capped.shape).toEqual([44, 50, 16]);
    // Strides 3 and 2: pixel (1, 1) of the result is pixel (3, 2) of the map, channel 3.
    expect(capped.values[(1 * 50 + 1) * 16 + 3]).toBe((3 * w + 2) * c + 3);
  });

  it("keeps small activations as they are and caps vectors at 256 units", () => {
    const small = new Float32Array(8 * 8 * 4);
    expect(capActivation(small, [8, 8, 4]).values).toBe(small);
    expect(capActivation(new Float32Array(1000), [1000]).shape).toEqual([256]);
    expect(capActivation(new Float32Array(100 * 80), [100, 80]).shape).toEqual([64, 64]);
  });

  it("gives the mean absolute value for tinting nodes", () => {
    expect(meanAbs([-1, 1, -2, 2])).toBe(1.5);
  });
});
