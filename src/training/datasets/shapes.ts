/**
 * Generated 28×28 grayscale shapes (circle, square, triangle, cross) of
 * random size, position and rotation, anti-aliased, with Gaussian pixel
 * noise; pixels in [0, 1]. A small image set that trains in seconds and
 * needs convolutions less than MNIST — but rewards them.
 */
import { readNumber } from "../../graph/training/datasetOptions";
import { SHAPE_CLASSES, SHAPES_SIZE_OPTION } from "../../graph/training/datasetSpecs/image";
import { datasetOption } from "../../graph/training/datasets";
import type { Random } from "./random";
import { allocateSplit } from "./split";
import type { DatasetSplit } from "./types";

const SIDE = 28;
/** Sub-samples per pixel side: 3×3 points per pixel soften the edges. */
const SUPERSAMPLE = 3;

/** Whether the point (x, y), in the shape's own frame (centre 0, radius 1), is inside. */
const INSIDE: readonly ((x: number, y: number) => boolean)[] = [
  (x, y) => x * x + y * y <= 1,
  (x, y) => Math.abs(x) <= 0.8 && Math.abs(y) <= 0.8,
  // Equilateral triangle inscribed in the unit circle, pointing up.
  (x, y) => y >= -0.5 && y <= 1 - Math.sqrt(3) * Math.abs(x),
  (x, y) => (Math.abs(x) <= 0.28 && Math.abs(y) <= 1) || (Math.abs(y) <= 0.28 && Math.abs(x) <= 1),
];

function drawShape(kind: number, out: Float32Array, offset: number, random: Random): void {
  const radius = random.uniform(5, 11);
  const cx = random.uniform(radius + 1, SIDE - radius - 1);
  const cy = random.uniform(radius + 1, SIDE - radius - 1);
  const angle = random.uniform(0, 2 * Math.PI);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const intensity = random.uniform(0.6, 1);
  const inside = INSIDE[kind]!;
  for (let py = 0; py < SIDE; py++)
    for (let px = 0; px < SIDE; px++) {
      let hits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++)
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const dx = (px + (sx + 0.5) / SUPERSAMPLE - cx) / radius;
          const dy = (py + (sy + 0.5) / SUPERSAMPLE - cy) / radius;
          // Rotate the sample point into the shape's frame; image y grows downwards.
          if (inside(cos * dx + sin * dy, -(-sin * dx + cos * dy))) hits++;
        }
      out[offset + py * SIDE + px] = (intensity * hits) / (SUPERSAMPLE * SUPERSAMPLE);
    }
}

export function generateShapes(
  options: Readonly<Record<string, unknown>>,
  random: Random,
): DatasetSplit {
  const count = readNumber(options, SHAPES_SIZE_OPTION);
  const noise = readNumber(options, datasetOption("shapes", "noise")!);
  const pixels = SIDE * SIDE;
  const split = allocateSplit(count, pixels);
  for (let i = 0; i < count; i++) {
    const kind = i % SHAPE_CLASSES.length;
    drawShape(kind, split.features, i * pixels, random);
    for (let p = i * pixels; p < (i + 1) * pixels; p++)
      split.features[p] = Math.min(1, Math.max(0, split.features[p]! + noise * random.normal()));
    split.labels[i] = kind;
  }
  return split;
}
