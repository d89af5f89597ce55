import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { descriptionText, PRESETS, presetById } from "./presets";

describe("presets", () => {
  it("bundles every file in presets/, simplest first", () => {
    const files = readdirSync(new URL("../../../presets/", import.meta.url)).filter((f) =>
      f.endsWith(".json"),
    );
    expect(PRESETS.map((p) => `${p.id}.json`).sort()).toEqual(files.sort());
    const sizes = PRESETS.map((p) => p.document.nodes.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    const at = (id: string) => PRESETS.findIndex((p) => p.id === id);
    expect(at("mnist-mlp")).toBeLessThan(at("lenet-5"));
  });

  it("gives descriptions in both languages", () => {
    const mnist = presetById("mnist-mlp")!.document;
    expect(descriptionText(mnist, "en")).toMatch(/multilayer perceptron/);
    expect(descriptionText(mnist, "zh")).toMatch(/多层感知机/);
    for (const p of PRESETS) expect(descriptionText(p.document, "zh")).not.toBe("");
  });

  it("falls back when a description has one language or none", () => {
    const base = presetById("mnist-mlp")!.document;
    expect(descriptionText({ ...base, description: "plain" }, "zh")).toBe("plain");
    expect(descriptionText({ ...base, description: { en: "only English" } }, "zh")).toBe(
      "only English",
    );
    expect(descriptionText({ ...base, description: undefined }, "en")).toBe("");
  });
});
