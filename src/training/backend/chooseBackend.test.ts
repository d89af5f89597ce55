/**
 * The backend choice against real tfjs in Node (no mocks): a step that needs a
 * kernel wasm lacks (complex numbers) falls back to cpu saying so; a dense
 * graph, a convolution and an Embedding (Neurograph registers wasm's missing
 * Conv2DBackpropFilter and UnsortedSegmentSum) stay on wasm. `auto`'s race is
 * checked with an environment of three backends that only differ in speed.
 */
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../compiler";
import { type BackendName, trainingSetupSchema } from "../../graph/training/setup";
import { chainDocument } from "../../testing/documents";
import { nodeBackends } from "../node/backends";
import { randomClassification } from "../testFixtures";
import {
  CHALLENGER_BUDGET_MS,
  candidates,
  chooseBackend,
  RACE_WORTHWHILE_MS,
} from "./chooseBackend";
import type { BackendEnvironment } from "./environment";
import { TIMED_STEPS, timeSteps, timeTrainingSteps, trialTrainingStep } from "./trialStep";

beforeAll(() => enableProductionMode());
afterAll(async () => {
  await tf.setBackend("cpu");
});

const CONV = chainDocument(
  [6, 6, 1],
  [
    ["conv2d", { filters: 2, kernelSize: [3, 3] }],
    ["flatten", {}],
    ["dense", { units: 3, activation: "softmax" }],
  ],
);
const EMBEDDING = chainDocument(
  [5],
  [
    ["embedding", { inputDim: 10, outputDim: 3 }],
    ["flatten", {}],
    ["dense", { units: 3, activation: "softmax" }],
  ],
);
const DENSE = chainDocument(
  [4],
  [
    ["dense", { units: 5, activation: "relu" }],
    ["dense", { units: 3, activation: "softmax" }],
  ],
);

describe("chooseBackend (Node, real tfjs)", () => {
  const setup = trainingSetupSchema.parse({ backend: "wasm" });

  it("falls back from wasm to cpu for a step that needs a kernel wasm lacks, naming it", async () => {
    const before = tf.memory().numTensors;
    // wasm has no complex numbers: a real missing kernel, now that Neurograph adds the two
    // that training graphs needed (Conv2DBackpropFilter, UnsortedSegmentSum).
    const needsComplex = () => tf.dispose(tf.tidy(() => tf.complex([1, 2], [0, 1])));
    const selection = await chooseBackend("wasm", nodeBackends(), needsComplex);
    expect(selection.backend).toBe("cpu");
    expect(tf.getBackend()).toBe("cpu");
    expect(selection.attempts).toEqual([{ backend: "wasm", problem: "kernel", kernel: "Complex" }]);
    expect(selection.fallback?.en).toBe(
      "wasm lacks the kernel Complex that training this graph needs — training runs on cpu instead.",
    );
    expect(selection.fallback?.zh).toContain("Complex");
    expect(tf.memory().numTensors).toBe(before);
  });

  it("trains a Conv2D and an Embedding graph on wasm, with the kernels Neurograph registers", async () => {
    for (const [document, dataset] of [
      [CONV, randomClassification([6, 6, 1], 3, 4)],
      [EMBEDDING, randomClassification([5], 3, 4)],
    ] as const) {
      const selection = await chooseBackend("wasm", nodeBackends(), () =>
        trialTrainingStep(document, setup, dataset),
      );
      expect(selection.backend).toBe("wasm");
      expect(selection.fallback).toBeUndefined();
    }
  });

  it("keeps a Dense graph on wasm, with no fallback", async () => {
    const dataset = randomClassification([4], 3, 4);
    const selection = await chooseBackend("wasm", nodeBackends(), () =>
      trialTrainingStep(DENSE, setup, dataset),
    );
    expect(selection.backend).toBe("wasm");
    expect(tf.getBackend()).toBe("wasm");
    expect(selection.fallback).toBeUndefined();
    expect(selection.reason.en).toContain("wasm");
  });

  it("auto picks wasm in Node, with no race against cpu, and explains choosing past it", async () => {
    const timed: string[] = [];
    const dataset = randomClassification([4], 3, 64);
    const dense = await chooseBackend(
      "auto",
      nodeBackends(),
      () => trialTrainingStep(DENSE, setup, dataset),
      (backend) => {
        timed.push(backend);
        return timeTrainingSteps(DENSE, setup, dataset);
      },
    );
    expect(dense.backend).toBe("wasm");
    // wasm is timed (the run is short, so nothing else would be); cpu never outruns a backend that works.
    expect(timed).toEqual(["wasm"]);
    expect(dense.timings).toBeUndefined();
    expect(dense.reason.en).toMatch(
      /^Automatic: wasm trains this graph at [\d.]+ ms per step, about \d+ s for the whole run — too short/,
    );
    const complex = await chooseBackend(
      "auto",
      nodeBackends(),
      () => tf.dispose(tf.tidy(() => tf.complex([1], [0]))),
      () => ({ msPerStep: 1, stepsPerRun: 1e6 }),
    );
    expect(complex.backend).toBe("cpu");
    expect(tf.getBackend()).toBe("cpu");
    // Choosing past wasm is auto's job, so it is explained, not flagged as a fallback.
    expect(complex.fallback).toBeUndefined();
    expect(complex.reason.en).toMatch(/^Automatic/);
    expect(complex.reason.en).toContain("wasm lacks the kernel Complex");
  });

  it("times real training steps at the setup's batch size, and leaves no tensor behind", async () => {
    await nodeBackends().activate("wasm");
    const before = tf.memory().numTensors;
    const dataset = randomClassification([6, 6, 1], 3, 64);
    const small = timeTrainingSteps(
      CONV,
      trainingSetupSchema.parse({ batchSize: 2, validationSplit: 0.25, epochs: 3 }),
      dataset,
    );
    // 48 training rows (16 held out) in batches of 2, 3 epochs.
    expect(small.stepsPerRun).toBe(72);
    expect(small.msPerStep).toBeGreaterThan(0);
    const full = timeTrainingSteps(
      CONV,
      trainingSetupSchema.parse({ batchSize: "full", validationSplit: 0, epochs: 5 }),
      dataset,
    );
    expect(full.stepsPerRun).toBe(5);
    expect(Number.isFinite(full.msPerStep)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("says so when a backend is not available here or cannot start", async () => {
    const environment: BackendEnvironment = {
      available: ["wasm", "cpu"],
      activate: async (name) => name === "cpu" && (await tf.setBackend("cpu")),
    };
    const selection = await chooseBackend("webgl", environment, () => {});
    expect(selection.backend).toBe("cpu");
    expect(selection.attempts.map((a) => a.problem)).toEqual(["unavailable"]);
    const failing = await chooseBackend("wasm", environment, () => {});
    expect(failing.attempts).toEqual([{ backend: "wasm", problem: "init" }]);
    expect(failing.fallback?.en).toMatch(/wasm could not start/);
  });

  it("does not blame the backend for a graph that does not fit its dataset", async () => {
    await expect(
      chooseBackend("wasm", nodeBackends(), () =>
        trialTrainingStep(DENSE, setup, randomClassification([5], 3, 4)),
      ),
    ).rejects.toMatchObject({ reason: "invalid" });
  });

  it("orders the candidates: the choice, then the ones after it", () => {
    expect(candidates("auto", ["wasm", "cpu"])).toEqual(["wasm", "cpu"]);
    expect(candidates("wasm", ["webgpu", "wasm", "webgl", "cpu"])).toEqual([
      "wasm",
      "webgl",
      "cpu",
    ]);
    expect(candidates("webgl", ["wasm", "cpu"])).toEqual(["webgl", "cpu"]);
    expect(candidates("cpu", ["wasm", "cpu"])).toEqual(["cpu"]);
  });
});

describe("auto's race", () => {
  /** Three backends that all train the graph and differ only in speed; records what happens to them. */
  function racetrack(
    msPerStep: Partial<Record<BackendName, number>>,
    failing: BackendName[] = [],
    stepsPerRun = 10_000,
  ) {
    const log: string[] = [];
    let current: BackendName | null = null;
    const environment: BackendEnvironment = {
      available: ["wasm", "webgl", "cpu"],
      activate: async (name) => {
        current = name;
        return true;
      },
    };
    const trial = (backend: BackendName) => {
      log.push(`trial ${backend}`);
      if (failing.includes(backend))
        throw new Error(`Kernel 'Foo' not registered for backend '${backend}'`);
    };
    const budgets: number[] = [];
    const timer = (backend: BackendName, budgetMs: number) => {
      log.push(`time ${backend}`);
      budgets.push(budgetMs);
      const ms = msPerStep[backend];
      if (ms === undefined) throw new Error("out of memory");
      return { msPerStep: ms, stepsPerRun };
    };
    return { environment, trial, timer, log, budgets, current: () => current };
  }

  it("runs the backend that trains the graph fastest here, and says how fast each was", async () => {
    const track = racetrack({ wasm: 41.2, webgl: 8.25 });
    const selection = await chooseBackend("auto", track.environment, track.trial, track.timer);
    expect(selection.backend).toBe("webgl");
    expect(track.current()).toBe("webgl");
    expect(selection.timings).toEqual([
      { backend: "webgl", msPerStep: 8.25 },
      { backend: "wasm", msPerStep: 41.2 },
    ]);
    // cpu is neither tried nor timed once a faster kind of backend works.
    expect(track.log).toEqual(["trial wasm", "time wasm", "trial webgl", "time webgl"]);
    // The first is timed in full; a challenger only within a budget.
    expect(track.budgets).toEqual([Number.POSITIVE_INFINITY, CHALLENGER_BUDGET_MS]);
    expect(selection.fallback).toBeUndefined();
    expect(selection.reason.en).toBe(
      "Automatic: webgl trained this graph fastest of the backends that can here (per step: webgl 8.3 ms, wasm 41 ms).",
    );
    expect(selection.reason.zh).toContain("webgl 8.3 毫秒，wasm 41 毫秒");
  });

  it("keeps the order's first when it is the fastest, and activates it again after timing the others", async () => {
    const track = racetrack({ wasm: 5, webgl: 30 });
    const selection = await chooseBackend("auto", track.environment, track.trial, track.timer);
    expect(selection.backend).toBe("wasm");
    expect(track.current()).toBe("wasm");
  });

  it("does not race a run too short to win back the race's cost", async () => {
    // 1,000 steps of 20 ms: 20 s on wasm, under RACE_WORTHWHILE_MS.
    expect(1000 * 20).toBeLessThan(RACE_WORTHWHILE_MS);
    const track = racetrack({ wasm: 20, webgl: 2 }, [], 1000);
    const selection = await chooseBackend("auto", track.environment, track.trial, track.timer);
    expect(selection.backend).toBe("wasm");
    expect(track.current()).toBe("wasm");
    expect(track.log).toEqual(["trial wasm", "time wasm"]);
    expect(selection.timings).toBeUndefined();
    expect(selection.reason.en).toBe(
      "Automatic: wasm trains this graph at 20 ms per step, about 20 s for the whole run — too short for timing the other backends (which costs WebGL seconds to compile its shaders) to pay off.",
    );
    expect(selection.reason.zh).toContain("整个训练约 20 秒");
  });

  it("does not race when only one backend trains the graph", async () => {
    const track = racetrack({ wasm: 5, webgl: 30 }, ["wasm"]);
    const selection = await chooseBackend("auto", track.environment, track.trial, track.timer);
    expect(selection.backend).toBe("webgl");
    expect(selection.timings).toBeUndefined();
    // webgl's own time decides nothing here, but tells whether the run is long (it is).
    expect(track.log).toEqual(["trial wasm", "trial webgl", "time webgl"]);
    expect(selection.reason.en).toContain("wasm lacks the kernel Foo");
  });

  it("drops a backend whose timing fails, saying why, and runs the other", async () => {
    const track = racetrack({ webgl: 30 });
    const selection = await chooseBackend("auto", track.environment, track.trial, track.timer);
    expect(selection.backend).toBe("webgl");
    expect(track.current()).toBe("webgl");
    expect(track.log).toEqual(["trial wasm", "time wasm", "trial webgl", "time webgl"]);
    expect(selection.attempts).toEqual([
      { backend: "wasm", problem: "error", detail: "out of memory" },
    ]);
    expect(selection.reason.en).toContain("wasm failed a trial training step (out of memory)");
  });

  it("honours an explicit choice without racing", async () => {
    const track = racetrack({ wasm: 50, webgl: 5 });
    const selection = await chooseBackend("wasm", track.environment, track.trial, track.timer);
    expect(selection.backend).toBe("wasm");
    expect(track.log).toEqual(["trial wasm"]);
  });
});

describe("timeSteps", () => {
  /** A step that takes `ms` milliseconds (busy, as a training step is). */
  function counted(ms: number) {
    let calls = 0;
    const step = () => {
      calls++;
      const end = performance.now() + ms;
      while (performance.now() < end) {
        // busy, like a synchronous training step
      }
    };
    return { step, calls: () => calls };
  }

  it("warms up once, then averages TIMED_STEPS steps", () => {
    const timed = counted(2);
    const ms = timeSteps(timed.step);
    expect(timed.calls()).toBe(1 + TIMED_STEPS);
    expect(ms).toBeGreaterThanOrEqual(2);
  });

  it("past its budget, stops: after the warm-up that step's time stands for the backend", () => {
    const slow = counted(30);
    const ms = timeSteps(slow.step, 10);
    expect(slow.calls()).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(30);
    const some = counted(20);
    timeSteps(some.step, 50);
    // warm-up 20 ms, one step (40), a second (60 > 50): stop.
    expect(some.calls()).toBe(3);
  });
});
