/**
 * Perceptual colour maps for feature maps, heat strips and the decision
 * boundary. Viridis (matplotlib's default) is perceptually uniform and reads
 * in greyscale and to most colour-blind eyes, unlike a rainbow map.
 */

/** Viridis sampled at 9 evenly spaced stops; linear interpolation between them is visually exact enough. */
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84],
  [71, 45, 123],
  [59, 82, 139],
  [44, 114, 142],
  [33, 145, 140],
  [40, 174, 128],
  [94, 201, 98],
  [173, 220, 48],
  [253, 231, 37],
];

/** A lookup table of 256 RGB triples, built once. */
const TABLE: Uint8ClampedArray = (() => {
  const table = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const position = (i / 255) * (VIRIDIS.length - 1);
    const low = Math.floor(position);
    const high = Math.min(low + 1, VIRIDIS.length - 1);
    const t = position - low;
    for (let c = 0; c < 3; c++)
      table[i * 3 + c] = VIRIDIS[low]![c]! * (1 - t) + VIRIDIS[high]![c]! * t;
  }
  return table;
})();

/** The colour of a value in [0, 1] (clamped; NaN is the lowest colour). */
export function viridis(value: number): [number, number, number] {
  const i = Number.isFinite(value) ? Math.round(Math.min(Math.max(value, 0), 1) * 255) : 0;
  return [TABLE[i * 3]!, TABLE[i * 3 + 1]!, TABLE[i * 3 + 2]!];
}

export function viridisCss(value: number): string {
  const [r, g, b] = viridis(value);
  return `rgb(${r} ${g} ${b})`;
}

/** Min and max of the finite values of a slice (0, 1 when there are none). */
export function finiteRange(values: ArrayLike<number>): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : { min: 0, max: 1 };
}

/**
 * Paints a `height × width` slice of `values` (one channel of a channels-last
 * tensor: element (y, x) at `(y * width + x) * channels + channel`) into RGBA
 * pixels, each channel scaled to its own range so that a quiet channel still
 * shows its pattern.
 */
export function paintChannel(
  values: Float32Array,
  height: number,
  width: number,
  channels: number,
  channel: number,
  pixels: Uint8ClampedArray,
): void {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < height * width; p++) {
    const v = values[p * channels + channel]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min > 1e-12 ? max - min : 1;
  for (let p = 0; p < height * width; p++) {
    const [r, g, b] = viridis((values[p * channels + channel]! - min) / span);
    pixels[p * 4] = r;
    pixels[p * 4 + 1] = g;
    pixels[p * 4 + 2] = b;
    pixels[p * 4 + 3] = 255;
  }
}
