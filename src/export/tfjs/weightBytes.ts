/**
 * Weight files → typed arrays, following the manifest: shards concatenated
 * per group, float32/int32/bool values, and tfjs's uint8/uint16 (affine) and
 * float16 quantisations. Throws WeightError for a file that does not fit.
 */
import { type I18nText, t } from "../../graph";
import { quote } from "../../graph/text";
import { isRecord, isWholeNumber } from "./json";

export type WeightValues = Float32Array | Int32Array | Uint8Array;

/** The bytes of the weight files: all of them concatenated in manifest order, or each by its path. */
export type WeightBytes =
  | ArrayBuffer
  | Uint8Array
  | ReadonlyMap<string, ArrayBuffer | Uint8Array>
  | Readonly<Record<string, ArrayBuffer | Uint8Array>>;

export interface DecodedWeight {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: "float32" | "int32" | "bool";
  readonly values: WeightValues;
}

interface WeightSpec {
  readonly name: string;
  readonly shape: number[];
  readonly dtype: "float32" | "int32" | "bool";
  readonly quantization?: {
    readonly dtype: string;
    readonly scale?: number;
    readonly min?: number;
  };
}

interface ManifestGroup {
  readonly paths: readonly string[];
  readonly weights: readonly WeightSpec[];
}

export class WeightError extends Error {
  constructor(readonly text: I18nText) {
    super(text.en);
  }
}

function problem(en: string, zh: string): never {
  throw new WeightError(t(en, zh));
}

function parseManifest(manifest: unknown): ManifestGroup[] {
  if (!Array.isArray(manifest))
    problem('"weightsManifest" is not a list.', '"weightsManifest" 不是列表。');
  return manifest.map((group, g) => {
    if (!isRecord(group) || !Array.isArray(group.weights))
      problem(
        `manifest group ${g + 1} has no "weights" list.`,
        `清单第 ${g + 1} 组没有 "weights" 列表。`,
      );
    const paths = Array.isArray(group.paths)
      ? group.paths.filter((p) => typeof p === "string")
      : [];
    const weights = group.weights.map((w): WeightSpec => {
      const ok =
        isRecord(w) &&
        typeof w.name === "string" &&
        Array.isArray(w.shape) &&
        w.shape.every((d) => isWholeNumber(d) && d >= 0) &&
        (w.dtype === "float32" || w.dtype === "int32" || w.dtype === "bool");
      if (!ok) {
        const shown = JSON.stringify(w)?.slice(0, 80) ?? String(w);
        problem(
          `entry ${shown} is not a float32, int32 or bool weight.`,
          `条目 ${shown} 不是 float32、int32 或 bool 权重。`,
        );
      }
      const q =
        isRecord(w.quantization) && typeof w.quantization.dtype === "string"
          ? w.quantization
          : undefined;
      return {
        name: w.name as string,
        shape: w.shape as number[],
        dtype: w.dtype as WeightSpec["dtype"],
        ...(q
          ? {
              quantization: {
                dtype: q.dtype as string,
                ...(typeof q.scale === "number" ? { scale: q.scale } : {}),
                ...(typeof q.min === "number" ? { min: q.min } : {}),
              },
            }
          : {}),
      };
    });
    return { paths: paths as string[], weights };
  });
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

const withoutDot = (path: string) => path.replace(/^(\.\/)+/, "");
const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** A file by its manifest path ("./group1-shard1of1.bin"), by that path without "./", or by its base name. */
function lookup(files: WeightBytes, path: string): Uint8Array | undefined {
  const entries: [string, ArrayBuffer | Uint8Array][] =
    files instanceof Map ? [...files.entries()] : Object.entries(files);
  const found =
    entries.find(([key]) => withoutDot(key) === withoutDot(path)) ??
    entries.find(([key]) => baseName(key) === baseName(path));
  return found === undefined ? undefined : toBytes(found[1]);
}

function groupBytes(groups: readonly ManifestGroup[], data: WeightBytes): Uint8Array[] {
  if (data instanceof ArrayBuffer || data instanceof Uint8Array) {
    // One buffer for everything: split it by each group's size, in order.
    const all = toBytes(data);
    let offset = 0;
    return groups.map((group) => {
      const size = group.weights.reduce((n, w) => n + byteSize(w), 0);
      const slice = all.subarray(offset, offset + size);
      offset += size;
      return slice;
    });
  }
  return groups.map((group) =>
    concat(
      group.paths.map((path) => {
        const bytes = lookup(data, path);
        if (!bytes)
          problem(
            `the weight file ${quote(path)} was not provided.`,
            `未提供权重文件 ${quote(path)}。`,
          );
        return bytes;
      }),
    ),
  );
}

const BYTES: Readonly<Record<string, number>> = {
  float32: 4,
  int32: 4,
  bool: 1,
  uint8: 1,
  uint16: 2,
  float16: 2,
};

function elementCount(spec: WeightSpec): number {
  return spec.shape.reduce((a, b) => a * b, 1);
}

function byteSize(spec: WeightSpec): number {
  const dtype = spec.quantization?.dtype ?? spec.dtype;
  const bytes = BYTES[dtype];
  if (bytes === undefined)
    problem(
      `${quote(spec.name)} is stored as ${dtype}, which Neurograph cannot read.`,
      `${quote(spec.name)} 以 ${dtype} 存储，Neurograph 无法读取。`,
    );
  return elementCount(spec) * bytes;
}

/** IEEE half precision → single. */
function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

function decode(spec: WeightSpec, bytes: Uint8Array): WeightValues {
  const n = elementCount(spec);
  // Copied, so the typed array starts aligned and owns its memory.
  const own = bytes.slice().buffer;
  const q = spec.quantization;
  if (!q) {
    if (spec.dtype === "float32") return new Float32Array(own, 0, n);
    if (spec.dtype === "int32") return new Int32Array(own, 0, n);
    return new Uint8Array(own, 0, n);
  }
  const raw = q.dtype === "uint8" ? new Uint8Array(own, 0, n) : new Uint16Array(own, 0, n);
  const out = spec.dtype === "int32" ? new Int32Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const v = raw[i]!;
    out[i] = q.dtype === "float16" ? halfToFloat(v) : v * (q.scale ?? 1) + (q.min ?? 0);
  }
  return out;
}

/** Decodes every weight, in manifest order. Throws WeightError for a short or missing file. */
export function decodeAll(manifest: unknown, data: WeightBytes): DecodedWeight[] {
  const groups = parseManifest(manifest);
  const buffers = groupBytes(groups, data);
  const out: DecodedWeight[] = [];
  groups.forEach((group, g) => {
    const buffer = buffers[g]!;
    let offset = 0;
    for (const spec of group.weights) {
      const size = byteSize(spec);
      if (offset + size > buffer.byteLength) {
        problem(
          `the weight data is too short: ${quote(spec.name)} needs bytes ${offset}–${offset + size} of group ${g + 1}, which has ${buffer.byteLength}.`,
          `权重数据太短：${quote(spec.name)} 需要第 ${g + 1} 组的第 ${offset}–${offset + size} 字节，而该组只有 ${buffer.byteLength} 字节。`,
        );
      }
      const values = decode(spec, buffer.subarray(offset, offset + size));
      offset += size;
      out.push({ name: spec.name, shape: spec.shape, dtype: spec.dtype, values });
    }
  });
  return out;
}
