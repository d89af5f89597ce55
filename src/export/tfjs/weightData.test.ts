/** Decoding weight files: plain, quantised and sharded, and what goes wrong with them. Pure: no tfjs. */
import { describe, expect, it } from "vitest";
import { readWeights } from "./weightData";

const nodes = new Map([
  ["dense", ["dense"]],
  ["dense_1", ["dense_1", "dense_1_2"]],
]);

function bytes(...arrays: ArrayBufferView[]): Uint8Array {
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.byteLength, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
    offset += a.byteLength;
  }
  return out;
}

describe("readWeights", () => {
  it("decodes float32, int32, uint8-quantised and float16 weights across groups and shards", () => {
    const manifest = [
      {
        paths: ["group1-shard1of2.bin", "group1-shard2of2.bin"],
        weights: [
          { name: "dense/kernel", shape: [2, 2], dtype: "float32" },
          { name: "dense/bias", shape: [2], dtype: "int32" },
        ],
      },
      {
        paths: ["group2-shard1of1.bin"],
        weights: [
          {
            name: "dense_1/kernel",
            shape: [3],
            dtype: "float32",
            quantization: { dtype: "uint8", scale: 0.5, min: -1 },
          },
          {
            name: "dense_1/bias",
            shape: [2],
            dtype: "float32",
            quantization: { dtype: "float16" },
          },
        ],
      },
    ];
    const all = bytes(new Float32Array([1, 2, 3, 4]), new Int32Array([-7, 9]));
    // Uint8 codes 0, 2, 4 → -1, 0, 1; half precision 0x3c00 = 1, 0xc000 = -2 (unaligned after 3 bytes).
    const files = {
      "group1-shard1of2.bin": all.slice(0, 10),
      "./group1-shard2of2.bin": all.slice(10),
      "group2-shard1of1.bin": bytes(new Uint8Array([0, 2, 4]), new Uint16Array([0x3c00, 0xc000])),
    };
    const read = readWeights(manifest, new Map(Object.entries(files)), nodes);
    expect(read.diagnostics).toEqual([]);
    const dense = read.weights!.byNode.get("dense")!;
    expect(dense.map((w) => [w.suffix, w.dtype, Array.from(w.values)])).toEqual([
      ["kernel", "float32", [1, 2, 3, 4]],
      ["bias", "int32", [-7, 9]],
    ]);
    const shared = read.weights!.byNode.get("dense_1_2")!;
    expect(shared.map((w) => Array.from(w.values))).toEqual([
      [-1, 0, 1],
      [1, -2],
    ]);
    expect(read.weights!.byNode.get("dense_1")).toEqual(shared);
  });

  it("splits one concatenated buffer by the manifest", () => {
    const manifest = [
      { paths: ["a.bin"], weights: [{ name: "dense/kernel", shape: [1], dtype: "float32" }] },
      { paths: ["b.bin"], weights: [{ name: "dense_1/kernel", shape: [2], dtype: "float32" }] },
    ];
    const read = readWeights(manifest, new Float32Array([5, 6, 7]).buffer, nodes);
    expect(Array.from(read.weights!.byNode.get("dense_1")![0]!.values)).toEqual([6, 7]);
  });

  it("reports weights of no layer, missing files, short data and unknown dtypes in both languages", () => {
    const stray = readWeights(
      [{ paths: ["a.bin"], weights: [{ name: "ghost/kernel", shape: [1], dtype: "float32" }] }],
      new Float32Array([1]).buffer,
      nodes,
    );
    expect(stray.weights!.unassigned).toEqual(["ghost/kernel"]);
    expect(stray.diagnostics[0]!.message).toContain("'ghost/kernel'");

    const cases: [unknown, RegExp, RegExp][] = [
      ["nope", /not a list/, /不是列表/],
      [
        [{ paths: ["a.bin"], weights: [{ name: "dense/kernel", shape: [4], dtype: "float32" }] }],
        /too short/,
        /太短/,
      ],
      [[{ paths: ["missing.bin"], weights: [] }], /missing\.bin.*not provided/, /未提供/],
      [
        [{ paths: ["a.bin"], weights: [{ name: "dense/kernel", shape: [1], dtype: "string" }] }],
        /not a float32/,
        /不是 float32/,
      ],
      [
        [
          {
            paths: ["a.bin"],
            weights: [
              {
                name: "dense/kernel",
                shape: [1],
                dtype: "float32",
                quantization: { dtype: "int4" },
              },
            ],
          },
        ],
        /int4/,
        /int4/,
      ],
    ];
    for (const [manifest, en, zh] of cases) {
      const read = readWeights(manifest, { "a.bin": new Uint8Array(4) }, nodes);
      expect(read.weights).toBeNull();
      expect(read.diagnostics[0]!.message).toMatch(en);
      expect(read.diagnostics[0]!.messageZh).toMatch(zh);
    }
  });
});
