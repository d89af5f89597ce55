/**
 * Training throughput in Node (samples per second), for an MLP, a small CNN
 * and an LSTM:
 * - our engine (compiled graph + Trainer) against the same architecture
 *   written by hand with tf.layers and trained with model.fit — same backend,
 *   same data, same batch size, in the same process, rounds alternating so
 *   that drift (thermal, other processes) falls on both equally;
 * - the backend `auto` picks against every backend Node offers;
 * - the live view (activations + histograms) on against off.
 * Each round is one short epoch; the first round of each side is a warm-up.
 * The machines here are shared and noisy (the same epoch's time varies by a
 * third from one round to the next), so ratios are the median over many
 * rounds of paired epochs rather than a ratio of totals.
 */
import * as tf from "@tensorflow/tfjs";
import { compileGraph } from "../src/compiler";
import type { GraphDocument } from "../src/graph";
import type { BackendName, TrainingSetup } from "../src/graph/training/setup";
import { trainingSetupSchema } from "../src/graph/training/setup";
import { chainDocument } from "../src/testing/documents";
import { chooseBackend } from "../src/training/backend/chooseBackend";
import { timeTrainingSteps, trialTrainingStep } from "../src/training/backend/trialStep";
import type { LoadedDataset } from "../src/training/datasets/types";
import { Trainer } from "../src/training/engine/trainer";
import { nodeBackends } from "../src/training/node/backends";
import type { LiveOptions } from "../src/training/protocol";
import { digitLikeDataset, randomClassification } from "../src/training/testFixtures";

export interface Workload {
  readonly name: string;
  readonly document: GraphDocument;
  /** The same network written directly against tf.layers. */
  readonly handWritten: () => tf.LayersModel;
  readonly dataset: LoadedDataset;
  readonly batchSize: number;
  /** The backend of the ours-vs-fit comparison. */
  readonly backend: BackendName;
  /** Timed rounds per side (after one warm-up round each). */
  readonly rounds: number;
  /** Samples per round when comparing backends (the slow ones would take minutes on the whole set). */
  readonly backendSamples: number;
}

export interface ThroughputFigures {
  readonly workload: string;
  readonly backend: BackendName;
  readonly batchSize: number;
  readonly batchesTimed: number;
  readonly oursSamplesPerSecond: number;
  readonly fitSamplesPerSecond: number;
  /** ours / fit, the median over rounds of paired epochs: target ≥ 0.97. */
  readonly ratio: number;
}

export interface BackendFigures {
  readonly workload: string;
  readonly auto: BackendName;
  /** Samples per second of our engine on each backend Node offers; null when it cannot train the graph. */
  readonly perBackend: Readonly<Record<string, number | null>>;
  /** auto's throughput / the best backend's: target ≥ 0.9. */
  readonly ratio: number;
}

export interface LiveFigures {
  readonly workload: string;
  readonly backend: BackendName;
  readonly offSamplesPerSecond: number;
  readonly onSamplesPerSecond: number;
  /** on / off, the median over rounds of paired epochs: target ≥ 0.90. */
  readonly ratio: number;
}

const SEED = 7;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The median: one round disturbed by another process does not move it. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function switchBackend(backend: BackendName): Promise<void> {
  if (!(await nodeBackends().activate(backend)))
    throw new Error(`the ${backend} backend does not start`);
}

function setupFor(workload: Workload, epochs = 1): TrainingSetup {
  return trainingSetupSchema.parse({
    loss: "sparseCategoricalCrossentropy",
    optimizer: { type: "adam", learningRate: 0.001 },
    batchSize: workload.batchSize,
    epochs,
    validationSplit: 0,
    seed: SEED,
    metrics: ["accuracy"],
  });
}

function compile(workload: Workload): tf.LayersModel {
  const compiled = compileGraph(workload.document, { seed: SEED });
  if (!compiled.ok) throw new Error(`${workload.name} does not compile`);
  return compiled.model;
}

/** One epoch of our engine on `model`; seconds of wall time. */
async function oursEpoch(
  workload: Workload,
  model: tf.LayersModel,
  live?: LiveOptions,
): Promise<number> {
  const trainer = new Trainer({
    model,
    dataset: workload.dataset,
    setup: setupFor(workload),
    ...(live ? { live } : {}),
  });
  const start = performance.now();
  const outcome = await trainer.run();
  const seconds = (performance.now() - start) / 1000;
  if (outcome.status !== "finished")
    throw new Error(`${workload.name}: ${outcome.failure?.text.en}`);
  return seconds;
}

interface FitData {
  readonly x: tf.Tensor;
  readonly y: tf.Tensor;
}

function fitData(workload: Workload): FitData {
  const { train, shapes } = workload.dataset;
  return {
    x: tf.tensor(train.features, [train.count, ...shapes.inputShape]),
    y: tf.tensor(train.labels, [train.count]),
  };
}

/** One epoch of model.fit with the same loss, optimizer, metric, batch size and shuffling. */
async function fitEpoch(workload: Workload, model: tf.LayersModel, data: FitData): Promise<number> {
  const start = performance.now();
  await model.fit(data.x, data.y, {
    epochs: 1,
    batchSize: workload.batchSize,
    shuffle: true,
    verbose: 0,
  });
  return (performance.now() - start) / 1000;
}

export async function oursVersusFit(workload: Workload): Promise<ThroughputFigures> {
  await switchBackend(workload.backend);
  const ours = compile(workload);
  const baseline = workload.handWritten();
  baseline.compile({
    optimizer: tf.train.adam(0.001),
    loss: "sparseCategoricalCrossentropy",
    metrics: ["accuracy"],
  });
  const data = fitData(workload);
  await oursEpoch(workload, ours);
  await fitEpoch(workload, baseline, data);
  const pairs: [ours: number, fit: number][] = [];
  for (let round = 0; round < workload.rounds; round++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    if (round % 2 === 0) {
      const o = await oursEpoch(workload, ours);
      pairs.push([o, await fitEpoch(workload, baseline, data)]);
    } else {
      const f = await fitEpoch(workload, baseline, data);
      pairs.push([await oursEpoch(workload, ours), f]);
    }
  }
  ours.dispose();
  baseline.dispose();
  tf.dispose([data.x, data.y]);
  const samples = workload.rounds * workload.dataset.train.count;
  return {
    workload: workload.name,
    backend: workload.backend,
    batchSize: workload.batchSize,
    batchesTimed: workload.rounds * Math.ceil(workload.dataset.train.count / workload.batchSize),
    oursSamplesPerSecond: samples / sum(pairs.map(([o]) => o)),
    fitSamplesPerSecond: samples / sum(pairs.map(([, f]) => f)),
    ratio: median(pairs.map(([o, f]) => f / o)),
  };
}

/** The workload on its first `count` samples. */
function smaller(workload: Workload, count: number): Workload {
  const { train } = workload.dataset;
  const n = Math.min(count, train.count);
  const featureSize = train.features.length / train.count;
  const labelSize = train.labels.length / train.count;
  return {
    ...workload,
    dataset: {
      ...workload.dataset,
      train: {
        features: train.features.subarray(0, n * featureSize),
        labels: train.labels.subarray(0, n * labelSize),
        count: n,
      },
    },
  };
}

const BACKEND_ROUNDS = 2;

/** Our engine's throughput on one backend, or null when the graph cannot train there. */
async function engineThroughput(workload: Workload, backend: BackendName): Promise<number | null> {
  const environment = nodeBackends();
  if (!(await environment.activate(backend))) return null;
  try {
    trialTrainingStep(workload.document, setupFor(workload), workload.dataset);
  } catch {
    return null;
  }
  const model = compile(workload);
  try {
    await oursEpoch(workload, model);
    let seconds = 0;
    for (let round = 0; round < BACKEND_ROUNDS; round++)
      seconds += await oursEpoch(workload, model);
    return (BACKEND_ROUNDS * workload.dataset.train.count) / seconds;
  } finally {
    model.dispose();
  }
}

export async function autoVersusEach(whole: Workload): Promise<BackendFigures> {
  const workload = smaller(whole, whole.backendSamples);
  const environment = nodeBackends();
  const setup = setupFor(workload);
  const selection = await chooseBackend(
    "auto",
    environment,
    () => trialTrainingStep(workload.document, setup, workload.dataset),
    () => timeTrainingSteps(workload.document, setup, workload.dataset),
  );
  const perBackend: Record<string, number | null> = {};
  for (const backend of environment.available)
    perBackend[backend] = await engineThroughput(workload, backend);
  const best = Math.max(...Object.values(perBackend).map((v) => v ?? 0));
  return {
    workload: workload.name,
    auto: selection.backend,
    perBackend,
    ratio: (perBackend[selection.backend] ?? 0) / best,
  };
}

export async function liveOnVersusOff(
  workload: Workload,
  backend: BackendName,
): Promise<LiveFigures> {
  await switchBackend(backend);
  const model = compile(workload);
  const on: LiveOptions = { activations: true, histograms: true, probeIndex: 0 };
  await oursEpoch(workload, model);
  await oursEpoch(workload, model, on);
  const pairs: [off: number, on: number][] = [];
  for (let round = 0; round < workload.rounds; round++) {
    if (round % 2 === 0) {
      const off = await oursEpoch(workload, model);
      pairs.push([off, await oursEpoch(workload, model, on)]);
    } else {
      const live = await oursEpoch(workload, model, on);
      pairs.push([await oursEpoch(workload, model), live]);
    }
  }
  model.dispose();
  const samples = workload.rounds * workload.dataset.train.count;
  return {
    workload: workload.name,
    backend,
    offSamplesPerSecond: samples / sum(pairs.map(([off]) => off)),
    onSamplesPerSecond: samples / sum(pairs.map(([, on]) => on)),
    ratio: median(pairs.map(([off, on]) => off / on)),
  };
}

// ─── the three workloads ─────────────────────────────────────────────────

function sequential(layers: tf.layers.Layer[]): tf.LayersModel {
  const model = tf.sequential();
  for (const layer of layers) model.add(layer);
  return model;
}

export function mlpWorkload(): Workload {
  return {
    name: "MLP 784-128-10",
    document: chainDocument(
      [784],
      [
        ["dense", { units: 128, activation: "relu" }],
        ["dense", { units: 10, activation: "softmax" }],
      ],
    ),
    handWritten: () =>
      sequential([
        tf.layers.dense({ inputShape: [784], units: 128, activation: "relu" }),
        tf.layers.dense({ units: 10, activation: "softmax" }),
      ]),
    dataset: digitLikeDataset(2048, 1),
    batchSize: 64,
    backend: "wasm",
    rounds: 15,
    backendSamples: 1024,
  };
}

/** Kept small: the cpu backend, raced against wasm, trains convolutions at a few dozen samples a second. */
export function cnnWorkload(): Workload {
  return {
    name: "CNN conv3×8-pool-conv3×8-pool-10 on 16×16",
    document: chainDocument(
      [16, 16, 1],
      [
        ["conv2d", { filters: 8, kernelSize: [3, 3], activation: "relu" }],
        ["maxPooling2d", { poolSize: [2, 2] }],
        ["conv2d", { filters: 8, kernelSize: [3, 3], activation: "relu" }],
        ["maxPooling2d", { poolSize: [2, 2] }],
        ["flatten", {}],
        ["dense", { units: 10, activation: "softmax" }],
      ],
    ),
    handWritten: () =>
      sequential([
        tf.layers.conv2d({
          inputShape: [16, 16, 1],
          filters: 8,
          kernelSize: 3,
          activation: "relu",
        }),
        tf.layers.maxPooling2d({ poolSize: 2 }),
        tf.layers.conv2d({ filters: 8, kernelSize: 3, activation: "relu" }),
        tf.layers.maxPooling2d({ poolSize: 2 }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 10, activation: "softmax" }),
      ]),
    dataset: digitLikeDataset(128, 2, [16, 16, 1]),
    batchSize: 32,
    backend: "wasm",
    rounds: 25,
    backendSamples: 128,
  };
}

export function lstmWorkload(): Workload {
  return {
    name: "LSTM(32) on 20×16 sequences",
    document: chainDocument(
      [20, 16],
      [
        ["lstm", { units: 32 }],
        ["dense", { units: 4, activation: "softmax" }],
      ],
    ),
    handWritten: () =>
      sequential([
        tf.layers.lstm({ inputShape: [20, 16], units: 32 }),
        tf.layers.dense({ units: 4, activation: "softmax" }),
      ]),
    dataset: randomClassification([20, 16], 4, 512, 3),
    batchSize: 64,
    backend: "wasm",
    rounds: 15,
    backendSamples: 512,
  };
}

// ─── the report ──────────────────────────────────────────────────────────

type Row = readonly [measure: string, value: string, note: string];

export interface TrainingFigures {
  readonly oursVersusFit: readonly ThroughputFigures[];
  readonly autoVersusEach: readonly BackendFigures[];
  readonly liveOnVersusOff: readonly LiveFigures[];
}

const rate = (samplesPerSecond: number | null) =>
  samplesPerSecond === null
    ? "cannot train"
    : `${Math.round(samplesPerSecond).toLocaleString("en-US")}/s`;
const verdict = (ok: boolean, target: string) => `${ok ? "meets" : "MISSES"} ${target}`;

export async function measureTraining(): Promise<{ rows: Row[]; figures: TrainingFigures }> {
  const workloads = [mlpWorkload(), cnnWorkload(), lstmWorkload()];
  const versusFit: ThroughputFigures[] = [];
  for (const w of workloads) versusFit.push(await oursVersusFit(w));
  const versusBackends: BackendFigures[] = [];
  for (const w of workloads) versusBackends.push(await autoVersusEach(w));
  const live = [
    await liveOnVersusOff(mlpWorkload(), "wasm"),
    await liveOnVersusOff(cnnWorkload(), "wasm"),
  ];
  const rows: Row[] = [];
  for (const f of versusFit)
    rows.push([
      `${f.workload}, ours vs model.fit (${f.backend}, batch ${f.batchSize})`,
      `${f.ratio.toFixed(3)}×`,
      `${rate(f.oursSamplesPerSecond)} vs ${rate(f.fitSamplesPerSecond)}, ${f.batchesTimed} batches each; ${verdict(f.ratio >= 0.97, "≥ 0.97")}`,
    ]);
  for (const f of versusBackends)
    rows.push([
      `${f.workload}, auto (${f.auto}) vs best backend`,
      `${f.ratio.toFixed(3)}×`,
      `${Object.entries(f.perBackend)
        .map(([b, v]) => `${b} ${rate(v)}`)
        .join(", ")}; ${verdict(f.ratio >= 0.9, "≥ 0.9")}`,
    ]);
  for (const f of live)
    rows.push([
      `${f.workload}, live view on vs off (${f.backend})`,
      `${f.ratio.toFixed(3)}×`,
      `${rate(f.onSamplesPerSecond)} vs ${rate(f.offSamplesPerSecond)}; ${verdict(f.ratio >= 0.9, "≥ 0.90")}`,
    ]);
  return {
    rows,
    figures: { oursVersusFit: versusFit, autoVersusEach: versusBackends, liveOnVersusOff: live },
  };
}
