import { describe, expect, it } from "vitest";
import { MNIST_MLP } from "./examples";
import { summaryRows } from "./modelSummary";

describe("summaryRows", () => {
  it("summarises the bundled MNIST MLP like Keras would", () => {
    const analysis = MNIST_MLP.result.analysis;
    expect(MNIST_MLP.result.ok).toBe(true);
    expect(analysis).not.toBeNull();
    const rows = summaryRows(analysis!);
    expect(rows.map((r) => [r.id, r.shape, r.params])).toEqual([
      ["in", "[?, 784]", 0],
      ["hidden", "[?, 128]", 100_480],
      ["drop", "[?, 128]", 0],
      ["out", "[?, 10]", 1_290],
    ]);
    expect(rows[1]?.kindLabel?.zh).toBe("全连接层");
    expect(analysis!.totals.params).toBe(101_770);
  });

  it("keeps the description in both languages", () => {
    expect(MNIST_MLP.description?.en).toMatch(/multilayer perceptron/);
    expect(MNIST_MLP.description?.zh).toMatch(/多层感知机/);
  });
});
