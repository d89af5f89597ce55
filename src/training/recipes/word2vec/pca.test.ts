import { describe, expect, it } from "vitest";
import { createRandom } from "../../datasets/random";
import { pca2 } from "./pca";

/** Points with standard deviations about 3 and 1 along two orthonormal directions of R^5, plus an offset. */
function planeData(n: number) {
  const random = createRandom(11);
  const u = [0.6, 0.8, 0, 0, 0];
  const v = [0, 0, 0.6, 0, 0.8];
  const a: number[] = [];
  const b: number[] = [];
  const values = new Float32Array(n * 5);
  for (let i = 0; i < n; i++) {
    a.push(3 * random.normal());
    b.push(random.normal());
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / n;
  const [ma, mb] = [mean(a), mean(b)];
  for (let i = 0; i < n; i++) {
    a[i]! -= ma;
    b[i]! -= mb;
  }
  // Make b exactly uncorrelated with a, so the sample's principal axes are exactly u and v.
  const dot = (x: number[], y: number[]) => x.reduce((s, xi, i) => s + xi * y[i]!, 0);
  const along = dot(a, b) / dot(a, a);
  for (let i = 0; i < n; i++) b[i]! -= along * a[i]!;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 5; k++) values[i * 5 + k] = 10 + a[i]! * u[k]! + b[i]! * v[k]!;
  }
  return { values, a, b };
}

describe("pca2", () => {
  it("recovers the coordinates along the two principal axes (up to sign)", () => {
    const { values, a, b } = planeData(60);
    const points = pca2(values, 60, 5);
    for (let i = 0; i < 60; i++) {
      expect(Math.abs(points[i * 2]!)).toBeCloseTo(Math.abs(a[i]!), 3);
      expect(Math.abs(points[i * 2 + 1]!)).toBeCloseTo(Math.abs(b[i]!), 3);
    }
  });

  it("gives uncorrelated, centred components, the first with the larger variance", () => {
    const { values } = planeData(40);
    const points = pca2(values, 40, 5);
    let [sx, sy, sxx, syy, sxy] = [0, 0, 0, 0, 0];
    for (let i = 0; i < 40; i++) {
      const [x, y] = [points[i * 2]!, points[i * 2 + 1]!];
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
    }
    expect(Math.abs(sx) / 40).toBeLessThan(1e-4);
    expect(Math.abs(sy) / 40).toBeLessThan(1e-4);
    expect(Math.abs(sxy) / Math.sqrt(sxx * syy)).toBeLessThan(1e-4);
    expect(sxx).toBeGreaterThan(syy);
  });

  it("is deterministic, the farthest point of each axis on its positive side", () => {
    const { values } = planeData(30);
    const points = pca2(values, 30, 5);
    expect(pca2(values, 30, 5)).toEqual(points);
    for (const axis of [0, 1]) {
      let far = 0;
      for (let i = 0; i < 30; i++)
        if (Math.abs(points[i * 2 + axis]!) > Math.abs(points[far * 2 + axis]!)) far = i;
      expect(points[far * 2 + axis]).toBeGreaterThan(0);
    }
  });

  it("leaves missing variance at 0: identical rows, or rows on a line", () => {
    expect([...pca2(new Float32Array([1, 2, 1, 2, 1, 2]), 3, 2)]).toEqual([0, 0, 0, 0, 0, 0]);
    const line = pca2(new Float32Array([0, 0, 1, 1, 2, 2]), 3, 2);
    expect(Math.abs(line[0]!)).toBeCloseTo(Math.SQRT2, 5);
    expect([line[1], line[3], line[5]]).toEqual([0, 0, 0]);
    expect(pca2(new Float32Array(0), 0, 4)).toHaveLength(0);
  });
});
