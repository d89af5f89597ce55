/**
 * Turning a drawing into an MNIST-like digit, the way MNIST itself was made:
 * the ink's bounding box is scaled (anti-aliased, keeping its aspect ratio)
 * to fit a 20×20 box, then placed in a 28×28 image so that its centre of
 * mass sits at the centre. Input: a square greyscale canvas (0 = paper,
 * 1 = ink); output: 784 values in [0, 1], row-major.
 */

export const MNIST_SIZE = 28;
const BOX = 20;

export function downsampleDrawing(ink: Float32Array, size: number): Float32Array {
  const out = new Float32Array(MNIST_SIZE * MNIST_SIZE);
  let top = size;
  let left = size;
  let bottom = -1;
  let right = -1;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      if (ink[y * size + x]! > 0.05) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
  if (bottom < 0) return out;
  const boxWidth = right - left + 1;
  const boxHeight = bottom - top + 1;
  const scale = BOX / Math.max(boxWidth, boxHeight);
  const width = Math.max(1, Math.round(boxWidth * scale));
  const height = Math.max(1, Math.round(boxHeight * scale));
  // Area averaging: each small pixel is the mean of the source pixels it covers (anti-aliasing).
  const small = new Float32Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const y0 = top + y / scale;
      const y1 = top + (y + 1) / scale;
      const x0 = left + x / scale;
      const x1 = left + (x + 1) / scale;
      small[y * width + x] = areaMean(ink, size, x0, x1, y0, y1);
    }
  // Centre of mass of the scaled digit, placed at the image centre (14, 14).
  let mass = 0;
  let cx = 0;
  let cy = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = small[y * width + x]!;
      mass += v;
      cx += v * (x + 0.5);
      cy += v * (y + 0.5);
    }
  const offsetX = Math.round(MNIST_SIZE / 2 - cx / mass);
  const offsetY = Math.round(MNIST_SIZE / 2 - cy / mass);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const tx = x + offsetX;
      const ty = y + offsetY;
      if (tx < 0 || ty < 0 || tx >= MNIST_SIZE || ty >= MNIST_SIZE) continue;
      out[ty * MNIST_SIZE + tx] = Math.min(1, small[y * width + x]!);
    }
  return out;
}

/** Mean of the source over the rectangle [x0, x1) × [y0, y1), weighting partly covered pixels. */
function areaMean(
  ink: Float32Array,
  size: number,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
): number {
  let sum = 0;
  let area = 0;
  for (let y = Math.floor(y0); y < Math.ceil(y1) && y < size; y++) {
    const wy = Math.min(y + 1, y1) - Math.max(y, y0);
    for (let x = Math.floor(x0); x < Math.ceil(x1) && x < size; x++) {
      const wx = Math.min(x + 1, x1) - Math.max(x, x0);
      sum += ink[y * size + x]! * wx * wy;
      area += wx * wy;
    }
  }
  return area > 0 ? sum / area : 0;
}
