/**
 * A read-only window into the editor for end-to-end tests and the benchmark
 * (e.g. to read the current document or the training progress). It exposes
 * no way to change state: tests drive the app through its UI.
 */
import { useEditorStore } from "./store/editorStore";
import { useTrainingStore } from "./training/trainingStore";

/** What a benchmark needs to know about the current run: plain numbers only. */
function trainingSnapshot() {
  const { status, info, progress, epochs } = useTrainingStore.getState();
  const samplesDone =
    progress && info
      ? ((Math.max(1, progress.epoch) - 1) * progress.batchesPerEpoch + progress.batch) *
        info.batchSize
      : 0;
  return {
    status,
    backend: info?.backend ?? null,
    batchSize: info?.batchSize ?? null,
    epoch: progress?.epoch ?? 0,
    batch: progress?.batch ?? 0,
    samplesDone,
    samplesPerSecond: progress?.samplesPerSecond ?? 0,
    lastEpoch: epochs.at(-1) ?? null,
  };
}

export function installDebugHook(): void {
  (window as unknown as { __neurograph: unknown }).__neurograph = {
    document: () => structuredClone(useEditorStore.getState().document),
    historyLength: () => useEditorStore.getState().past.length,
    training: trainingSnapshot,
  };
}
