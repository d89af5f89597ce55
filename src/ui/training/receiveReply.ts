/**
 * Applies the worker's replies to the training store. Curves and probes are
 * coalesced: whatever arrives within 100 ms is applied in one store update,
 * so charts redraw at most about ten times a second however chatty the
 * worker is. Status changes and failures flush at once — the buttons must
 * never lag behind the run.
 */
import type { LayerProbe, WorkerReply } from "../../training/protocol";
import { type TrainingState, useTrainingStore } from "./trainingStore";

export const UPDATE_INTERVAL_MS = 100;

type Patch = (state: TrainingState) => Partial<TrainingState>;

let queued: Patch[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let lastFlush = 0;

export function flushUpdates(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  if (queued.length === 0) return;
  const patches = queued;
  queued = [];
  lastFlush = performance.now();
  useTrainingStore.setState((state) => {
    let next = state;
    for (const patch of patches) next = { ...next, ...patch(next) };
    return next;
  });
}

function enqueue(patch: Patch): void {
  queued.push(patch);
  if (timer !== null) return;
  const wait = Math.max(0, UPDATE_INTERVAL_MS - (performance.now() - lastFlush));
  timer = setTimeout(flushUpdates, wait);
}

function applyNow(patch: Patch): void {
  flushUpdates();
  useTrainingStore.setState(patch);
}

/** Mean |activation| scaled by the largest layer's, for tinting. */
export function tintLevels(layers: readonly LayerProbe[]): Record<string, number> {
  let largest = 0;
  for (const l of layers) largest = Math.max(largest, l.meanAbsActivation ?? 0);
  const levels: Record<string, number> = {};
  if (largest <= 0) return levels;
  for (const l of layers)
    if (l.meanAbsActivation !== undefined && Number.isFinite(l.meanAbsActivation))
      levels[l.nodeId] = l.meanAbsActivation / largest;
  return levels;
}

const now = (patch: Patch) => ({ patch, wait: false });
const later = (patch: Patch) => ({ patch, wait: true });

export function receiveReply(reply: WorkerReply): void {
  // Answers go to whoever asked (TrainingWorkerClient.query); the store has nothing to change.
  if (
    reply.type === "recipeAnswer" ||
    reply.type === "exportedModel" ||
    reply.type === "weightsAdopted"
  )
    return;
  const { patch, wait } = patchFor(reply);
  if (wait) enqueue(patch);
  else applyNow(patch);
}

/** How a reply changes the store, and whether it may wait for the next coalesced update. */
function patchFor(reply: WorkerReply): { patch: Patch; wait: boolean } {
  switch (reply.type) {
    case "started":
      return now((s) => ({
        info: {
          backend: reply.backend,
          fallback: reply.fallback ?? null,
          backendReason: reply.backendReason ?? null,
          trainCount: reply.trainCount,
          validationCount: reply.validationCount,
          batchSize: reply.batchSize,
          parameterCount: reply.parameterCount,
          resumed: reply.resumed,
          classNames: reply.classNames ?? null,
          recipe: reply.recipe,
          series: reply.series,
        },
        ...(reply.notice ? { notice: reply.notice } : {}),
        // A start that asked to begin paused is paused until the worker says otherwise.
        status: s.status === "preparing" ? (s.startPaused ? "paused" : "running") : s.status,
      }));
    case "progress":
      return later((s) => {
        for (const point of reply.batches) s.series.add(point);
        const last = reply.batches.at(-1);
        return {
          progress: reply.progress,
          status: reply.progress.status,
          seriesVersion: s.seriesVersion + 1,
          epochs: reply.epochs.length > 0 ? [...s.epochs, ...reply.epochs] : s.epochs,
          learningRate: last ? last.learningRate : s.learningRate,
        };
      });
    case "probe":
      return later((s) => {
        const probes = new Map<string, LayerProbe>();
        for (const layer of reply.layers) probes.set(layer.nodeId, layer);
        s.gradients.add(reply.step, reply.layers);
        return { probes, probeStep: reply.step, tint: tintLevels(reply.layers) };
      });
    case "status":
      return now(() => ({ status: reply.status }));
    case "failed":
      return now(() => ({
        status: "failed",
        failure: {
          reason: reply.reason,
          message: reply.message,
          ...(reply.diagnostics ? { diagnostics: reply.diagnostics } : {}),
        },
      }));
    case "checkpointSaved":
      return now(() => ({
        lastSavedEpoch: reply.epoch,
        checkpoint: {
          graphId: reply.graphId,
          savedAt: new Date().toISOString(),
          epoch: reply.epoch,
        },
      }));
    case "checkpointInfo":
      return now(() => ({
        checkpoint: { graphId: reply.graphId, savedAt: reply.savedAt, epoch: reply.epoch ?? null },
      }));
    case "prediction":
      return now(() => ({ prediction: reply }));
    case "evaluation":
      return now(() => ({ evaluation: reply }));
    case "boundary":
      return now(() => ({ boundary: reply }));
    case "error":
      return now(() => ({ notice: reply.message }));
    // A few times a second while a recipe runs: coalesced with the curves.
    case "recipeView":
      return later(() => ({ recipeView: reply.view, recipeViewStep: reply.step }));
    // Answers to one request go to their asker (TrainingWorkerClient.ask); they reach here only when nobody waits.
    case "recipeAnswer":
    case "exportedModel":
    case "weightsAdopted":
      return later(() => ({}));
  }
}
