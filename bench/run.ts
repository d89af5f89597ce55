/**
 * `npm run bench`: validate + infer and compile on a generated 1,000-node graph,
 * compile measured against a hand-written tfjs build of the same model in the
 * same run. Prints a table; timing targets are reported here, never asserted
 * in unit tests. The script is bundled with esbuild first, as the app's code
 * is for the browser (running it through tsx would time tsx's keepNames
 * wrappers too, about half again as slow).
 */
import * as tf from "@tensorflow/tfjs";
import { compileGraph, enableProductionMode } from "../src/compiler";
import { validateValue } from "../src/graph";
import { BLOCK_WIDTH, residualMlp } from "./graphs";

const VALIDATE_TARGET_MS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(runs: number, body: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The same residual MLP written directly against tfjs, as a user would by hand. */
function handWritten(blocks: number): tf.LayersModel {
  const input = tf.input({ shape: [BLOCK_WIDTH] });
  let x: tf.SymbolicTensor = input;
  for (let b = 0; b < blocks; b++) {
    const dense = tf.layers
      .dense({ units: BLOCK_WIDTH, activation: "relu" })
      .apply(x) as tf.SymbolicTensor;
    const norm = tf.layers.batchNormalization().apply(dense) as tf.SymbolicTensor;
    const drop = tf.layers.dropout({ rate: 0.1 }).apply(norm) as tf.SymbolicTensor;
    x = tf.layers.add().apply([x, drop]) as tf.SymbolicTensor;
  }
  const output = tf.layers
    .dense({ units: 10, activation: "softmax" })
    .apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output });
}

async function main(): Promise<void> {
  enableProductionMode();
  await tf.ready();
  const blocks = 250;
  const document = residualMlp(blocks);
  // Validation starts from parsed JSON, as when a file is opened or the canvas changes.
  const raw = JSON.parse(JSON.stringify(document));
  const check = validateValue(raw);
  if (!check.ok) throw new Error(`benchmark graph is invalid: ${check.diagnostics[0]?.message}`);

  time(5, () => validateValue(raw)); // warm up the JIT
  const validate = median(time(41, () => validateValue(raw)));

  const compileRuns = 5;
  const compile = median(
    time(compileRuns, () => {
      const result = compileGraph(document, { seed: 1 });
      if (!result.ok) throw new Error("compile failed");
      result.model.dispose();
    }),
  );
  const baseline = median(
    time(compileRuns, () => {
      handWritten(blocks).dispose();
    }),
  );

  const rows: [string, string, string][] = [
    ["graph", `${document.nodes.length} nodes, ${document.edges.length} edges`, ""],
    ["params", check.analysis!.totals.params.toLocaleString("en-US"), ""],
    [
      "validate + infer (median of 41)",
      `${validate.toFixed(2)} ms`,
      validate < VALIDATE_TARGET_MS
        ? `under the ${VALIDATE_TARGET_MS} ms target`
        : `OVER the ${VALIDATE_TARGET_MS} ms target`,
    ],
    [
      "compile, Neurograph (median of 5)",
      `${compile.toFixed(1)} ms`,
      "validate + infer + tfjs model",
    ],
    [
      "compile, hand-written tfjs (median of 5)",
      `${baseline.toFixed(1)} ms`,
      "same model, tf.layers directly",
    ],
    [
      "compile ratio, ours / hand-written",
      `${(compile / baseline).toFixed(2)}×`,
      "1.00× = no overhead",
    ],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(
    `\nNeurograph benchmark — tfjs ${tf.version.tfjs}, backend ${tf.getBackend()}, Node ${process.version}\n`,
  );
  for (const row of rows)
    console.log(`  ${row[0].padEnd(widths[0]!)}  ${row[1].padStart(widths[1]!)}  ${row[2]}`);
  console.log("");
}

await main();
