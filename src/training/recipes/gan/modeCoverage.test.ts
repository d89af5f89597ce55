import { describe, expect, it } from "vitest";
import { createRandom } from "../../datasets/random";
import { modeCoverage } from "./modeCoverage";

/** Eight centres on a circle of radius 2, as the default Gaussian ring. */
const RING = Float32Array.from({ length: 16 }, (_, i) => {
  const angle = (2 * Math.PI * Math.floor(i / 2)) / 8;
  return 2 * (i % 2 === 0 ? Math.cos(angle) : Math.sin(angle));
});

function pointsAround(modes: readonly number[], perMode: number, std: number, seed = 1) {
  const random = createRandom(seed);
  const points = new Float32Array(modes.length * perMode * 2);
  modes.forEach((k, m) => {
    for (let i = 0; i < perMode; i++) {
      const j = 2 * (m * perMode + i);
      points[j] = RING[2 * k]! + std * random.normal();
      points[j + 1] = RING[2 * k + 1]! + std * random.normal();
    }
  });
  return points;
}

describe("modeCoverage", () => {
  it("counts every mode of a perfect sample", () => {
    const result = modeCoverage(pointsAround([0, 1, 2, 3, 4, 5, 6, 7], 125, 0.05), RING, 0.05);
    expect(result.covered).toBe(8);
    expect(result.total).toBe(8);
    // Within 3σ of a 2-D Gaussian: 1 − e^(−9/2) ≈ 98.9 % of the points.
    expect(result.highQuality).toBeGreaterThan(0.97);
  });

  it("sees a collapse onto three modes", () => {
    const result = modeCoverage(pointsAround([1, 4, 6], 300, 0.05), RING, 0.05);
    expect(result.covered).toBe(3);
    expect(result.perMode[0]).toBe(0);
    expect(result.perMode[4]).toBeGreaterThan(290);
  });

  it("does not count points that miss every mode, nor a mode with a few strays", () => {
    // 990 points at the origin (far from every mode), 5 points on mode 2: under 1 %.
    const points = new Float32Array(2 * 995);
    const strays = pointsAround([2], 5, 0.01);
    points.set(strays, 2 * 990);
    const result = modeCoverage(points, RING, 0.05);
    expect(result.covered).toBe(0);
    expect(result.perMode[2]).toBe(5);
    expect(result.highQuality).toBeCloseTo(5 / 995, 6);
    expect(modeCoverage(points, RING, 0.05, { minShare: 0.005 }).covered).toBe(1);
  });

  it("a blurred ring is not high quality even where it touches the modes", () => {
    const random = createRandom(5);
    const points = new Float32Array(2000);
    for (let i = 0; i < 1000; i++) {
      const angle = random.uniform(0, 2 * Math.PI);
      points[2 * i] = 2 * Math.cos(angle);
      points[2 * i + 1] = 2 * Math.sin(angle);
    }
    const result = modeCoverage(points, RING, 0.05);
    // 8 arcs of length 0.3 on a circle of 4π ≈ 12.6: about 19 % of the points.
    expect(result.highQuality).toBeGreaterThan(0.14);
    expect(result.highQuality).toBeLessThan(0.25);
  });

  it("handles no points", () => {
    expect(modeCoverage(new Float32Array(0), RING, 0.05)).toMatchObject({
      covered: 0,
      total: 8,
      highQuality: 0,
    });
  });
});
