/**
 * The compact binary format of the image datasets shipped with the app
 * (MNIST, Fashion-MNIST): uint8 pixels and labels after a 32-byte header, and
 * gzip around the whole (the files are served and committed compressed).
 *
 *   0  "NGDS"         magic
 *   4  u32 version    1
 *   8  u32 count      images in the file
 *  12  u32 trainCount the first trainCount images are the train split, the rest the test split
 *  16  u32 height, 20 u32 width, 24 u32 channels
 *  28  u32 numClasses
 *  32  count label bytes, then count × height × width × channels pixel bytes (row-major, channels last)
 *
 * All integers are little-endian. Pure functions: used by the packer
 * (scripts/pack-datasets.ts), by the loaders, and by tests.
 */

export const PACKED_MAGIC = "NGDS";
export const PACKED_VERSION = 1;
export const PACKED_HEADER_BYTES = 32;

export interface PackedImages {
  readonly count: number;
  readonly trainCount: number;
  readonly height: number;
  readonly width: number;
  readonly channels: number;
  readonly numClasses: number;
  /** count class indices. */
  readonly labels: Uint8Array;
  /** count × height × width × channels, 0–255. */
  readonly pixels: Uint8Array;
}

export function packImages(images: PackedImages): Uint8Array {
  const pixelsPerImage = images.height * images.width * images.channels;
  if (images.labels.length !== images.count)
    throw new Error(`expected ${images.count} labels, got ${images.labels.length}`);
  if (images.pixels.length !== images.count * pixelsPerImage)
    throw new Error(
      `expected ${images.count * pixelsPerImage} pixels, got ${images.pixels.length}`,
    );
  if (images.trainCount > images.count) throw new Error("trainCount exceeds count");
  const bytes = new Uint8Array(PACKED_HEADER_BYTES + images.count + images.pixels.length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = PACKED_MAGIC.charCodeAt(i);
  const fields = [
    PACKED_VERSION,
    images.count,
    images.trainCount,
    images.height,
    images.width,
    images.channels,
    images.numClasses,
  ];
  fields.forEach((value, i) => {
    view.setUint32(4 + 4 * i, value, true);
  });
  bytes.set(images.labels, PACKED_HEADER_BYTES);
  bytes.set(images.pixels, PACKED_HEADER_BYTES + images.count);
  return bytes;
}

/** Reads a packed (already decompressed) file; throws an Error naming what is wrong. */
export function unpackImages(bytes: Uint8Array): PackedImages {
  if (bytes.length < PACKED_HEADER_BYTES) throw new Error("file too short for a dataset header");
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== PACKED_MAGIC) throw new Error(`not a packed dataset (magic "${magic}")`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const field = (i: number) => view.getUint32(4 + 4 * i, true);
  const version = field(0);
  if (version !== PACKED_VERSION) throw new Error(`unsupported packed dataset version ${version}`);
  const [count, trainCount, height, width, channels, numClasses] = [1, 2, 3, 4, 5, 6].map(
    field,
  ) as [number, number, number, number, number, number];
  const pixelCount = count * height * width * channels;
  const expected = PACKED_HEADER_BYTES + count + pixelCount;
  if (bytes.length !== expected)
    throw new Error(`packed dataset is ${bytes.length} bytes, expected ${expected}`);
  return {
    count,
    trainCount,
    height,
    width,
    channels,
    numClasses,
    labels: bytes.subarray(PACKED_HEADER_BYTES, PACKED_HEADER_BYTES + count),
    pixels: bytes.subarray(PACKED_HEADER_BYTES + count, expected),
  };
}

/** Reads an IDX file (the original MNIST / Fashion-MNIST format, uncompressed): its dimensions and bytes. */
export function parseIdx(bytes: Uint8Array): {
  readonly dims: number[];
  readonly data: Uint8Array;
} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint16(0) !== 0 || bytes[2] !== 0x08)
    throw new Error("not an IDX file of unsigned bytes");
  const rank = bytes[3]!;
  const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i)); // big-endian
  const start = 4 + 4 * rank;
  const size = dims.reduce((a, b) => a * b, 1);
  if (bytes.length < start + size) throw new Error("IDX file is truncated");
  return { dims, data: bytes.subarray(start, start + size) };
}
