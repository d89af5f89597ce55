/**
 * The backend choice against real tfjs in Node (no mocks): wasm cannot train
 * a convolution (it lacks Conv2DBackpropFilter) and falls back to cpu saying
 * so; a dense graph stays on wasm.
 */
import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../compiler";
import { trainingSetupSchema } from "../../graph/training/setup";
import { chainDocument } from "../../testing/documents";
import { nodeBackends } from "../node/backends";
import { randomClassification } from "../testFixtures";
import { candidates, chooseBackend } from "./chooseBackend";
import type { BackendEnvironment } from "./environment";
import { trialTrainingStep } from "./trialStep";

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
const DENSE = chainDocument(
  [4],
  [
    ["dense", { units: 5, activation: "relu" }],
    ["dense", { units: 3, activation: "softmax" }],
  ],
);

describe("chooseBackend (Node, real tfjs)", () => {
  const setup = trainingSetupSchema.parse({ backend: "wasm" });

  it("falls back from wasm to cpu for a Conv2D graph, naming Conv2DBackpropFilter", async () => {
    const dataset = randomClassification([6, 6, 1], 3, 4);
    const before = tf.memory().numTensors;
    const selection = await chooseBackend("wasm", nodeBackends(), () =>
      trialTrainingStep(CONV, setup, dataset),
    );
    expect(selection.backend).toBe("cpu");
    expect(tf.getBackend()).toBe("cpu");
    expect(selection.attempts).toEqual([
      { backend: "wasm", problem: "kernel", kernel: "Conv2DBackpropFilter" },
    ]);
    expect(selection.fallback?.en).toContain("Conv2DBackpropFilter");
    expect(selection.fallback?.en).toContain("cpu");
    expect(selection.fallback?.zh).toContain("Conv2DBackpropFilter");
    expect(tf.memory().numTensors).toBe(before);
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

  it("auto picks wasm for a dense graph and cpu for a convolution in Node", async () => {
    const dense = await chooseBackend("auto", nodeBackends(), () =>
      trialTrainingStep(DENSE, setup, randomClassification([4], 3, 4)),
    );
    expect(dense.backend).toBe("wasm");
    expect(dense.reason.en).toMatch(/^Automatic/);
    const conv = await chooseBackend("auto", nodeBackends(), () =>
      trialTrainingStep(CONV, setup, randomClassification([6, 6, 1], 3, 4)),
    );
    expect(conv.backend).toBe("cpu");
    // Choosing past wasm is auto's job, so it is explained, not flagged as a fallback.
    expect(conv.fallback).toBeUndefined();
    expect(conv.reason.en).toMatch(/^Automatic/);
    expect(conv.reason.en).toContain("Conv2DBackpropFilter");
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
