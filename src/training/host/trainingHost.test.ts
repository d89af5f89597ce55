/**
 * The worker's request handling in Node, with real tfjs (cpu) and an
 * in-memory checkpoint store: the whole protocol, from "start" to
 * checkpoints, resume, questions to the model, and failures as replies.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../compiler";
import type { GraphDocument } from "../../graph";
import { t } from "../../graph/i18n";
import { trainingSetupSchema } from "../../graph/training/setup";
import { chainDocument } from "../../testing/documents";
import type { BackendEnvironment } from "../backend/environment";
import { memoryCheckpointStore } from "../checkpoints/store";
import { DatasetError } from "../datasets/errors";
import type { LoadedDataset } from "../datasets/types";
import type { LiveOptions, WorkerReply, WorkerRequest } from "../protocol";
import { xorDataset } from "../testFixtures";
import { TrainingHost } from "./trainingHost";

beforeAll(() => enableProductionMode());

const cpuOnly: BackendEnvironment = {
  available: ["cpu"],
  activate: async () => tf.setBackend("cpu"),
};

const DOCUMENT = chainDocument(
  [2],
  [
    ["dense", { units: 6, activation: "tanh" }],
    ["dense", { units: 2, activation: "softmax" }],
  ],
);

const OFF: LiveOptions = { activations: false, histograms: false, probeIndex: 0 };

function harness(dataset: () => LoadedDataset | Promise<LoadedDataset> = () => xorDataset(80)) {
  const replies: WorkerReply[] = [];
  const checkpoints = memoryCheckpointStore();
  const host = new TrainingHost({
    post: (reply) => replies.push(reply),
    environment: cpuOnly,
    checkpoints,
    datasetIO: { readAsset: async () => new Uint8Array() },
    loadDataset: async () => dataset(),
  });
  /** Sends a request and waits until a reply matches. */
  const until = async (predicate: (r: WorkerReply) => boolean, timeoutMs = 20_000) => {
    const start = Date.now();
    while (!replies.some(predicate)) {
      if (Date.now() - start > timeoutMs)
        throw new Error(`no matching reply in ${JSON.stringify(replies.map((r) => r.type))}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return replies.find(predicate)!;
  };
  return { host, replies, checkpoints, until };
}

function start(
  runId: string,
  extra: Partial<Extract<WorkerRequest, { type: "start" }>> = {},
): WorkerRequest {
  return {
    type: "start",
    runId,
    graphId: "g1",
    document: DOCUMENT,
    setup: trainingSetupSchema.parse({
      epochs: 3,
      batchSize: 16,
      optimizer: { type: "adam", learningRate: 0.05 },
    }),
    dataset: { kind: "builtin", id: "xor", options: {} },
    live: OFF,
    resume: false,
    ...extra,
  };
}

const finished = (runId: string) => (r: WorkerReply) =>
  r.type === "status" &&
  r.runId === runId &&
  (r.status === "finished" || r.status === "stopped" || r.status === "failed");

describe("TrainingHost", () => {
  it("trains, reports, checkpoints each epoch and answers questions about the model", async () => {
    const { host, replies, until } = harness();
    host.handle(start("r1"));
    await until(finished("r1"));
    const started = replies.find((r) => r.type === "started");
    expect(started).toMatchObject({
      runId: "r1",
      backend: "cpu",
      trainCount: 64,
      validationCount: 16,
      batchSize: 16,
      resumed: false,
    });
    expect(
      replies
        .filter((r) => r.type === "checkpointSaved")
        .map((r) => r.type === "checkpointSaved" && r.epoch),
    ).toEqual([1, 2, 3]);
    for (const reply of replies) if ("runId" in reply) expect(reply.runId).toBe("r1");
    const epochs = replies.flatMap((r) => (r.type === "progress" ? r.epochs : []));
    expect(epochs).toHaveLength(3);

    host.handle({ type: "evaluate", requestId: 1 });
    const evaluation = await until((r) => r.type === "evaluation");
    if (evaluation.type !== "evaluation") throw new Error();
    expect(evaluation.confusion.flat().reduce((a, b) => a + b, 0)).toBe(16);
    expect(evaluation.classNames).toEqual(["same", "opposite"]);

    host.handle({
      type: "predict",
      requestId: 2,
      features: new Float32Array([0.5, 0.5, -0.5, 0.5]),
      count: 2,
    });
    const prediction = await until((r) => r.type === "prediction");
    if (prediction.type !== "prediction") throw new Error();
    expect(prediction.outputShape).toEqual([2]);
    expect(prediction.outputs).toHaveLength(4);

    host.handle({ type: "boundary", requestId: 3, resolution: 10 });
    const boundary = await until((r) => r.type === "boundary");
    if (boundary.type !== "boundary") throw new Error();
    expect(boundary.predicted).toHaveLength(100);
    expect(boundary.xMin).toBeLessThan(boundary.xMax);

    host.handle({ type: "checkpointInfo", graphId: "g1" });
    expect(await until((r) => r.type === "checkpointInfo")).toMatchObject({
      graphId: "g1",
      epoch: 3,
    });
  });

  it("resumes from a matching checkpoint, and starts fresh — saying so — when the graph changed", async () => {
    const { host, replies, until } = harness();
    host.handle(start("r1"));
    await until(finished("r1"));
    host.handle(start("r2", { resume: true }));
    await until(finished("r2"));
    expect(replies.find((r) => r.type === "started" && r.runId === "r2")).toMatchObject({
      resumed: true,
    });

    const edited: GraphDocument = structuredClone(DOCUMENT);
    edited.nodes[1]!.params.units = 7;
    host.handle(start("r3", { resume: true, document: edited }));
    await until(finished("r3"));
    const third = replies.find((r) => r.type === "started" && r.runId === "r3");
    expect(third).toMatchObject({ resumed: false });
    expect(third?.type === "started" && third.notice?.en).toMatch(/fresh weights/);
  });

  it("pauses, steps and stops through requests, with a checkpoint on stop", async () => {
    const { host, replies, until } = harness();
    host.handle(
      start("r1", {
        startPaused: true,
        setup: trainingSetupSchema.parse({ epochs: 50, batchSize: 4 }),
      }),
    );
    await until((r) => r.type === "started");
    await until((r) => r.type === "status" && r.status === "paused");
    host.handle({ type: "step" });
    await until((r) => r.type === "progress" && r.batches.length > 0);
    host.handle({ type: "setLearningRate", learningRate: 0.2 });
    host.handle({ type: "resume" });
    await until((r) => r.type === "status" && r.status === "running");
    host.handle({ type: "stop" });
    await until(finished("r1"));
    expect(replies.filter((r) => r.type === "status").at(-1)).toMatchObject({ status: "stopped" });
    await until((r) => r.type === "checkpointSaved");
  });

  it("resetWeights ends the run, deletes the checkpoint and leaves no tensor behind", async () => {
    const baseline = tf.memory().numTensors;
    const { host, replies, until, checkpoints } = harness();
    host.handle(start("r1"));
    await until(finished("r1"));
    expect(await checkpoints.info("g1")).not.toBeNull();
    host.handle({ type: "resetWeights", graphId: "g1" });
    await until((r) => r.type === "checkpointInfo" && r.savedAt === null);
    expect(await checkpoints.info("g1")).toBeNull();
    expect(replies.filter((r) => r.type === "status").at(-1)).toMatchObject({ status: "idle" });
    expect(tf.memory().numTensors).toBe(baseline);
    host.handle({ type: "evaluate", requestId: 9 });
    expect(await until((r) => r.type === "error")).toMatchObject({
      message: { en: expect.stringMatching(/Train first/) },
    });
  });

  it("turns a dataset that cannot load and a graph with errors into failed replies", async () => {
    const broken = harness(() => {
      throw new DatasetError(t("The CSV file is empty.", "CSV 文件是空的。"));
    });
    broken.host.handle(start("r1"));
    expect(await broken.until((r) => r.type === "failed")).toMatchObject({
      runId: "r1",
      reason: "dataset",
      message: { en: "The CSV file is empty." },
    });

    const invalid = harness();
    const document = chainDocument([2], [["conv2d", { filters: 2, kernelSize: [3, 3] }]]);
    invalid.host.handle(start("r2", { document }));
    const failed = await invalid.until((r) => r.type === "failed");
    expect(failed).toMatchObject({ runId: "r2", reason: "invalid" });
    expect(failed.type === "failed" && failed.diagnostics?.length).toBeGreaterThan(0);
  });

  it("sends live probes only when asked", async () => {
    const { host, replies, until } = harness();
    host.handle(
      start("r1", {
        live: { activations: true, histograms: true, probeIndex: 0 },
        startPaused: true,
      }),
    );
    await until((r) => r.type === "status" && r.status === "paused");
    host.handle({ type: "step" });
    const probe = await until((r) => r.type === "probe");
    if (probe.type !== "probe") throw new Error();
    expect(probe.layers.map((l) => l.nodeId)).toEqual(["n1", "n2"]);
    const hidden = probe.layers[0]!;
    expect(hidden.shape).toEqual([6]);
    expect(hidden.activation).toHaveLength(6);
    expect(hidden.weights?.counts).toHaveLength(30);
    expect(hidden.gradients?.counts.reduce((a, b) => a + b, 0)).toBe(2 * 6 + 6);
    expect(hidden.gradientNorm).toBeGreaterThan(0);
    host.handle({ type: "setLive", live: OFF });
    const probes = replies.filter((r) => r.type === "probe").length;
    host.handle({ type: "resume" });
    await until(finished("r1"));
    expect(replies.filter((r) => r.type === "probe").length).toBe(probes);
  });
});
