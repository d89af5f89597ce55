import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { descriptionText, PRESETS, presetById } from "./presets";

describe("presets", () => {
  it("bundles every file in presets/, simplest first", () => {
    const files = readdirSync(new URL("../../../presets/", import.meta.url)).filter((f) =>
      f.endsWith(".json"),
    );
    expect(PRESETS.map((p) => `${p.id}.json`).sort()).toEqual(files.sort());
    // Perceptrons, then other supervised networks, then the other recipes; each part simplest first.
    const isMlp = (p: (typeof PRESETS)[number]) =>
      p.document.nodes.every((n) => ["input", "dense", "activation", "dropout"].includes(n.type));
    const isSupervised = (p: (typeof PRESETS)[number]) => !("recipe" in p.document.training);
    const parts = [
      PRESETS.filter((p) => isSupervised(p) && isMlp(p)),
      PRESETS.filter((p) => isSupervised(p) && !isMlp(p)),
      PRESETS.filter((p) => !isSupervised(p)),
    ];
    expect(parts.flat()).toEqual(PRESETS);
    for (const part of parts) {
      const sizes = part.map((p) => p.document.nodes.length);
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    }
    expect(PRESETS[0]!.id).toBe("mnist-mlp");
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
