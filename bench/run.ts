/**
 * `npm run bench`: the speed figures the issues ask for, measured in one run
 * and printed as a table. Timing targets are reported here, never asserted in
 * unit tests. The script is bundled with esbuild first, as the app's code is
 * for the browser (tsx's keepNames wrappers would be timed too otherwise);
 * the editor figures come from real Chromium against the production build.
 */
import { mkdir, writeFile } from "node:fs/promises";
import * as tf from "@tensorflow/tfjs";
import { compileGraph, enableProductionMode } from "../src/compiler";
import { inferShapes, setParam, validateValue } from "../src/graph";
import { measureEditor } from "./editorBrowser";
import { BLOCK_WIDTH, residualMlp } from "./graphs";
import { measureTraining } from "./training";
import { type BrowserTrainingFigures, measureBrowserTraining } from "./trainingBrowser";

type Row = readonly [measure: string, value: string, note: string];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(runs: number, body: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

const verdict = (ok: boolean, target: string) => `${ok ? "meets" : "MISSES"} ${target}`;

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

function graphCore(): Row[] {
  const blocks = 250;
  const document = residualMlp(blocks);
  const raw = JSON.parse(JSON.stringify(document));
  const check = validateValue(raw);
  if (!check.ok) throw new Error(`benchmark graph is invalid: ${check.diagnostics[0]?.message}`);
  time(5, () => validateValue(raw));
  const validate = median(time(41, () => validateValue(raw)));
  const compile = median(
    time(5, () => {
      const result = compileGraph(document, { seed: 1 });
      if (!result.ok) throw new Error("compile failed");
      result.model.dispose();
    }),
  );
  const baseline = median(time(5, () => handWritten(blocks).dispose()));
  return [
    [
      "graph",
      `${document.nodes.length} nodes, ${document.edges.length} edges`,
      `${check.analysis!.totals.params.toLocaleString("en-US")} params`,
    ],
    [
      "validate + infer (median of 41)",
      `${validate.toFixed(2)} ms`,
      verdict(validate < 20, "< 20 ms"),
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
}

function paramEdit(): Row[] {
  const document = residualMlp(125);
  let doc = document;
  time(5, (i) => inferShapes(setParam(doc, "dense0", "units", BLOCK_WIDTH + (i % 2))));
  const samples = time(41, (i) => {
    doc = setParam(document, "dense60", "units", BLOCK_WIDTH + 1 + (i % 3));
    inferShapes(doc);
  });
  const ms = median(samples);
  return [
    ["graph", `${document.nodes.length} nodes`, ""],
    [
      "one param edit + re-infer every shape (median of 41)",
      `${ms.toFixed(2)} ms`,
      verdict(ms < 16, "< 16 ms (one frame)"),
    ],
  ];
}

async function editor(): Promise<Row[]> {
  const graph = residualMlp(125);
  const f = await measureEditor(graph);
  return [
    [
      "graph",
      `${graph.nodes.length} nodes, opened through a share link`,
      "production build, Chromium",
    ],
    [
      "open: navigation → first view on screen (median of 3)",
      `${f.openMs.toFixed(0)} ms`,
      verdict(f.openMs < 1000, "< 1 s"),
    ],
    [
      "open: navigation → every node on the canvas",
      `${f.allNodesMs.toFixed(0)} ms`,
      "after the first view the rest arrives in batches of 100",
    ],
    [
      "panning, median frame rate",
      `${f.panFps.toFixed(0)} fps`,
      verdict(f.panFps >= 30, "≥ 30 fps"),
    ],
    [
      "zooming, median frame rate",
      `${f.zoomFps.toFixed(0)} fps`,
      verdict(f.zoomFps >= 30, "≥ 30 fps"),
    ],
    [
      "dragging a node, median frame rate",
      `${f.dragFps.toFixed(0)} fps`,
      verdict(f.dragFps >= 30, "≥ 30 fps"),
    ],
    [
      "param edit in the inspector → canvas updated (median of 5)",
      Number.isNaN(f.editRoundTripMs) ? "n/a" : `${f.editRoundTripMs.toFixed(1)} ms`,
      "input event to first frame showing the new shape",
    ],
  ];
}

/** Training throughput, printed and saved to bench/results/training.json. */
async function training(): Promise<void> {
  const { rows, figures } = await measureTraining();
  print("Training throughput (Node, samples per second)", rows);
  const results = new URL("../../../bench/results/", import.meta.url);
  await mkdir(results, { recursive: true });
  const report = {
    measuredAt: new Date().toISOString(),
    tfjs: tf.version.tfjs,
    node: process.version,
    ...figures,
  };
  await writeFile(new URL("training.json", results), `${JSON.stringify(report, null, 2)}\n`);
}

/** Training in Chromium through the app: backends, live views on/off, frame rate; saved to bench/results/training-browser.json. */
async function browserTraining(): Promise<void> {
  const f = await measureBrowserTraining();
  print("Training in Chromium (production build, real worker, MNIST)", browserTrainingRows(f));
  const results = new URL("../../../bench/results/", import.meta.url);
  await mkdir(results, { recursive: true });
  const report = { measuredAt: new Date().toISOString(), ...f };
  await writeFile(
    new URL("training-browser.json", results),
    `${JSON.stringify(report, null, 2)}\n`,
  );
}

function browserTrainingRows(f: BrowserTrainingFigures): Row[] {
  const rows: Row[] = [];
  for (const model of [...new Set(f.backends.map((b) => b.model))]) {
    const mine = f.backends.filter((b) => b.model === model);
    const best = Math.max(...mine.map((b) => b.samplesPerSecond));
    for (const b of mine) {
      const ran = b.ran === b.requested ? "" : ` (ran on ${b.ran})`;
      rows.push([
        `${model}: ${b.requested}${ran}`,
        `${b.samplesPerSecond.toFixed(0)} samples/s`,
        b.requested === "auto"
          ? verdict(best > 0 && b.samplesPerSecond / best >= 0.9, "≥ 0.9 of the best") +
            ` (${(b.samplesPerSecond / best).toFixed(2)})`
          : "",
      ]);
    }
  }
  const liveRatio = f.liveOnSamplesPerSecond / f.liveOffSamplesPerSecond;
  rows.push([
    "CNN, live charts + feature maps on / off (median of 2 each)",
    `${liveRatio.toFixed(2)}×`,
    `${verdict(liveRatio >= 0.9, "≥ 0.90")} (${f.liveOnSamplesPerSecond.toFixed(0)} vs ${f.liveOffSamplesPerSecond.toFixed(0)} samples/s)`,
  ]);
  rows.push([
    "main thread while a CNN trains, median frame rate",
    `${f.trainingFps.toFixed(0)} fps`,
    verdict(f.trainingFps >= 50, "≥ 50 fps"),
  ]);
  return rows;
}

function print(title: string, rows: readonly Row[]): void {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\n${title}`);
  for (const row of rows)
    console.log(`  ${row[0].padEnd(widths[0]!)}  ${row[1].padStart(widths[1]!)}  ${row[2]}`);
}

async function main(): Promise<void> {
  enableProductionMode();
  await tf.ready();
  console.log(
    `Neurograph benchmark — tfjs ${tf.version.tfjs} (${tf.getBackend()} backend), Node ${process.version}, bundled code`,
  );
  // `--only=training` (or graph, edit, editor, browser-training) runs one section.
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  const wanted = (section: string) => only === undefined || only === section;
  if (wanted("graph")) print("Graph core (Node)", graphCore());
  if (wanted("edit")) print("Editing a 500-node graph (Node)", paramEdit());
  if (wanted("training")) await training();
  if (process.argv.includes("--no-browser")) return;
  if (wanted("editor")) print("Editor in Chromium", await editor());
  if (wanted("browser-training")) await browserTraining();
  console.log("");
}

await main();
