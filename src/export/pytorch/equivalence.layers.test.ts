/**
 * Every layer kind, in one or more configurations (the Keras export's table
 * plus the cases where PyTorch's defaults differ most), and small multi-layer
 * graphs: the exported PyTorch module with the exported weights predicts what
 * the tfjs model predicts on 32 random inputs, within 1e-4. One Python
 * process runs every case. Fails (never skips) when PyTorch is missing.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../compiler";
import { singleLayerDocument } from "../../testing/documents";
import { LAYER_CASES } from "../keras/testing/cases";
import {
  type CaseResult,
  type PreparedCase,
  prepareCase,
  runCases,
  summary,
} from "./testing/equivalence";
import { EXTRA_CASES, GRAPH_CASES } from "./testing/layerCases";
import { requireTorch } from "./testing/torchPython";

const TOLERANCE = 1e-4;

const cases = [
  ...[...LAYER_CASES, ...EXTRA_CASES].map((c, i) => ({
    name: `${String(i).padStart(2, "0")} ${c.type} ${JSON.stringify(c.params)} ${JSON.stringify(c.inputs.map((x) => x.shape))}`,
    document: singleLayerDocument(c.type, c.params, c.inputs),
    // A Reshape of [null, 4] to [2, 2] fits one step only.
    unknownLength: c.type === "reshape" ? 1 : 5,
  })),
  ...GRAPH_CASES.map((c) => ({
    name: `graph ${c.name}`,
    document: c.document,
    unknownLength: 5,
  })),
];

describe("PyTorch export: layer kinds and small graphs predict as tfjs does", () => {
  let results: Record<string, CaseResult> = {};

  beforeAll(async () => {
    requireTorch();
    enableProductionMode();
    await tf.setBackend("cpu");
    const dir = mkdtempSync(join(tmpdir(), "pytorch-equivalence-"));
    const prepared: PreparedCase[] = cases.map((c, i) =>
      prepareCase(c.name, c.document, join(dir, `case${i}`), 1000 + i, c.unknownLength),
    );
    results = await runCases(prepared, dir);
    console.info(summary(results));
  }, 240_000);

  for (const c of cases)
    it(c.name, () => {
      const result = results[c.name];
      expect(result, "no result from Python").toBeDefined();
      expect(result!.error).toBeUndefined();
      for (const diff of result!.diffs!) expect(diff).toBeLessThanOrEqual(TOLERANCE);
    });
});
