import { describe, expect, it } from "vitest";
import { embeddingTsv } from "./tsv";

describe("embeddingTsv", () => {
  it("writes one tab-separated vector per line and one word per line, in the same order, no header", () => {
    const { vectorsTsv, metadataTsv } = embeddingTsv(
      ["god", "lord", "moses"],
      new Float32Array([0.5, -0.25, 1, 0.1234567, 0, 3e-7]),
      2,
    );
    expect(vectorsTsv).toBe("0.5\t-0.25\n1\t0.123457\n0\t3e-7\n");
    expect(metadataTsv).toBe("god\nlord\nmoses\n");
    const rows = vectorsTsv.trimEnd().split("\n");
    expect(rows).toHaveLength(metadataTsv.trimEnd().split("\n").length);
    for (const row of rows) expect(row.split("\t").map(Number).every(Number.isFinite)).toBe(true);
  });

  it("keeps tabs and line breaks inside words from breaking the columns", () => {
    expect(embeddingTsv(["a\tb", "c\nd"], new Float32Array([1, 2]), 1).metadataTsv).toBe(
      "a b\nc d\n",
    );
  });
});
