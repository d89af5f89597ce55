/**
 * Every preset through the PyTorch export (the folder is enumerated, so new
 * presets are covered): the module compiles with Debian's Python
 * (py_compile) or the export is refused with a diagnostic naming the nodes;
 * and every exported preset, with seeded random weights, predicts what the
 * tfjs model predicts on 32 random inputs within 1e-4 (one Python process for
 * all of them). Fails, never skips, when PyTorch is missing.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../compiler";
import { type GraphDocument, readTrainingSetup, validateText } from "../../graph";
import { LINE_WIDTH } from "../keras/python";
import { pyCompile } from "../keras/testing/python";
import { exportPytorch } from "./exportPytorch";
import {
  type CaseResult,
  type PreparedCase,
  prepareCase,
  runCases,
  summary,
} from "./testing/equivalence";
import { requireTorch } from "./testing/torchPython";

const PRESETS = new URL("../../../presets/", import.meta.url);
const files = readdirSync(PRESETS)
  .filter((f) => f.endsWith(".json"))
  .sort();

function load(file: string): GraphDocument {
  const result = validateText(readFileSync(new URL(file, PRESETS), "utf8"));
  if (!result.document) throw new Error(`${file} does not load`);
  return result.document;
}

/**
 * Presets the export refuses, with the code and the nodes it must name: the
 * word2vec recipe, naming its Embedding. Every other preset must export.
 */
const REFUSED: Readonly<Record<string, { code: string; nodes: string[] }>> = Object.fromEntries(
  files.flatMap((file) => {
    const document = load(file);
    if (readTrainingSetup(document.training).setup.recipe !== "word2vec") return [];
    const nodes = document.nodes.filter((n) => n.type === "embedding").map((n) => n.id);
    return [[file, { code: "PX201", nodes }]];
  }),
);

describe("PyTorch export of every preset", () => {
  const sources = new Map<string, string>();

  it("finds the presets", () => expect(files.length).toBeGreaterThanOrEqual(17));

  for (const file of files) {
    const refused = REFUSED[file];
    it(`${file} ${refused ? `is refused with ${refused.code}` : "exports a formatted module"}`, () => {
      const document = load(file);
      const result = exportPytorch(document);
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
      expect(text.split("\n")[0]).toBe(`# ${document.name}`);
      expect(text).toContain("class ");
      expect(text).toContain("(nn.Module):");
      // The data loaders are the Keras export's, checked there; the rest is this export's.
      const own = text.replace(/\n# -+\n# Data:[\s\S]*?\n# -+\n# Running/, "\n# Running");
      for (const line of own.split("\n")) {
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

describe("PyTorch export of every preset predicts as tfjs does", () => {
  const exported = files.filter((f) => !REFUSED[f]);
  let results: Record<string, CaseResult> = {};

  beforeAll(async () => {
    requireTorch();
    enableProductionMode();
    await tf.setBackend("cpu");
    const dir = mkdtempSync(join(tmpdir(), "pytorch-presets-"));
    const prepared: PreparedCase[] = exported.map((file, i) =>
      prepareCase(file, load(file), join(dir, `preset${i}`), 7000 + i),
    );
    results = await runCases(prepared, dir);
    console.info(summary(results));
  }, 240_000);

  for (const file of exported)
    it(`${file}: max |tfjs - PyTorch| <= 1e-4 on 32 inputs`, () => {
      const result = results[file];
      expect(result, "no result from Python").toBeDefined();
      expect(result!.error).toBeUndefined();
      for (const diff of result!.diffs!) expect(diff).toBeLessThanOrEqual(1e-4);
    });
});
