/** Names in the generated module: Keras layer names, Python variables, the file name. */
import { describe, expect, it } from "vitest";
import { tfjsLayerNames } from "../../compiler/compile";
import { kerasLayerNames, moduleName, pythonIdentifier, pythonVariableNames } from "./names";
import { commentText, pyFloat, pyStr, pyTuple } from "./python";

const IDS = [
  "in",
  "hidden-1",
  "conv.2",
  "3rd",
  "tf",
  "model",
  "编码器",
  "a b",
  "__proto__",
  "x/y",
  "node_7",
  "class",
  "ok_name",
  "_private",
];

describe("Keras layer names", () => {
  it("are the node ids Keras accepts, and the compiler's tfjs names for the others", () => {
    const names = kerasLayerNames(IDS);
    expect(names).toEqual(tfjsLayerNames(IDS));
    expect(names.get("in")).toBe("in");
    expect(names.get("hidden-1")).toBe("hidden-1");
    expect(names.get("3rd")).toBe("3rd");
    expect(names.get("编码器")).toBe("node_6");
    expect(names.get("x/y")).toBe("node_9");
    expect(names.get("_private")).toBe("node_13");
  });

  it("stay unique when a fallback name is someone's id", () => {
    const names = kerasLayerNames(["a b", "node_0"]);
    expect(names.get("node_0")).toBe("node_0");
    expect(names.get("a b")).toBe("node_0_2");
  });
});

describe("Python variable names", () => {
  it("are identifiers that shadow no keyword, module or helper, and are unique", () => {
    const names = pythonVariableNames(IDS);
    expect(names.get("in")).toBe("in_");
    expect(names.get("hidden-1")).toBe("hidden_1");
    expect(names.get("conv.2")).toBe("conv_2");
    expect(names.get("3rd")).toBe("n_3rd");
    expect(names.get("tf")).toBe("tf_");
    expect(names.get("model")).toBe("model_");
    expect(names.get("class")).toBe("class_");
    expect(names.get("ok_name")).toBe("ok_name");
    expect(names.get("_private")).toBe("_private");
    expect(names.get("a b")).toBe("a_b");
    expect(names.get("x/y")).toBe("x_y");
    expect(names.get("编码器")).toBe("node");
    const all = [...names.values()];
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it("make way for ids that already are the name", () => {
    const names = pythonVariableNames(["a-b", "a_b", "in", "in_"]);
    expect(names.get("a_b")).toBe("a_b");
    expect(names.get("a-b")).toBe("a_b_2");
    expect(names.get("in_")).toBe("in_");
    expect(names.get("in")).toBe("in__2");
  });

  it("turn any text into an identifier", () => {
    expect(pythonIdentifier("")).toBe("node");
    expect(pythonIdentifier("--")).toBe("node");
    expect(pythonIdentifier("Café au lait")).toBe("Cafe_au_lait");
    expect(pythonIdentifier("None")).toBe("None_");
  });
});

describe("module names and Python literals", () => {
  it("name the file after the graph", () => {
    expect(moduleName("MNIST MLP")).toBe("mnist_mlp");
    expect(moduleName("LeNet-5")).toBe("lenet_5");
    expect(moduleName("3 layers")).toBe("model_3_layers");
    expect(moduleName("变分自编码器")).toBe("neurograph_model");
    expect(moduleName("x".repeat(100))).toHaveLength(60);
  });

  it("write literals Python reads back exactly", () => {
    expect(pyFloat(1)).toBe("1.0");
    expect(pyFloat(0.001)).toBe("0.001");
    expect(pyFloat(1e-7)).toBe("1e-07");
    expect(pyFloat(2.5e21)).toBe("2.5e+21");
    expect(pyTuple([784])).toBe("(784,)");
    expect(pyTuple([null, 16])).toBe("(None, 16)");
    expect(pyStr('a "quoted"\nline')).toBe('"a \\"quoted\\"\\nline"');
  });

  it("keep comments on one line whatever the user typed", () => {
    expect(commentText("two\nlines\r\tand\u2028more")).toBe("two lines and more");
    expect(commentText("lone \ud800 surrogate")).toBe("lone \ufffd surrogate");
  });
});
