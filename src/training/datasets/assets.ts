/**
 * The packed image assets: their file names, how they are built from their
 * sources (pure functions, run at build time by scripts/pack-datasets.ts and
 * on first use by nodeIO), and how a loader turns them into a LoadedDataset.
 */
import type { DatasetShapes } from "../../graph/training/datasetSpec";
import {
  FASHION_TEST_COUNT,
  FASHION_TRAIN_COUNT,
  MNIST_TEST_COUNT,
  MNIST_TRAIN_COUNT,
} from "../../graph/training/datasetSpecs/image";
import type { DatasetIO } from "./io";
import { type PackedImages, parseIdx, unpackImages } from "./packed";
import { createRandom, shuffledIndices } from "./random";
import type { DatasetSplit, LoadedDataset } from "./types";

/** Served under `${base}datasets/<file>` in the browser; generated (MNIST) or committed (Fashion-MNIST). */
export const ASSET_FILES = {
  mnist: "mnist.bin.gz",
  fashionMnist: "fashion-mnist.bin.gz",
  /** The King James Bible, normalised text (corpus/kjvText.ts), committed. */
  kjv: "kjv.txt.gz",
} as const;

/** Bump when the packing changes, so cached generated files are rebuilt. */
export const PACKER_VERSION = 1;

const SIDE = 28;
const PIXELS = SIDE * SIDE;

/**
 * MNIST from the `mnist` package's ten per-digit arrays (pixels in [0, 1]):
 * a fifth of each digit goes to the test split (stratified, 8,000 / 2,000),
 * and each split is shuffled with a fixed seed, so its first N images are a
 * fair sample (the `size` option takes the first N).
 */
export function packMnistDigits(digits: readonly ArrayLike<number>[]): PackedImages {
  const train: [number, number][] = []; // [digit, index within digit]
  const test: [number, number][] = [];
  digits.forEach((raw, digit) => {
    const n = Math.floor(raw.length / PIXELS);
    const testCount = Math.round(n / 5);
    for (let i = 0; i < n; i++) (i < n - testCount ? train : test).push([digit, i]);
  });
  if (train.length !== MNIST_TRAIN_COUNT || test.length !== MNIST_TEST_COUNT)
    throw new Error(`expected 8000/2000 MNIST images, got ${train.length}/${test.length}`);
  const random = createRandom(20_250_101);
  const order = [...shuffle(train, random), ...shuffle(test, random)];
  const labels = new Uint8Array(order.length);
  const pixels = new Uint8Array(order.length * PIXELS);
  order.forEach(([digit, index], i) => {
    labels[i] = digit;
    const raw = digits[digit]!;
    for (let p = 0; p < PIXELS; p++)
      pixels[i * PIXELS + p] = Math.round(Math.min(1, Math.max(0, raw[index * PIXELS + p]!)) * 255);
  });
  return packedSquare(order.length, train.length, labels, pixels);
}

/** The Fashion-MNIST subset: the first 10,000 training and first 2,000 test images of the IDX files. */
export function packFashionSubset(idx: {
  readonly trainImages: Uint8Array;
  readonly trainLabels: Uint8Array;
  readonly testImages: Uint8Array;
  readonly testLabels: Uint8Array;
}): PackedImages {
  const take = (images: Uint8Array, labels: Uint8Array, n: number) => {
    const i = parseIdx(images);
    const l = parseIdx(labels);
    if (i.dims[1] !== SIDE || i.dims[2] !== SIDE) throw new Error("expected 28×28 images");
    return { pixels: i.data.subarray(0, n * PIXELS), labels: l.data.subarray(0, n) };
  };
  const train = take(idx.trainImages, idx.trainLabels, FASHION_TRAIN_COUNT);
  const test = take(idx.testImages, idx.testLabels, FASHION_TEST_COUNT);
  const count = FASHION_TRAIN_COUNT + FASHION_TEST_COUNT;
  const labels = new Uint8Array(count);
  labels.set(train.labels);
  labels.set(test.labels, FASHION_TRAIN_COUNT);
  const pixels = new Uint8Array(count * PIXELS);
  pixels.set(train.pixels);
  pixels.set(test.pixels, FASHION_TRAIN_COUNT * PIXELS);
  return packedSquare(count, FASHION_TRAIN_COUNT, labels, pixels);
}

function packedSquare(
  count: number,
  trainCount: number,
  labels: Uint8Array,
  pixels: Uint8Array,
): PackedImages {
  return {
    count,
    trainCount,
    height: SIDE,
    width: SIDE,
    channels: 1,
    numClasses: 10,
    labels,
    pixels,
  };
}

function shuffle<T>(items: readonly T[], random: ReturnType<typeof createRandom>): T[] {
  return Array.from(shuffledIndices(items.length, random), (i) => items[i]!);
}

/**
 * gunzip with the platform's own DecompressionStream (browsers, workers and
 * Node ≥ 18 have it). Bytes without the gzip magic pass through: a server
 * that sent the file with Content-Encoding: gzip has had it decompressed already.
 */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toSplit(packed: PackedImages, start: number, count: number): DatasetSplit {
  const size = packed.height * packed.width * packed.channels;
  const features = new Float32Array(count * size);
  const pixels = packed.pixels.subarray(start * size, (start + count) * size);
  for (let i = 0; i < pixels.length; i++) features[i] = pixels[i]! / 255;
  return {
    features,
    labels: Float32Array.from(packed.labels.subarray(start, start + count)),
    count,
  };
}

/** A packed asset as a LoadedDataset: the first `trainCount` train images, and the whole test split. */
export async function loadPackedImages(
  io: DatasetIO,
  id: string,
  file: string,
  shapes: DatasetShapes,
  trainCount: number,
): Promise<LoadedDataset> {
  const packed = unpackImages(await gunzip(await io.readAsset(file)));
  const train = toSplit(packed, 0, Math.min(trainCount, packed.trainCount));
  const test = toSplit(packed, packed.trainCount, packed.count - packed.trainCount);
  return { id, shapes, train, test };
}
