/**
 * Every preset through the Keras export: it succeeds and the module compiles
 * with Debian's Python — or, for the word2vec recipe, which the export does
 * not write out, it is refused with a diagnostic naming the Embedding. No
 * preset is skipped: a new preset must appear in one of the two lists.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateText } from "../../graph";
import { exportKeras } from "./exportKeras";
import { kerasLayerNames } from "./names";
import { LINE_WIDTH, pyStr } from "./python";
import { pyCompile } from "./testing/python";

const PRESETS = new URL("../../../presets/", import.meta.url);
const files = readdirSync(PRESETS)
  .filter((f) => f.endsWith(".json"))
  .sort();

/** Presets the export refuses, with the code and the nodes it must name. */
const REFUSED: Readonly<Record<string, { code: string; nodes: string[] }>> = {
  "word2vec-kjv.json": { code: "KX201", nodes: ["vectors"] },
  "word2vec-planted.json": { code: "KX201", nodes: ["vectors"] },
  "word2vec-planted-cbow.json": { code: "KX201", nodes: ["vectors"] },
};

function load(file: string) {
  const result = validateText(readFileSync(new URL(file, PRESETS), "utf8"));
  if (!result.document) throw new Error(`${file} does not load`);
  return result.document;
}

describe("Keras export of every preset", () => {
  const sources = new Map<string, string>();

  it("finds the presets", () => expect(files.length).toBeGreaterThanOrEqual(17));

  for (const file of files) {
    const refused = REFUSED[file];
    it(`${file} ${refused ? `is refused with ${refused.code}` : "exports"}`, () => {
      const document = load(file);
      const result = exportKeras(document);
      if (refused) {
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.diagnostics.map((d) => d.code)).toEqual([refused.code]);
        expect(result.diagnostics[0]!.nodeIds).toEqual(refused.nodes);
        for (const node of refused.nodes) expect(result.diagnostics[0]!.message).toContain(node);
        return;
      }
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
      const python = result.files.filter((f) => f.path.endsWith(".py"));
      expect(python).toHaveLength(1);
      const text = (python[0] as { text: string }).text;
      // The header names the graph and says how to run the module.
      expect(text.split("\n")[0]).toBe(`# ${document.name}`);
      expect(text).toMatch(
        new RegExp(`python ${python[0]!.path}( --data PATH)? --distribute mirrored`),
      );
      expect(text).toContain("with strategy.scope():");
      // Every layer is named after its node.
      for (const [id, name] of kerasLayerNames(document.nodes.map((n) => n.id)))
        expect(text, id).toMatch(new RegExp(`name=${pyStr(name)},?\\s*\\)`));
      // Formatted: no line beyond the width, no trailing spaces, no tabs.
      for (const line of text.split("\n")) {
        expect(line.length, line).toBeLessThanOrEqual(LINE_WIDTH);
        expect(line, line).not.toMatch(/\s$|\t/);
      }
      sources.set(`${file.replace(/\W/g, "_")}.py`, text);
    });
  }

  it("every exported module compiles with /usr/bin/python3 -m py_compile", () => {
    expect(sources.size).toBe(files.length - Object.keys(REFUSED).length);
    const compiled = pyCompile(sources);
    expect(compiled.output).toBe("");
    expect(compiled.ok).toBe(true);
  });
});
