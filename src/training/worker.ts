/**
 * The training Web Worker: the only browser module that imports tfjs for
 * training, so the main thread never does tensor maths and the canvas stays
 * responsive. It hands every request to a TrainingHost and posts its replies,
 * transferring typed-array buffers. Anything unexpected — an exception, a
 * rejected promise, running out of memory — becomes a "failed" reply, so the
 * UI always learns what happened. The UI creates it with
 * `new Worker(new URL("../../training/worker.ts", import.meta.url), { type: "module" })`.
 */
import wasmUrl from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url";
import simdUrl from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url";
import threadedSimdUrl from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url";
import { enableProductionMode } from "../compiler";
import { browserBackends } from "./backend/browser";
import { indexedDbCheckpointStore } from "./checkpoints/indexedDbStore";
import { loadDataset } from "./datasets";
import { browserDatasetIO } from "./datasets/browserIO";
import { TrainingHost } from "./host/trainingHost";
import { transferablesOf } from "./host/transfer";
import type { WorkerReply, WorkerRequest } from "./protocol";

/** The parts of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerRequest>) => void): void;
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
  addEventListener(
    type: "unhandledrejection",
    listener: (event: PromiseRejectionEvent) => void,
  ): void;
  readonly location: { readonly href: string };
}

const scope = self as unknown as WorkerScope;

const post = (reply: WorkerReply): void => {
  try {
    scope.postMessage(reply, transferablesOf(reply));
  } catch {
    // A reply that cannot be cloned must not kill the worker; send it without transfers.
    scope.postMessage(reply, []);
  }
};

enableProductionMode();

const host = new TrainingHost({
  post,
  environment: browserBackends({ wasm: wasmUrl, simd: simdUrl, threadedSimd: threadedSimdUrl }),
  checkpoints: indexedDbCheckpointStore(),
  // The packed datasets are served by the app itself, under its base URL.
  datasetIO: browserDatasetIO(new URL(import.meta.env.BASE_URL, scope.location.href).href),
  loadDataset,
});

scope.addEventListener("message", (event) => host.handle(event.data));
scope.addEventListener("error", (event) => {
  event.preventDefault();
  host.crashed(event.error ?? event.message);
});
scope.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  host.crashed(event.reason);
});
