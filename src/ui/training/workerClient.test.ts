import { describe, expect, it } from "vitest";
import type { WorkerReply, WorkerRequest } from "../../training/protocol";
import type { RecipeAnswer } from "../../training/recipeViews";
import { FakeWorker } from "./fakeWorker";
import { trainingI18n } from "./trainingText";
import { RecipeQueryError, TrainingWorkerClient } from "./workerClient";

function setup() {
  const workers: FakeWorker[] = [];
  const replies: WorkerReply[] = [];
  const crashes: string[] = [];
  const client = new TrainingWorkerClient(
    { reply: (r) => replies.push(r), crashed: (d) => crashes.push(d) },
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  );
  return { client, workers, replies, crashes };
}

const start = (runId: string) =>
  ({ type: "start", runId, graphId: "g", resume: false }) as unknown as Extract<
    WorkerRequest,
    { type: "start" }
  >;
const status = (runId: string): WorkerReply => ({ type: "status", runId, status: "paused" });

describe("the training worker client", () => {
  it("creates one worker on first use and reuses it", () => {
    const { client, workers } = setup();
    client.send({ type: "checkpointInfo", graphId: "g" });
    client.start(start("a"));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((r) => r.type)).toEqual(["checkpointInfo", "start"]);
  });

  it("ignores replies of a run that is no longer the current one", () => {
    const { client, workers, replies } = setup();
    client.start(start("old"));
    client.start(start("new"));
    workers[0]!.reply(status("old"));
    workers[0]!.reply(status("new"));
    workers[0]!.reply({ type: "checkpointInfo", graphId: "g", savedAt: null });
    expect(replies).toEqual([
      status("new"),
      { type: "checkpointInfo", graphId: "g", savedAt: null },
    ]);
  });

  it("reports a crashed worker once and starts a fresh one for the next request", () => {
    const { client, workers, crashes } = setup();
    client.start(start("a"));
    workers[0]!.crash("out of memory");
    expect(crashes).toEqual(["out of memory"]);
    expect(workers[0]!.terminated).toBe(true);
    expect(client.alive).toBe(false);
    client.start(start("b"));
    expect(workers).toHaveLength(2);
  });

  it("throws the worker away after an out-of-memory failure", () => {
    const { client, workers, replies } = setup();
    client.start(start("a"));
    workers[0]!.reply({
      type: "failed",
      runId: "a",
      reason: "memory",
      message: { en: "x", zh: "x" },
    });
    expect(replies).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
    client.send({ type: "checkpointInfo", graphId: "g" });
    expect(workers).toHaveLength(2);
  });

  it("transfers the drawing pad's features instead of copying them", () => {
    const { client, workers } = setup();
    const features = new Float32Array(784);
    client.send({ type: "predict", requestId: 1, features, count: 1 });
    expect(workers[0]!.posted).toHaveLength(1);
  });
});

describe("recipe questions", () => {
  const decoded: RecipeAnswer = {
    kind: "decoded",
    sample: { count: 1, shape: [2, 2, 1], values: new Float32Array([0, 1, 1, 0]) },
  };
  const lastQuery = (worker: FakeWorker) => worker.lastQuery();

  it("resolve with the answer of their own request id, whatever order answers come in", async () => {
    const { client, workers, replies } = setup();
    const first = client.query({ kind: "decode", point: [0, 0] });
    const second = client.query({ kind: "neighbours", word: "king", count: 5 });
    const [a, b] = workers[0]!.posted.map((r) => (r.type === "recipeQuery" ? r.requestId : -1));
    expect(a).not.toBe(b);
    const neighbours: RecipeAnswer = { kind: "neighbours", word: "king", neighbours: [] };
    workers[0]!.reply({ type: "recipeAnswer", requestId: b!, answer: neighbours });
    workers[0]!.reply({ type: "recipeAnswer", requestId: a!, answer: decoded });
    await expect(first).resolves.toBe(decoded);
    await expect(second).resolves.toBe(neighbours);
    // The asker got its answers; the store had nothing to do with them.
    expect(replies).toEqual([]);
  });

  it("reject with the worker's bilingual message when it answers with an error", async () => {
    const { client, workers, replies } = setup();
    const asked = client.query({ kind: "neighbours", word: "zzz", count: 5 });
    const message = { en: "“zzz” is not in the vocabulary", zh: "词表中没有“zzz”" };
    workers[0]!.reply({ type: "error", requestId: lastQuery(workers[0]!).requestId, message });
    const error = await asked.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecipeQueryError);
    expect((error as RecipeQueryError).text).toEqual(message);
    expect(replies).toEqual([]);
    // An error that answers no question still reaches the panel.
    workers[0]!.reply({ type: "error", message });
    expect(replies).toEqual([{ type: "error", message }]);
  });

  it("share request ids with the other requests, so an error names exactly one asker", () => {
    const { client, workers } = setup();
    const evaluateId = client.nextRequestId();
    void client.query({ kind: "timeGradients", count: 8 }).catch(() => {});
    expect(lastQuery(workers[0]!).requestId).toBeGreaterThan(evaluateId);
  });

  it("reject every open question when the worker crashes or is closed", async () => {
    const { client, workers } = setup();
    const crashed = client.query({ kind: "attention", index: 0 });
    workers[0]!.crash("boom");
    await expect(crashed).rejects.toMatchObject({ text: trainingI18n("crashed") });
    const closed = client.query({ kind: "attention", index: 1 });
    client.terminate();
    await expect(closed).rejects.toMatchObject({ text: trainingI18n("queryCancelled") });
  });

  it("reject open questions when the worker runs out of memory", async () => {
    const { client, workers } = setup();
    client.start(start("a"));
    const asked = client.query({ kind: "exportEmbeddings" });
    workers[0]!.reply({
      type: "failed",
      runId: "a",
      reason: "memory",
      message: { en: "x", zh: "x" },
    });
    await expect(asked).rejects.toBeInstanceOf(RecipeQueryError);
  });
});
