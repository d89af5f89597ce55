/** Narrow selectors over the training store, and what the current run allows. */
import type { RunStatus } from "../../training/protocol";
import { useEditorStore } from "../store/editorStore";
import { modelFingerprint } from "./fingerprint";
import { useTrainingStore } from "./trainingStore";

export function useStatus(): RunStatus {
  return useTrainingStore((s) => s.status);
}

export interface Allowed {
  readonly train: boolean;
  readonly pause: boolean;
  readonly resume: boolean;
  readonly stop: boolean;
  readonly step: boolean;
  readonly reset: boolean;
  readonly editLearningRate: boolean;
}

export function allowedActions(status: RunStatus): Allowed {
  const idle =
    status === "idle" || status === "stopped" || status === "finished" || status === "failed";
  return {
    train: idle,
    pause: status === "running",
    resume: status === "paused",
    stop: status === "running" || status === "paused" || status === "preparing",
    step: idle || status === "paused",
    reset: idle,
    editLearningRate: status === "paused",
  };
}

/**
 * True when the graph changed (layers, params, connections) after the model
 * of the current run was built: the panel marks its curves and views stale.
 */
export function useOutOfDate(): boolean {
  const built = useTrainingStore((s) => (s.status === "idle" ? null : s.builtFingerprint));
  return useEditorStore(
    (s) => built !== null && built !== "" && modelFingerprint(s.document) !== built,
  );
}
