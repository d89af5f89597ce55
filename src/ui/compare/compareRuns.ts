/**
 * Training the compared graphs: one TrainingWorkerClient (so one worker) per
 * graph, started one after another — or two at a time when the machine has
 * at least four cores. Each run trains under a graph id of its own
 * ("compare-…"), starts from the seed's weights and deletes its checkpoint
 * when it ends, so a comparison never touches the editor's saved weights.
 */
import { create } from "zustand";
import type { GraphDocument, I18nText } from "../../graph";
import type { TrainingSetup } from "../../graph/training/setup";
import type { EpochPoint, RunStatus, WorkerReply } from "../../training/protocol";
import { useFilesStore } from "../files/filesStore";
import { trainingI18n } from "../training/trainingText";
import { datasetSource } from "../training/uploads";
import { TrainingWorkerClient } from "../training/workerClient";
import { addBatches, type BatchSample } from "./batchCurve";
import {
  comparedSetup,
  type SharedTraining,
  sharedTraining,
  withSharedTraining,
} from "./compareSetup";
import type { CompareEntry } from "./compareStore";

export type CompareRunStatus = RunStatus | "queued";

export interface CompareRun {
  readonly entryId: string;
  /** This run of the entry: replies of an earlier comparison's run never touch a later one. */
  readonly key: string;
  readonly label: string;
  /** The graph exactly as it trained (shared training section applied). */
  readonly document: GraphDocument;
  readonly status: CompareRunStatus;
  readonly epoch: number;
  readonly epochs: number;
  readonly batch: number;
  readonly batchesPerEpoch: number;
  readonly history: readonly EpochPoint[];
  /** The training curve between epochs: smoothed per-batch figures, thinned to a few hundred points. */
  readonly batches: readonly BatchSample[];
  readonly trainCount: number;
  readonly backend: string | null;
  readonly failure: I18nText | null;
}

export interface CompareRunsState {
  /** In the order of the compared graphs. */
  readonly runs: readonly CompareRun[];
  readonly shared: SharedTraining | null;
  /** Runs training at once (1, or 2 with four cores or more). */
  readonly concurrency: number;
}

export const useCompareRuns = create<CompareRunsState>()(() => ({
  runs: [],
  shared: null,
  concurrency: 1,
}));

/** Two workers at once only where each gets two cores; more would slow every run down. */
export function concurrencyFor(cores: number | undefined): number {
  return (cores ?? 1) >= 4 ? 2 : 1;
}

export function isSettled(status: CompareRunStatus): boolean {
  return status === "finished" || status === "stopped" || status === "failed";
}

export function isComparing(runs: readonly CompareRun[]): boolean {
  return runs.some((r) => !isSettled(r.status) && r.status !== "idle");
}

const NO_LIVE = { activations: false, histograms: false, probeIndex: 0 } as const;
/** How long a finished run's worker may take to delete its checkpoint before it is ended anyway. */
const CLEANUP_MS = 3000;

interface ActiveRun {
  readonly client: TrainingWorkerClient;
  readonly end: (change: Partial<CompareRun>) => void;
}

const active = new Map<string, ActiveRun>();
let generation = 0;

function update(key: string, change: (run: CompareRun) => Partial<CompareRun>): void {
  useCompareRuns.setState((s) => ({
    runs: s.runs.map((r) => (r.key === key ? { ...r, ...change(r) } : r)),
  }));
}

/** Trains every entry on the first one's data split; replaces any earlier comparison. */
export function startComparison(entries: readonly CompareEntry[], epochs: number | null): void {
  stopComparison();
  const first = entries[0];
  if (!first) return;
  const shared = sharedTraining(first.document, epochs);
  generation++;
  useCompareRuns.setState({
    shared,
    concurrency: concurrencyFor(globalThis.navigator?.hardwareConcurrency),
    runs: entries.map((entry) => ({
      entryId: entry.id,
      key: `${generation}:${entry.id}`,
      label: entry.label,
      document: withSharedTraining(entry.document, shared),
      status: "queued",
      epoch: 0,
      epochs: shared.epochs,
      batch: 0,
      batchesPerEpoch: 0,
      history: [],
      batches: [],
      trainCount: 0,
      backend: null,
      failure: null,
    })),
  });
  const setups = new Map(entries.map((e) => [e.id, comparedSetup(e.document, shared)]));
  const mine = generation;
  const next = (): void => {
    if (mine !== generation) return;
    const waiting = useCompareRuns.getState().runs.find((r) => r.status === "queued");
    if (!waiting) return;
    update(waiting.key, () => ({ status: "preparing" }));
    void trainOne(waiting, setups.get(waiting.entryId)!, mine).then(next);
  };
  for (let i = 0; i < useCompareRuns.getState().concurrency; i++) next();
}

/** Stops the runs under way; queued ones will not start. */
export function stopComparison(): void {
  generation++;
  useCompareRuns.setState((s) => ({
    runs: s.runs.map((r) => (r.status === "queued" ? { ...r, status: "stopped" } : r)),
  }));
  for (const [key, run] of active) {
    // A run still loading its data has no trainer to stop yet: it ends here, and its worker with it.
    const status = useCompareRuns.getState().runs.find((r) => r.key === key)?.status;
    if (status === "preparing") run.end({ status: "stopped" });
    else run.client.send({ type: "stop" });
  }
}

/** Resolves when the run has ended, however it ended. */
async function trainOne(run: CompareRun, setup: TrainingSetup, mine: number): Promise<void> {
  const graphId = `compare-${run.key.replace(":", "-")}`;
  const source = await datasetSource(setup, useFilesStore.getState().currentId ?? "unsaved");
  if (!source.ok) {
    update(run.key, () => ({ status: "failed", failure: source.error }));
    return;
  }
  if (mine !== generation) {
    update(run.key, () => ({ status: "stopped" }));
    return;
  }
  await new Promise<void>((resolve) => {
    let ended = false;
    let cleaned: (() => void) | null = null;
    const end = (change: Partial<CompareRun>) => {
      if (ended) return;
      ended = true;
      update(run.key, () => change);
      resolve();
      if (active.get(run.key)?.client === client) active.delete(run.key);
      // The checkpoint is deleted first (the worker answers "checkpointInfo"), then the worker ends.
      const done = new Promise<void>((r) => {
        cleaned = r;
        setTimeout(r, CLEANUP_MS);
      });
      client.send({ type: "resetWeights", graphId });
      void done.then(() => client.terminate());
    };
    const client = new TrainingWorkerClient({
      reply: (reply) => {
        if (!ended) receive(run.key, reply, end);
        else if (reply.type === "checkpointInfo") cleaned?.();
      },
      crashed: () => end({ status: "failed", failure: trainingI18n("crashed") }),
    });
    active.set(run.key, { client, end });
    client.start({
      type: "start",
      runId: `${graphId}-${Date.now().toString(36)}`,
      graphId,
      document: run.document,
      setup,
      dataset: source.value,
      live: NO_LIVE,
      resume: false,
    });
  });
}

function receive(
  key: string,
  reply: WorkerReply,
  end: (change: Partial<CompareRun>) => void,
): void {
  switch (reply.type) {
    case "started":
      update(key, () => ({
        status: "running",
        trainCount: reply.trainCount,
        backend: reply.backend,
      }));
      return;
    case "progress":
      update(key, (r) => ({
        status: reply.progress.status,
        epoch: reply.progress.epoch,
        epochs: reply.progress.epochs,
        batch: reply.progress.batch,
        batchesPerEpoch: reply.progress.batchesPerEpoch,
        history: reply.epochs.length > 0 ? [...r.history, ...reply.epochs] : r.history,
        batches: addBatches(r.batches, reply.batches, reply.progress.batchesPerEpoch),
      }));
      return;
    case "status":
      if (isSettled(reply.status)) end({ status: reply.status });
      else update(key, () => ({ status: reply.status }));
      return;
    case "failed":
      end({ status: "failed", failure: reply.message });
      return;
    default:
      return;
  }
}
