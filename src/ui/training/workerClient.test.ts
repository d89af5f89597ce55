import { describe, expect, it } from "vitest";
import type { WorkerReply, WorkerRequest } from "../../training/protocol";
import { TrainingWorkerClient } from "./workerClient";

/** A stand-in for the browser's Worker: records what is posted, lets the test reply or crash. */
class FakeWorker {
  posted: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(request: WorkerRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: WorkerReply) {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

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
