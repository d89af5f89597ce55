import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { WorkerReply } from "../../training/protocol";
import { flushUpdates, receiveReply, UPDATE_INTERVAL_MS } from "./receiveReply";
import { beginRun, useTrainingStore } from "./trainingStore";

const progress = (step: number): WorkerReply => ({
  type: "progress",
  runId: "r",
  progress: {
    status: "running",
    epoch: 1,
    epochs: 2,
    batch: step,
    batchesPerEpoch: 100,
    samplesPerSecond: 10,
    secondsRemaining: 1,
  },
  batches: [
    { step, epoch: 1, time: step, loss: 1 / step, metrics: { accuracy: 0.5 }, learningRate: 0.1 },
  ],
  epochs: [],
});

describe("applying worker replies", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    beginRun("r", "g", "print");
  });
  afterEach(() => {
    flushUpdates();
    vi.useRealTimers();
  });

  it("coalesces progress into at most one store update per interval", () => {
    const renders = vi.fn();
    const unsubscribe = useTrainingStore.subscribe(renders);
    for (let step = 1; step <= 20; step++) receiveReply(progress(step));
    expect(renders).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(UPDATE_INTERVAL_MS);
    expect(renders).toHaveBeenCalledTimes(1);
    const state = useTrainingStore.getState();
    expect(state.series.length).toBe(20);
    expect(state.progress?.batch).toBe(20);
    expect(state.learningRate).toBe(0.1);
    unsubscribe();
  });

  it("applies status changes and failures at once, after the pending curves", () => {
    receiveReply(progress(1));
    receiveReply({
      type: "failed",
      runId: "r",
      reason: "nan",
      message: { en: "The loss became NaN", zh: "损失变成了 NaN" },
    });
    const state = useTrainingStore.getState();
    expect(state.series.length).toBe(1);
    expect(state.status).toBe("failed");
    expect(state.failure?.reason).toBe("nan");
  });

  it("records the backend, its fallback and the run's facts when the worker starts", () => {
    receiveReply({
      type: "started",
      runId: "r",
      backend: "wasm",
      fallback: { en: "no webgpu", zh: "没有 webgpu" },
      trainCount: 80,
      validationCount: 20,
      batchSize: 8,
      parameterCount: 50,
      resumed: true,
      recipe: "supervised",
      series: [],
    });
    const { info, status } = useTrainingStore.getState();
    expect(status).toBe("running");
    expect(info).toMatchObject({ backend: "wasm", resumed: true, fallback: { en: "no webgpu" } });
  });

  it("records the run's recipe and its series, and keeps the latest recipe view", () => {
    const series = [{ key: "gLoss", label: { en: "Generator loss", zh: "生成器损失" } }];
    receiveReply({
      type: "started",
      runId: "r",
      backend: "cpu",
      trainCount: 80,
      validationCount: 20,
      batchSize: 8,
      parameterCount: 50,
      resumed: false,
      recipe: "gan",
      series,
    });
    expect(useTrainingStore.getState().info).toMatchObject({ recipe: "gan", series });
    const samples = { count: 1, shape: [2], values: new Float32Array([0.5, -0.5]) };
    for (const step of [10, 20])
      receiveReply({
        type: "recipeView",
        runId: "r",
        step,
        view: { kind: "gan", recipe: "gan", samples },
      });
    // Coalesced like the curves: nothing until the next update, then the latest view.
    expect(useTrainingStore.getState().recipeView).toBeNull();
    vi.advanceTimersByTime(UPDATE_INTERVAL_MS);
    expect(useTrainingStore.getState().recipeViewStep).toBe(20);
    expect(useTrainingStore.getState().recipeView?.kind).toBe("gan");
    // A new run starts without the old run's picture.
    beginRun("r2", "g", "print");
    expect(useTrainingStore.getState().recipeView).toBeNull();
  });

  it("leaves the store alone for recipe answers (they go to whoever asked)", () => {
    const before = useTrainingStore.getState();
    receiveReply({ type: "recipeAnswer", requestId: 1, answer: { kind: "watched" } });
    vi.advanceTimersByTime(UPDATE_INTERVAL_MS);
    expect(useTrainingStore.getState()).toBe(before);
  });
});
