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
import { LAYER_CASES, type LayerCase } from "../keras/testing/cases";
import {
  batchNormReference,
  type CaseResult,
  type PreparedCase,
  prepareCase,
  type Reference,
  runCases,
  summary,
} from "./testing/equivalence";
import { EXTRA_CASES, GRAPH_CASES } from "./testing/layerCases";
import { requireTorch } from "./testing/torchPython";

const TOLERANCE = 1e-4;

/** Batch norm over a non-last axis is checked against its definition (tfjs's cpu kernel is wrong there). */
function referenceOf(c: LayerCase): Reference | undefined {
  const axis = (c.params.axis as number | undefined) ?? -1;
  if (c.type !== "batchNormalization" || axis === -1 || axis === c.inputs[0]!.shape.length)
    return undefined;
  return batchNormReference(
    axis,
    (c.params.epsilon as number | undefined) ?? 1e-3,
    (c.params.scale as boolean | undefined) ?? true,
    (c.params.center as boolean | undefined) ?? true,
  );
}

const cases = [
  ...[...LAYER_CASES, ...EXTRA_CASES].map((c, i) => ({
    name: `${String(i).padStart(2, "0")} ${c.type} ${JSON.stringify(c.params)} ${JSON.stringify(c.inputs.map((x) => x.shape))}`,
    document: singleLayerDocument(c.type, c.params, c.inputs),
    // A Reshape of [null, 4] to [2, 2] fits one step only.
    unknownLength: c.type === "reshape" ? 1 : 5,
    reference: referenceOf(c),
  })),
  ...GRAPH_CASES.map((c) => ({
    name: `graph ${c.name}`,
    document: c.document,
    unknownLength: 5,
    reference: undefined,
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
      prepareCase(
        c.name,
        c.document,
        join(dir, `case${i}`),
        1000 + i,
        c.unknownLength,
        c.reference,
      ),
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
