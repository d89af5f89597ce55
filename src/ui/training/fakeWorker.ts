/** For tests: a stand-in for the browser's Worker that records what is posted and lets the test reply or crash. */
import type { WorkerReply, WorkerRequest } from "../../training/protocol";

export class FakeWorker {
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
  /** The last recipe question posted. */
  lastQuery(): Extract<WorkerRequest, { type: "recipeQuery" }> {
    const request = this.posted.at(-1);
    if (request?.type !== "recipeQuery")
      throw new Error(`expected a recipeQuery, got ${request?.type}`);
    return request;
  }
}
