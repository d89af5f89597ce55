import { describe, expect, it } from "vitest";
import { DivergenceWatch } from "./divergence";

describe("DivergenceWatch", () => {
  it("flags cross-entropy stuck near its clipping ceiling for five batches in a row", () => {
    const watch = new DivergenceWatch("sparseCategoricalCrossentropy");
    expect([2.3, 14, 15, 16, 16].map((l) => watch.observe(l))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(watch.observe(16.1)).toBe(true);
  });

  it("forgives a saturated batch followed by recovery", () => {
    const watch = new DivergenceWatch("categoricalCrossentropy");
    const flags = [9, 9, 9, 9, 2, 9, 9, 9, 9].map((l) => watch.observe(l));
    expect(flags.some(Boolean)).toBe(false);
  });

  it("leaves unclipped losses to the NaN check", () => {
    const watch = new DivergenceWatch("meanSquaredError");
    expect(Array.from({ length: 20 }, () => watch.observe(1e9)).some(Boolean)).toBe(false);
  });
});
