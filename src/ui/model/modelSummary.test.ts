import { describe, expect, it } from "vitest";
import mnistMlp from "../../../presets/mnist-mlp.json";
import { validateValue } from "../../graph";
import { summaryRows } from "./modelSummary";

describe("summaryRows", () => {
  it("summarises the bundled MNIST MLP like Keras would", () => {
    const result = validateValue(mnistMlp);
    expect(result.ok).toBe(true);
    const rows = summaryRows(result.analysis!);
    expect(rows.map((r) => [r.id, r.shape, r.params])).toEqual([
      ["in", "[?, 784]", 0],
      ["hidden", "[?, 128]", 100_480],
      ["drop", "[?, 128]", 0],
      ["out", "[?, 10]", 1_290],
    ]);
    expect(rows[1]?.kindLabel?.zh).toBe("全连接层");
    expect(result.analysis!.totals.params).toBe(101_770);
  });
});
