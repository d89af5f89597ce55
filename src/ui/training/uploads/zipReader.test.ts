import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { classCounts, classOfPath } from "./imageFiles";
import { readZip, ZipError } from "./zipReader";

/** A minimal zip writer: local headers, central directory, end record (CRCs left 0: the reader ignores them). */
function zip(entries: { path: string; data: Uint8Array; deflate: boolean }[]): ArrayBuffer {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.path);
    const body = entry.deflate ? new Uint8Array(deflateRawSync(entry.data)) : entry.data;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(8, entry.deflate ? 8 : 0, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, entry.data.length, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, body);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(10, entry.deflate ? 8 : 0, true);
    central.setUint32(20, body.length, true);
    central.setUint32(24, entry.data.length, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    directory.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + body.length;
  }
  const size = directory.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...directory, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out.buffer;
}

describe("reading an image zip", () => {
  it("reads stored and deflated entries and keeps only what is asked for", async () => {
    const png = new Uint8Array(300).map((_, i) => i % 7);
    const buffer = zip([
      { path: "shapes/", data: new Uint8Array(0), deflate: false },
      { path: "shapes/circle/1.png", data: png, deflate: true },
      { path: "shapes/square/1.png", data: png, deflate: false },
      { path: "shapes/readme.txt", data: new Uint8Array(3), deflate: false },
    ]);
    const entries = await readZip(buffer, (p) => classOfPath(p) !== null);
    expect(entries.map((e) => e.path)).toEqual(["shapes/circle/1.png", "shapes/square/1.png"]);
    expect(new Uint8Array(entries[0]!.bytes)).toEqual(png);
    expect(new Uint8Array(entries[1]!.bytes)).toEqual(png);
  });

  it("refuses what is not a zip", async () => {
    await expect(readZip(new Uint8Array(100).buffer, () => true)).rejects.toBeInstanceOf(ZipError);
  });

  it("counts images per class in natural order", () => {
    const image = (className: string) => ({ className, bytes: new ArrayBuffer(0) });
    expect(classCounts([image("10"), image("2"), image("2")])).toEqual([
      ["2", 2],
      ["10", 1],
    ]);
  });
});
