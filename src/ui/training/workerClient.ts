/**
 * The one way the UI talks to the training worker. One worker at a time,
 * created on first use; typed requests out, typed replies in. Replies of an
 * old run (a late "progress" after Stop and Train) are dropped here, so the
 * store only ever sees the current run. When the worker dies — an uncaught
 * error, a message it cannot read, or running out of memory — it is thrown
 * away and the next request starts a fresh one; the editor never notices.
 */
import type { I18nText } from "../../graph";
import type { WorkerReply, WorkerRequest } from "../../training/protocol";
import type { RecipeAnswer, RecipeQuestion } from "../../training/recipeViews";
import { trainingI18n } from "./trainingText";

export interface WorkerEvents {
  readonly reply: (reply: WorkerReply) => void;
  /** The worker is gone; `detail` is the browser's own words, when it gave any. */
  readonly crashed: (detail: string) => void;
}

/** Replies that belong to a run carry its id. */
function runIdOf(reply: WorkerReply): string | null {
  return "runId" in reply ? reply.runId : null;
}

/** A recipe question the worker could not answer: its message, in both languages. */
export class RecipeQueryError extends Error {
  constructor(readonly text: I18nText) {
    super(text.en);
    this.name = "RecipeQueryError";
  }
}

interface Waiting {
  /** The reply that answers the request (an "error" naming it rejects instead). */
  readonly resolve: (reply: AnswerReply) => void;
  readonly reject: (error: RecipeQueryError) => void;
}

/** Replies that answer one request, by its id. */
type AnswerReply = Extract<
  WorkerReply,
  { type: "recipeAnswer" | "exportedModel" | "weightsAdopted" }
>;
const ANSWERS: ReadonlySet<WorkerReply["type"]> = new Set([
  "recipeAnswer",
  "exportedModel",
  "weightsAdopted",
]);

export function createTrainingWorker(): Worker {
  // Vite bundles the worker from this exact expression; keep it literal.
  return new Worker(new URL("../../training/worker.ts", import.meta.url), { type: "module" });
}

export class TrainingWorkerClient {
  private worker: Worker | null = null;
  private runId: string | null = null;
  /** Request ids are shared by every kind of request, so an "error" names exactly one asker. */
  private requestIds = 0;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly events: WorkerEvents,
    private readonly create: () => Worker = createTrainingWorker,
  ) {}

  get currentRunId(): string | null {
    return this.runId;
  }

  /** Whether a worker is alive now (it may hold a trained model). */
  get alive(): boolean {
    return this.worker !== null;
  }

  start(request: Extract<WorkerRequest, { type: "start" }>): void {
    this.runId = request.runId;
    this.send(request);
  }

  send(request: WorkerRequest): void {
    // Only the drawing pad's features are transferred: uploads are copied, so they stay usable for the next run.
    const transfer: Transferable[] =
      request.type === "predict" ? [request.features.buffer as ArrayBuffer] : [];
    // Imported weight files are read for this request only: move them rather than copy megabytes.
    if (request.type === "adoptWeights")
      for (const bytes of request.weightFiles.values())
        if (bytes.byteLength === bytes.buffer.byteLength)
          transfer.push(bytes.buffer as ArrayBuffer);
    this.ensure().postMessage(request, transfer);
  }

  /** A fresh id for a request that expects an answer (evaluate, predict, recipeQuery…). */
  nextRequestId(): number {
    return ++this.requestIds;
  }

  /**
   * Asks the recipe (or classifier) a question; resolves with the worker's
   * "recipeAnswer" of the same request id, rejects with a RecipeQueryError
   * when the worker answers "error" or goes away first.
   */
  query(question: RecipeQuestion): Promise<RecipeAnswer> {
    return this.ask(
      (requestId) => ({ type: "recipeQuery", requestId, question }),
      "recipeAnswer",
    ).then((reply) => reply.answer);
  }

  /**
   * Sends a request built around a fresh id; resolves with the reply of type `expect` carrying that id,
   * rejects with a RecipeQueryError when the worker answers "error" or goes away first.
   */
  ask<T extends AnswerReply["type"]>(
    build: (requestId: number) => WorkerRequest,
    expect: T,
  ): Promise<Extract<AnswerReply, { type: T }>> {
    const requestId = this.nextRequestId();
    return new Promise((resolve, reject) => {
      this.waiting.set(requestId, {
        resolve: (reply) =>
          reply.type === expect
            ? resolve(reply as Extract<AnswerReply, { type: T }>)
            : reject(new RecipeQueryError(trainingI18n("crashed"))),
        reject,
      });
      this.send(build(requestId));
    });
  }

  /** Replies of the current run are ignored from now on (its graph was closed). */
  forgetRun(): void {
    this.runId = null;
  }

  /** Ends the worker (its model and tensors go with it); the next request starts a new one. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.runId = null;
    this.giveUp(trainingI18n("queryCancelled"));
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(worker, event.data);
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: without preventDefault the browser also logs it as an uncaught page error.
      event.preventDefault();
      this.die(worker, event.message || "");
    };
    worker.onmessageerror = () => this.die(worker, "a message could not be read");
    this.worker = worker;
    return worker;
  }

  private receive(worker: Worker, reply: WorkerReply): void {
    if (worker !== this.worker) return;
    if (this.answer(reply)) return;
    const runId = runIdOf(reply);
    if (runId !== null && runId !== this.runId) return;
    this.events.reply(reply);
    // Out of memory leaves the worker's heap in an unknown state: never reuse it.
    if (reply.type === "failed" && reply.reason === "memory") {
      worker.terminate();
      this.worker = null;
      this.runId = null;
      this.giveUp(trainingI18n("crashed"));
    }
  }

  /** Settles the query a reply answers; true when the reply was that answer (the asker shows it, not the panel). */
  private answer(reply: WorkerReply): boolean {
    if (!ANSWERS.has(reply.type) && !(reply.type === "error" && reply.requestId !== undefined))
      return false;
    const requestId = (reply as { requestId: number }).requestId;
    const waiting = this.waiting.get(requestId);
    if (!waiting) return false;
    this.waiting.delete(requestId);
    if (reply.type === "error") waiting.reject(new RecipeQueryError(reply.message));
    else waiting.resolve(reply as AnswerReply);
    return true;
  }

  /** The worker is gone: nobody will answer the open questions. */
  private giveUp(message: I18nText): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(new RecipeQueryError(message));
  }

  private die(worker: Worker, detail: string): void {
    if (worker !== this.worker) return;
    worker.terminate();
    this.worker = null;
    this.runId = null;
    this.giveUp(trainingI18n("crashed"));
    this.events.crashed(detail);
  }
}
