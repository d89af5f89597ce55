/**
 * How many modes of a Gaussian mixture a generator covers — the measure of
 * mode collapse on the 2-D benchmarks (the ring of 8 Gaussians of Metz et
 * al. 2017, VEEGAN, PacGAN). Following VEEGAN (Srivastava et al. 2017), a
 * generated point is "high quality" when it lies within three standard
 * deviations of the nearest mode's centre; a mode counts as covered when at
 * least `minShare` (1 %) of all generated points are high-quality points of
 * that mode — stricter than VEEGAN's "at least one", so that a few stray
 * points do not count as a mode. Pure: no tfjs.
 */

export interface ModeCoverageOptions {
  /** Radius of a mode, in standard deviations. */
  readonly sigmas?: number;
  /** Share of all generated points a mode must receive to count as covered. */
  readonly minShare?: number;
}

export interface ModeCoverage {
  readonly covered: number;
  readonly total: number;
  /** Share of the points within `sigmas` standard deviations of some mode. */
  readonly highQuality: number;
  /** High-quality points per mode. */
  readonly perMode: readonly number[];
}

/**
 * `points` holds count × 2 coordinates, `centres` modes × 2; every mode has
 * the isotropic standard deviation `std`.
 */
export function modeCoverage(
  points: Float32Array,
  centres: Float32Array,
  std: number,
  options: ModeCoverageOptions = {},
): ModeCoverage {
  const sigmas = options.sigmas ?? 3;
  const minShare = options.minShare ?? 0.01;
  const modes = centres.length / 2;
  const count = points.length / 2;
  const perMode = new Array<number>(modes).fill(0);
  const reach = (sigmas * std) ** 2;
  let highQuality = 0;
  for (let i = 0; i < count; i++) {
    const x = points[2 * i]!;
    const y = points[2 * i + 1]!;
    let nearest = -1;
    let best = Infinity;
    for (let k = 0; k < modes; k++) {
      const d = (x - centres[2 * k]!) ** 2 + (y - centres[2 * k + 1]!) ** 2;
      if (d < best) [best, nearest] = [d, k];
    }
    if (nearest >= 0 && best <= reach) {
      perMode[nearest]!++;
      highQuality++;
    }
  }
  const needed = Math.max(1, minShare * count);
  return {
    covered: perMode.filter((n) => n >= needed).length,
    total: modes,
    highQuality: count === 0 ? 0 : highQuality / count,
    perMode,
  };
}
