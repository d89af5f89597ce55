/** The re-layouts behind the weight conversion, against hand-made examples. */
import { describe, expect, it } from "vitest";
import { torchNames } from "./names";
import { permute, reorderBlocks } from "./tensorLayout";

const range = (n: number) => Float32Array.from({ length: n }, (_, i) => i);

describe("tensor layouts", () => {
  it("transposes a matrix", () => {
    const t = permute({ shape: [2, 3], values: range(6) }, [1, 0]);
    expect(t.shape).toEqual([3, 2]);
    expect([...t.values]).toEqual([0, 3, 1, 4, 2, 5]);
  });

  it("turns an HWIO kernel into OIHW", () => {
    // [kh=1, kw=2, in=2, out=3]: value = kw * 6 + in * 3 + out.
    const t = permute({ shape: [1, 2, 2, 3], values: range(12) }, [3, 2, 0, 1]);
    expect(t.shape).toEqual([3, 2, 1, 2]);
    // weight[out][in][0][kw] = kw * 6 + in * 3 + out
    expect([...t.values]).toEqual([0, 6, 3, 9, 1, 7, 4, 10, 2, 8, 5, 11]);
  });

  it("puts the GRU's gate blocks z, r, h in PyTorch's order r, z, n", () => {
    const t = reorderBlocks({ shape: [6], values: range(6) }, 3, [1, 0, 2]);
    expect([...t.values]).toEqual([2, 3, 0, 1, 4, 5]);
  });
});

describe("module attribute names", () => {
  it("keep good ids and rename what would shadow nn.Module or the module's names", () => {
    const names = torchNames([
      "hidden",
      "train",
      "training",
      "hidden-1",
      "2nd",
      "F",
      "_x",
      "torch",
    ]);
    expect([...names.values()]).toEqual([
      "hidden",
      "train_",
      "training_",
      "hidden_1",
      "n_2nd",
      "F_",
      "x",
      "torch_",
    ]);
    expect(new Set(names.values()).size).toBe(names.size);
  });
});
