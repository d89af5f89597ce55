/**
 * The 2-D toys, generated from a seed. Features lie in [-1.5, 1.5] (TOY_RANGE;
 * noise is clipped there), classification labels are class indices, the
 * regression target lies in [-1.5, 1.5] as well. Classes are balanced
 * (sample i has class i mod classes); training shuffles anyway. The Gaussian
 * ring is the exception to the range: its radius is an option and its
 * Gaussians are left whole.
 */
import { readNumber } from "../../graph/training/datasetOptions";
import {
  CLASSES_OPTION,
  MODES_OPTION,
  RADIUS_OPTION,
  SIZE_OPTION,
  SPREAD_OPTION,
  STD_OPTION,
  TOY_RANGE,
} from "../../graph/training/datasetSpecs/toy";
import { datasetOption, datasetSpec } from "../../graph/training/datasets";
import type { Random } from "./random";
import { allocateSplit, clip } from "./split";
import type { DatasetSplit } from "./types";

type Options = Readonly<Record<string, unknown>>;
type Point = readonly [number, number];

/** A point of `label`, before noise. */
type PointMaker = (label: number, random: Random) => Point;

const makeXor: PointMaker = (label, random) => {
  // Keep a margin around the axes: a point on an axis has no well-defined class.
  const x = random.uniform(0.05, 1) * (random.next() < 0.5 ? -1 : 1);
  const y = random.uniform(0.05, 1) * Math.sign(x) * (label === 0 ? 1 : -1);
  return [x, y];
};

const makeCircles: PointMaker = (label, random) => {
  // sqrt makes the inner disc uniform in area rather than crowded at its centre.
  const radius = label === 0 ? 0.5 * Math.sqrt(random.next()) : random.uniform(0.7, 1);
  const angle = random.uniform(0, 2 * Math.PI);
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
};

const makeSpirals: PointMaker = (label, random) => {
  const t = random.next();
  const radius = 0.05 + 0.95 * t;
  const angle = 3 * Math.PI * t + label * Math.PI; // one and a half turns each
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
};

function makeBlobs(classes: number, spread: number): PointMaker {
  return (label, random) => {
    const angle = (2 * Math.PI * label) / classes + Math.PI / 4;
    return [
      0.65 * Math.cos(angle) + spread * random.normal(),
      0.65 * Math.sin(angle) + spread * random.normal(),
    ];
  };
}

function classification(
  count: number,
  classes: number,
  noise: number,
  make: PointMaker,
  random: Random,
): DatasetSplit {
  const split = allocateSplit(count, 2);
  for (let i = 0; i < count; i++) {
    const label = i % classes;
    const [x, y] = make(label, random);
    split.features[2 * i] = clip(x + noise * random.normal(), TOY_RANGE);
    split.features[2 * i + 1] = clip(y + noise * random.normal(), TOY_RANGE);
    split.labels[i] = label;
  }
  return split;
}

/** The curve the regression toy samples: gentle enough for a small MLP, not a straight line. */
export function regressionCurve(x: number): number {
  return 0.8 * Math.sin(Math.PI * x) + 0.2 * x;
}

function regression(count: number, noise: number, random: Random): DatasetSplit {
  const split = allocateSplit(count, 1);
  for (let i = 0; i < count; i++) {
    const x = random.uniform(-1, 1);
    split.features[i] = x;
    split.labels[i] = clip(regressionCurve(x) + noise * random.normal(), TOY_RANGE);
  }
  return split;
}

/** The Gaussian ring's mixture, as its options describe it. */
export interface GaussianRing {
  readonly modes: number;
  readonly radius: number;
  readonly std: number;
}

export function readGaussianRing(options: Options): GaussianRing {
  return {
    modes: readNumber(options, MODES_OPTION),
    radius: readNumber(options, RADIUS_OPTION),
    std: readNumber(options, STD_OPTION),
  };
}

/** Centre of mode k: on the circle, the first on the positive x axis, counter-clockwise. */
export function ringCentre(ring: GaussianRing, k: number): Point {
  const angle = (2 * Math.PI * k) / ring.modes;
  return [ring.radius * Math.cos(angle), ring.radius * Math.sin(angle)];
}

/** Sample i comes from mode i mod modes (its label), plus isotropic Gaussian noise; not clipped. */
function gaussianRing(count: number, ring: GaussianRing, random: Random): DatasetSplit {
  const split = allocateSplit(count, 2);
  for (let i = 0; i < count; i++) {
    const label = i % ring.modes;
    const [x, y] = ringCentre(ring, label);
    split.features[2 * i] = x + ring.std * random.normal();
    split.features[2 * i + 1] = y + ring.std * random.normal();
    split.labels[i] = label;
  }
  return split;
}

/** The train split of a 2-D toy, or undefined when `id` is not one. */
export function generateToy(
  id: string,
  options: Options,
  random: Random,
): DatasetSplit | undefined {
  if (datasetSpec(id)?.family !== "toy2d") return undefined;
  const size = readNumber(options, datasetOption(id, "size") ?? SIZE_OPTION);
  if (id === "gaussianRing") return gaussianRing(size, readGaussianRing(options), random);
  // Each toy has its own default noise; its spec's option carries it.
  const noise = readNumber(options, datasetOption(id, "noise")!);
  switch (id) {
    case "xor":
      return classification(size, 2, noise, makeXor, random);
    case "circles":
      return classification(size, 2, noise, makeCircles, random);
    case "spirals":
      return classification(size, 2, noise, makeSpirals, random);
    case "blobs": {
      const classes = readNumber(options, CLASSES_OPTION);
      const spread = readNumber(options, SPREAD_OPTION);
      return classification(size, classes, noise, makeBlobs(classes, spread), random);
    }
    default:
      return regression(size, noise, random);
  }
}
