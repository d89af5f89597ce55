import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type GraphDocument, loadDocument } from "../../graph";
import { readTrainingSetup } from "../../graph/training/setup";
import type { BatchPoint, EpochPoint } from "../../training/protocol";
import { addBatches, MAX_BATCH_SAMPLES } from "./batchCurve";
import { hasAccuracy, trainingPoints, validationPoints } from "./compareCurves";
import { bestRows, resultRow, resultsCsv, resultsJson, visibleMetrics } from "./compareResults";
import { type CompareRun, concurrencyFor } from "./compareRuns";
import { comparedSetup, sharedTraining, withSharedTraining } from "./compareSetup";
import { compareText } from "./compareText";
import { variantBase, variantName } from "./variantName";

const preset = (name: string): GraphDocument => {
  const raw = JSON.parse(
    readFileSync(new URL(`../../../presets/${name}.json`, import.meta.url), "utf8"),
  );
  const { document } = loadDocument(raw);
  if (!document) throw new Error(`${name} does not load`);
  return document;
};

const withUnits = (document: GraphDocument, units: number, name: string): GraphDocument => ({
  ...document,
  name,
  nodes: document.nodes.map((n) =>
    n.id === "hidden" ? { ...n, params: { ...n.params, units } } : n,
  ),
});

const epoch = (e: number, valAccuracy: number, seconds = 2): EpochPoint => ({
  epoch: e,
  step: e * 10,
  time: e * seconds,
  loss: 1 / e,
  metrics: { accuracy: valAccuracy - 0.02 },
  valLoss: 1.1 / e,
  valMetrics: { accuracy: valAccuracy },
  seconds,
});

const run = (entryId: string, document: GraphDocument, history: EpochPoint[]): CompareRun => ({
  entryId,
  key: `1:${entryId}`,
  label: document.name,
  document,
  status: "finished",
  epoch: history.length,
  epochs: history.length,
  batch: 0,
  batchesPerEpoch: 10,
  history,
  batches: [],
  trainCount: 1000,
  backend: "cpu",
  failure: null,
});

describe("the shared training setup", () => {
  it("takes the first graph's data, seed, split, batch size, epochs and backend; keeps each graph's optimizer", () => {
    const first = preset("mnist-mlp");
    const other: GraphDocument = {
      ...preset("lenet-5"),
      training: {
        ...preset("lenet-5").training,
        seed: 7,
        batchSize: 128,
        optimizer: { type: "sgd", learningRate: 0.05 },
      },
    };
    const shared = sharedTraining(first, null);
    const firstSetup = readTrainingSetup(first.training).setup;
    expect(shared).toEqual({
      dataset: firstSetup.dataset,
      seed: firstSetup.seed,
      validationSplit: firstSetup.validationSplit,
      batchSize: firstSetup.batchSize,
      epochs: firstSetup.epochs,
      backend: firstSetup.backend,
    });
    const setup = comparedSetup(other, shared);
    expect(setup.seed).toBe(firstSetup.seed);
    expect(setup.batchSize).toBe(firstSetup.batchSize);
    expect(setup.dataset).toEqual(firstSetup.dataset);
    expect(setup.optimizer.type).toBe("sgd");
    expect(setup.optimizer.learningRate).toBe(0.05);
    // The document keeps its nodes; only its training section changes.
    expect(withSharedTraining(other, shared).nodes).toBe(other.nodes);
  });

  it("lets the comparison override the epochs", () => {
    expect(sharedTraining(preset("mnist-mlp"), 1).epochs).toBe(1);
  });

  it("trains two at a time only with four cores or more", () => {
    expect(concurrencyFor(2)).toBe(1);
    expect(concurrencyFor(undefined)).toBe(1);
    expect(concurrencyFor(4)).toBe(2);
    expect(concurrencyFor(16)).toBe(2);
  });
});

describe("the results table", () => {
  const base = preset("mnist-mlp");
  const narrow = withUnits(base, 32, "narrow");
  const runs = [
    run("a", base, [epoch(1, 0.85), epoch(2, 0.93)]),
    run("b", narrow, [epoch(1, 0.8, 1), epoch(2, 0.88, 1)]),
  ];
  const rows = runs.map((r) => resultRow(r, 0.9));

  it("summarises each run with the graph's own totals", () => {
    expect(rows[0]!.results.params).toBe(784 * 128 + 128 + 1290);
    expect(rows[1]!.results.params).toBe(784 * 32 + 32 + 330);
    expect(rows[0]!.results.bestValAccuracy).toBe(0.93);
    expect(rows[0]!.results.epochsToTarget).toBe(2);
    expect(rows[1]!.results.epochsToTarget).toBeUndefined();
    expect(rows[1]!.results.samplesPerSecond).toBe(1000);
    expect(rows[0]!.results.secondsPerEpoch).toBe(2);
  });

  it("marks the best value of each column, higher or lower as the metric wants", () => {
    const metrics = visibleMetrics(rows);
    expect(metrics).toContain("epochsToTarget");
    const best = bestRows(rows, metrics);
    expect([...best.get("params")!]).toEqual(["b"]);
    expect([...best.get("bestValAccuracy")!]).toEqual(["a"]);
    expect([...best.get("samplesPerSecond")!]).toEqual(["b"]);
    // Only one graph reached the target: nothing to compare it with.
    expect(best.has("epochsToTarget")).toBe(false);
  });

  it("exports CSV with raw numbers and quoted names, and JSON with the histories", () => {
    const quoted = [{ ...rows[1]!, label: 'narrow, "32"' }];
    const csv = resultsCsv([rows[0]!, ...quoted])
      .trim()
      .split("\n");
    expect(csv[0]).toBe(
      "graph,status,params,flops,weightBytes,bestValAccuracy,bestValLoss,epochsToTarget,secondsPerEpoch,samplesPerSecond,finalValAccuracy,finalValLoss",
    );
    expect(csv[1]!.split(",").slice(0, 3)).toEqual(["MNIST MLP", "finished", "101770"]);
    expect(csv[2]!.startsWith('"narrow, ""32""",finished,25450,')).toBe(true);
    const json = resultsJson(rows, runs, sharedTraining(base, 2), 0.9);
    expect(json.graphs.map((g) => g.history.length)).toEqual([2, 2]);
    expect(json.shared?.epochs).toBe(2);
    expect(JSON.parse(JSON.stringify(json)).graphs[1].results.params).toBe(25450);
  });
});

describe("curves", () => {
  it("plots validation by epoch and by time, and training from smoothed batches", () => {
    const history = [epoch(1, 0.8, 3), epoch(2, 0.9, 3)];
    expect(validationPoints(history, "accuracy", "epoch")).toEqual([
      { x: 1, value: 0.8 },
      { x: 2, value: 0.9 },
    ]);
    expect(validationPoints(history, "loss", "time").map((p) => p.x)).toEqual([3, 6]);
    const batch = (step: number, loss: number): BatchPoint => ({
      step,
      epoch: 1,
      time: step / 10,
      loss,
      metrics: { accuracy: 0.5 },
      learningRate: 0.001,
    });
    const samples = addBatches([], [batch(1, 2), batch(2, 1)], 4);
    expect(samples.map((s) => s.epoch)).toEqual([0.25, 0.5]);
    expect(samples[1]!.loss).toBeCloseTo(0.9 * 2 + 0.1 * 1);
    expect(trainingPoints(samples, history, "loss", "time").map((p) => p.x)).toEqual([0.1, 0.2]);
    // Without batches the epochs' training figures are used.
    expect(trainingPoints([], history, "accuracy", "epoch").map((p) => p.value)).toEqual([
      0.78, 0.88,
    ]);
    expect(hasAccuracy([history])).toBe(true);
    expect(hasAccuracy([[{ ...history[0]!, metrics: {}, valMetrics: {} }]])).toBe(false);
  });

  it("keeps a long run to a few hundred points, the newest always included", () => {
    let samples = addBatches([], [], 10);
    for (let step = 1; step <= 5000; step += 50) {
      const batches = Array.from({ length: 50 }, (_, i) => ({
        step: step + i,
        epoch: 1,
        time: step + i,
        loss: 1,
        metrics: {},
        learningRate: 0.1,
      }));
      samples = addBatches(samples, batches, 100);
    }
    expect(samples.length).toBeLessThanOrEqual(MAX_BATCH_SAMPLES);
    expect(samples.length).toBeGreaterThan(MAX_BATCH_SAMPLES / 3);
    expect(samples.at(-1)!.epoch).toBe(50);
  });
});

describe("variant names", () => {
  const template = compareText.en.variantName;
  it("numbers variants from 2 and names variants of variants after the original", () => {
    expect(variantName("MNIST MLP", ["MNIST MLP"], template)).toBe("MNIST MLP — variant 2");
    expect(
      variantName("MNIST MLP — variant 2", ["MNIST MLP", "MNIST MLP — variant 2"], template),
    ).toBe("MNIST MLP — variant 3");
    expect(variantBase("网络 — 变体 4")).toBe("网络");
    expect(variantName("网络", [], compareText.zh.variantName)).toBe("网络 — 变体 2");
  });
});
