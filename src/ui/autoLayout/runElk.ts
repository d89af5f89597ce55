/**
 * ELK layout, in a Web Worker when the browser has them (ELK is compiled Java
 * and takes a noticeable time on large graphs), else on this thread. The
 * worker starts on first use and stays for the next layouts.
 */
import type { ElkNode } from "elkjs/lib/elk-api";

type Reply = { id: number; result: ElkNode } | { id: number; error: string };

let worker: Worker | null = null;
let broken = false;
let nextId = 0;
const pending = new Map<number, { resolve: (r: ElkNode) => void; reject: (e: Error) => void }>();

function startWorker(): Worker {
  const w = new Worker(new URL("./elk.worker.ts", import.meta.url), { type: "module" });
  w.onmessage = (event: MessageEvent<Reply>) => {
    const job = pending.get(event.data.id);
    if (!job) return;
    pending.delete(event.data.id);
    if ("error" in event.data) job.reject(new Error(event.data.error));
    else job.resolve(event.data.result);
  };
  w.onerror = (event) => {
    // The worker could not start (e.g. a blocked script): lay out here from now on.
    event.preventDefault();
    broken = true;
    worker = null;
    w.terminate();
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) job.reject(new Error("worker failed"));
  };
  return w;
}

async function onThisThread(graph: ElkNode): Promise<ElkNode> {
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  return new ELK().layout(graph);
}

export async function runElk(graph: ElkNode): Promise<ElkNode> {
  if (typeof Worker === "undefined" || broken) return onThisThread(graph);
  worker ??= startWorker();
  const id = ++nextId;
  const target = worker;
  try {
    return await new Promise<ElkNode>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.postMessage({ id, graph });
    });
  } catch (error) {
    if (broken) return onThisThread(graph);
    throw error;
  }
}
