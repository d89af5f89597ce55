/** Presets are fixtures: every one loads, validates, infers and compiles, and agrees with tfjs. */
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { validateText } from "../graph";
import { compileGraph } from "./compile";
import { enableProductionMode } from "./environment";

const PRESETS = new URL("../../presets/", import.meta.url);
const files = readdirSync(PRESETS).filter((f) => f.endsWith(".json"));

/** Figures published elsewhere, checked against our inference. */
const KNOWN_COUNTS: Record<string, (nodeParams: (ids: string[]) => number) => [number, number]> = {
  "lenet-5.json": (p) => [p(["c1", "s2", "c3", "s4", "flat", "f5", "f6", "out"]), 61_706],
  "transformer-classifier.json": (p) => [
    p(["attention", "norm1", "ffn1", "ffn2", "norm2"]),
    10_656,
  ],
  "mnist-mlp.json": (p) => [p(["hidden", "out"]), 101_770],
};

beforeAll(() => enableProductionMode());

describe("presets", () => {
  it("exist", () => expect(files.length).toBeGreaterThanOrEqual(6));

  for (const file of files) {
    it(`${file} is valid, compiles, and matches tfjs's parameter count`, () => {
      const result = validateText(readFileSync(new URL(file, PRESETS), "utf8"));
      expect(result.diagnostics).toEqual([]);
      const document = result.document!;
      expect(
        typeof document.description === "object" &&
          document.description.en &&
          document.description.zh,
      ).toBeTruthy();
      const compiled = compileGraph(document, { seed: 1 });
      if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
      expect(compiled.analysis.totals.params).toBe(compiled.model.countParams());
      for (const id of compiled.analysis.order) {
        expect(compiled.analysis.nodes.get(id)!.outputShape, id).toEqual(
          compiled.model.getLayer(id).outputShape,
        );
      }
      const known = KNOWN_COUNTS[file];
      if (known) {
        const [ours, published] = known((ids) =>
          ids.reduce(
            (n, id) =>
              n +
              compiled.analysis.nodes.get(id)!.trainableParams +
              compiled.analysis.nodes.get(id)!.nonTrainableParams,
            0,
          ),
        );
        expect(ours).toBe(published);
      }
      compiled.model.dispose();
    });
  }
});
