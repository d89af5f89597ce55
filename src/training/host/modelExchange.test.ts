/**
 * The worker's Export and Import requests, through the real TrainingHost in
 * Node (tfjs cpu, in-memory checkpoints): an export carries the run's trained
 * weights, the checkpoint's, or fresh ones, and says which; imported weights
 * become the new graph's checkpoint, byte for byte; what cannot be exported
 * is an "error" reply naming the request and the nodes.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { enableProductionMode } from "../../compiler";
import { loadDocument } from "../../graph";
import { trainingSetupSchema } from "../../graph/training/setup";
import { chainDocument } from "../../testing/documents";
import { memoryCheckpointStore } from "../checkpoints/store";
import type { WorkerReply, WorkerRequest } from "../protocol";
import { xorDataset } from "../testFixtures";
import { TrainingHost } from "./trainingHost";

beforeAll(async () => {
  enableProductionMode();
  await tf.setBackend("cpu");
});

const DOCUMENT = chainDocument(
  [2],
  [
    ["dense", { units: 6, activation: "tanh" }],
    ["dense", { units: 2, activation: "softmax" }],
  ],
);

function harness() {
  const replies: WorkerReply[] = [];
  const host = new TrainingHost({
    post: (reply) => replies.push(reply),
    environment: { available: ["cpu"], activate: async () => tf.setBackend("cpu") },
    checkpoints: memoryCheckpointStore(),
    datasetIO: { readAsset: async () => new Uint8Array() },
    loadDataset: async () => xorDataset(80),
  });
  const until = async (predicate: (r: WorkerReply) => boolean) => {
    const start = Date.now();
    while (!replies.some(predicate)) {
      if (Date.now() - start > 20_000)
        throw new Error(`no matching reply in ${JSON.stringify(replies.map((r) => r.type))}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return replies.find(predicate)!;
  };
  const ask = async <T extends WorkerReply["type"]>(request: WorkerRequest, type: T) => {
    host.handle(request);
    const id = (request as { requestId: number }).requestId;
    const reply = await until(
      (r) => (r.type === type || r.type === "error") && "requestId" in r && r.requestId === id,
    );
    return reply as Extract<WorkerReply, { type: T | "error" }>;
  };
  return { host, until, ask };
}

const exportRequest = (
  requestId: number,
  graphId: string,
  target: "tfjs" | "keras",
  document = DOCUMENT,
): WorkerRequest => ({ type: "exportModel", requestId, graphId, document, target });

const decoder = new TextDecoder();
const fileOf = (reply: WorkerReply, path: string) =>
  reply.type === "exportedModel" ? reply.files.find((f) => f.path === path)?.bytes : undefined;

describe("Export and Import through the worker", () => {
  it("exports the run's trained weights, keeps imported ones as a checkpoint, and says which it used", async () => {
    const { host, until, ask } = harness();
    host.handle({
      type: "start",
      runId: "r1",
      graphId: "g1",
      document: DOCUMENT,
      setup: trainingSetupSchema.parse({ epochs: 3, batchSize: 16 }),
      dataset: { kind: "builtin", id: "xor", options: {} },
      live: { activations: false, histograms: false, probeIndex: 0 },
      resume: false,
    });
    await until((r) => r.type === "status" && r.status === "finished");

    const trained = await ask(exportRequest(1, "g1", "tfjs"), "exportedModel");
    expect(trained).toMatchObject({ type: "exportedModel", weights: "trained", epoch: null });
    const fresh = await ask(exportRequest(2, "never-trained", "tfjs"), "exportedModel");
    expect(fresh).toMatchObject({ weights: "initial" });
    const trainedBin = fileOf(trained, "group1-shard1of1.bin")!;
    expect(trainedBin.byteLength).toBe((2 * 6 + 6 + 6 * 2 + 2) * 4);
    expect(fileOf(fresh, "group1-shard1of1.bin")).not.toEqual(trainedBin);
    // The model.json carries the graph itself, so the import gives back the same nodes.
    const modelJson = decoder.decode(fileOf(trained, "model.json")!);
    expect(JSON.parse(modelJson).modelTopology).toBeDefined();

    const adopted = await ask(
      {
        type: "adoptWeights",
        requestId: 3,
        graphId: "g2",
        modelJson,
        weightFiles: new Map([["group1-shard1of1.bin", trainedBin]]),
      },
      "weightsAdopted",
    );
    expect(adopted).toMatchObject({ type: "weightsAdopted", diagnostics: [] });
    if (adopted.type !== "weightsAdopted") return;
    expect([...adopted.loaded].sort()).toEqual(["n1", "n2"]);
    const again = await ask(exportRequest(4, "g2", "tfjs"), "exportedModel");
    expect(again).toMatchObject({ weights: "checkpoint", epoch: 0 });
    expect(fileOf(again, "group1-shard1of1.bin")).toEqual(trainedBin);

    // Keras code with the same trained weights.
    const keras = await ask(exportRequest(5, "g1", "keras"), "exportedModel");
    expect(keras.type).toBe("exportedModel");
    if (keras.type !== "exportedModel") return;
    const paths = keras.files.map((f) => f.path);
    expect(paths.some((p) => p.endsWith(".py"))).toBe(true);
    expect(paths.some((p) => p.endsWith(".weights.bin"))).toBe(true);
    const weightsBin = keras.files.find((f) => f.path.endsWith(".weights.bin"))!.bytes;
    expect(weightsBin.byteLength).toBe(trainedBin.byteLength);
  }, 60_000);

  it("refuses what a target cannot express, and files that are no model, with messages", async () => {
    const { ask } = harness();
    const word2vec = loadDocument({
      format: "neurograph",
      version: 1,
      name: "w2v",
      nodes: [
        { id: "words", type: "input", params: { shape: [1], dtype: "int32" } },
        { id: "vectors", type: "embedding", params: { inputDim: 50, outputDim: 8 } },
      ],
      edges: [{ id: "e1", source: "words", target: "vectors" }],
      training: { recipe: "word2vec", dataset: { id: "planted", options: {} } },
    }).document!;
    const refused = await ask(exportRequest(7, "w", "keras", word2vec), "exportedModel");
    expect(refused).toMatchObject({ type: "error", requestId: 7 });
    if (refused.type === "error") expect(refused.message.en).toMatch(/KX201 \(vectors\)/);

    const notAModel = await ask(
      {
        type: "adoptWeights",
        requestId: 8,
        graphId: "g",
        modelJson: '{"hello": 1}',
        weightFiles: new Map(),
      },
      "weightsAdopted",
    );
    expect(notAModel).toMatchObject({ type: "error", requestId: 8 });
  }, 60_000);
});
