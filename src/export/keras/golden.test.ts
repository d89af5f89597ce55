/**
 * Golden files: the exact modules of three presets, so any change to the
 * generated code is seen in review. To accept a deliberate change, run
 *   UPDATE_GOLDEN=1 npx vitest run src/export/keras/golden.test.ts
 * and read the diff of src/export/keras/golden/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateText } from "../../graph";
import { exportKeras } from "./exportKeras";

const GOLDEN = new URL("./golden/", import.meta.url);
const PRESETS = new URL("../../../presets/", import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const CASES = ["mnist-mlp", "lenet-5", "transformer-classifier"];

describe("golden Keras modules", () => {
  for (const name of CASES) {
    it(`${name}.json exports exactly golden/${name}.py`, () => {
      const document = validateText(readFileSync(new URL(`${name}.json`, PRESETS), "utf8"))
        .document!;
      const result = exportKeras(document);
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
      const text = (result.files.find((f) => f.path.endsWith(".py")) as { text: string }).text;
      const golden = new URL(`${name}.py`, GOLDEN);
      if (UPDATE) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(golden, text);
      }
      expect(existsSync(golden), `missing ${golden.pathname}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text).toBe(readFileSync(golden, "utf8"));
    });
  }
});
