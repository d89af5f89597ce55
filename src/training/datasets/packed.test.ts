import { describe, expect, it } from "vitest";
import { gunzip } from "./assets";
import { packImages, parseIdx, unpackImages } from "./packed";

const sample = {
  count: 3,
  trainCount: 2,
  height: 2,
  width: 2,
  channels: 1,
  numClasses: 2,
  labels: Uint8Array.from([0, 1, 1]),
  pixels: Uint8Array.from([0, 255, 7, 8, 1, 2, 3, 4, 9, 9, 9, 9]),
};

describe("packed image format", () => {
  it("round-trips", () => {
    const bytes = packImages(sample);
    expect(bytes.length).toBe(32 + 3 + 12);
    expect(unpackImages(bytes)).toEqual(sample);
  });

  it("refuses inconsistent input and damaged files", () => {
    expect(() => packImages({ ...sample, count: 4 })).toThrow("labels");
    const bytes = packImages(sample);
    expect(() => unpackImages(bytes.subarray(0, 40))).toThrow("expected 47");
    const wrong = bytes.slice();
    wrong[0] = 0x58;
    expect(() => unpackImages(wrong)).toThrow("magic");
  });

  it("reads IDX headers (big-endian dimensions)", () => {
    const idx = Uint8Array.from([0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6]);
    expect(parseIdx(idx)).toEqual({ dims: [2, 3], data: Uint8Array.from([1, 2, 3, 4, 5, 6]) });
    expect(() => parseIdx(idx.subarray(0, 15))).toThrow("truncated");
  });

  it("gunzips gzip and passes plain bytes through", async () => {
    const { gzipSync } = await import("node:zlib");
    const plain = packImages(sample);
    expect(await gunzip(new Uint8Array(gzipSync(plain)))).toEqual(plain);
    expect(await gunzip(plain)).toEqual(plain);
  });
});
