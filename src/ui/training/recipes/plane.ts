/** Data coordinates ↔ canvas pixels for the recipe scatters (GAN points, latent codes, word projections). */

export interface Extent {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** The box around every point of the given (x, y)-interleaved arrays, 5 % padded, never empty. */
export function extentOf(...pointSets: readonly ArrayLike<number>[]): Extent {
  let xMin = Number.POSITIVE_INFINITY;
  let xMax = Number.NEGATIVE_INFINITY;
  let yMin = Number.POSITIVE_INFINITY;
  let yMax = Number.NEGATIVE_INFINITY;
  for (const points of pointSets)
    for (let i = 0; i + 1 < points.length; i += 2) {
      const x = points[i]!;
      const y = points[i + 1]!;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
  if (xMin > xMax) return { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
  const padX = (xMax - xMin) * 0.05 || 1;
  const padY = (yMax - yMin) * 0.05 || 1;
  return { xMin: xMin - padX, xMax: xMax + padX, yMin: yMin - padY, yMax: yMax + padY };
}

/** Canvas pixel of a data point (y grows upwards in data, downwards on the canvas). */
export function toCanvas(extent: Extent, size: number, x: number, y: number): [number, number] {
  return [
    ((x - extent.xMin) / (extent.xMax - extent.xMin)) * size,
    size - ((y - extent.yMin) / (extent.yMax - extent.yMin)) * size,
  ];
}

/** Data point under a canvas pixel: the inverse of toCanvas. */
export function fromCanvas(extent: Extent, size: number, px: number, py: number): [number, number] {
  return [
    extent.xMin + (px / size) * (extent.xMax - extent.xMin),
    extent.yMin + ((size - py) / size) * (extent.yMax - extent.yMin),
  ];
}

/** The index of the point nearest to (x, y) within `radius` (data units), or null. */
export function nearestPoint(
  points: ArrayLike<number>,
  x: number,
  y: number,
  radius: number,
): number | null {
  let best: number | null = null;
  let bestDistance = radius * radius;
  for (let i = 0; 2 * i + 1 < points.length; i++) {
    const dx = points[2 * i]! - x;
    const dy = points[2 * i + 1]! - y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
