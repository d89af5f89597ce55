/**
 * Pixels for the recipe panels, as pure functions of plain data (a canvas
 * only receives the result): grids of generated or reconstructed images,
 * a function of the plane as a heat map, an amplified perturbation.
 */
import type { PlaneGrid, SampleSet } from "../../../training/recipeViews";
import { finiteRange, viridis } from "../colorMap";
import { imageShapeOf } from "../evaluation/imageShape";

export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, row-major. */
  readonly data: Uint8ClampedArray;
}

/** [height, width, channels] to draw a set's samples with, or null when they are not images. */
export function sampleImageShape(set: SampleSet): [number, number, number] | null {
  return imageShapeOf(set.shape);
}

const byte = (v: number) => Math.round(Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0)) * 255);

/**
 * The samples at `indices` tiled `columns` to a row with `gap` transparent
 * pixels between them. Values are taken as [0, 1] (as recipes send images),
 * clamped; greyscale or RGB. Null when the set is not images.
 */
export function tileSamples(
  set: SampleSet,
  indices: readonly number[],
  columns: number,
  gap = 1,
): Pixels | null {
  const shape = sampleImageShape(set);
  if (!shape || indices.length === 0) return null;
  const [h, w, c] = shape;
  const cols = Math.max(1, Math.min(columns, indices.length));
  const rows = Math.ceil(indices.length / cols);
  const width = cols * w + (cols - 1) * gap;
  const height = rows * h + (rows - 1) * gap;
  const data = new Uint8ClampedArray(width * height * 4);
  const size = h * w * c;
  indices.forEach((sample, k) => {
    if (sample < 0 || sample >= set.count) return;
    const left = (k % cols) * (w + gap);
    const top = Math.floor(k / cols) * (h + gap);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const source = sample * size + (y * w + x) * c;
        const target = ((top + y) * width + left + x) * 4;
        for (let ch = 0; ch < 3; ch++)
          data[target + ch] = byte(set.values[source + (c === 3 ? ch : 0)]!);
        data[target + 3] = 255;
      }
  });
  return { width, height, data };
}

/** Every index of a set: 0 … count − 1. */
export function allIndices(set: SampleSet): number[] {
  return Array.from({ length: set.count }, (_, i) => i);
}

/** cGAN grids: the samples grouped by the class they were asked for, classes in ascending order. */
export function rowsByLabel(labels: Int32Array): { label: number; indices: number[] }[] {
  const rows = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const row = rows.get(label);
    if (row) row.push(i);
    else rows.set(label, [i]);
  });
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([label, indices]) => ({ label, indices }));
}

/**
 * A function of the plane as viridis pixels, one per grid cell, yMin at the
 * bottom. D(x) of a GAN lies in [0, 1] and keeps that scale (so 0.5 always
 * looks the same); a critic's scores are unbounded and use their own range.
 */
export function paintPlane(grid: PlaneGrid, probability: boolean): Pixels {
  const n = grid.resolution;
  const data = new Uint8ClampedArray(n * n * 4);
  const { min, max } = probability ? { min: 0, max: 1 } : finiteRange(grid.values);
  const span = max - min > 1e-12 ? max - min : 1;
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++) {
      const [r, g, b] = viridis((grid.values[row * n + col]! - min) / span);
      const target = ((n - 1 - row) * n + col) * 4;
      data[target] = r;
      data[target + 1] = g;
      data[target + 2] = b;
      data[target + 3] = 255;
    }
  return { width: n, height: n, data };
}

/**
 * A perturbation made visible: scaled so that its largest change reaches
 * black or white around mid-grey (0.5 = no change). `factor` says by how
 * much it was amplified.
 */
export function amplify(perturbation: SampleSet): { sample: SampleSet; factor: number } {
  let largest = 0;
  for (const v of perturbation.values)
    if (Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  const factor = largest > 0 ? 0.5 / largest : 1;
  const values = perturbation.values.map((v) => 0.5 + (Number.isFinite(v) ? v : 0) * factor);
  return { sample: { ...perturbation, values }, factor };
}

/** The amplification as people read it: ×5, ×12.5, ×250. */
export function factorText(factor: number): string {
  return factor >= 100 ? String(Math.round(factor)) : String(Number(factor.toPrecision(3)));
}
