/**
 * Always mounted (the training panel may be hidden): when another graph is
 * opened, the old graph's run is stopped and forgotten, so neither the panel
 * nor the canvas tint ever shows one graph's run over another graph.
 */
import { useEffect } from "react";
import { useFilesStore } from "../files/filesStore";
import { abandonRun } from "./trainingActions";
import { useTrainingStore } from "./trainingStore";

export function TrainingSession() {
  const graphId = useFilesStore((s) => s.currentId);
  useEffect(() => {
    if (!graphId) return;
    const { runGraphId, checkpoint } = useTrainingStore.getState();
    if (runGraphId !== null && runGraphId !== graphId) abandonRun();
    if (checkpoint !== null && checkpoint.graphId !== graphId)
      useTrainingStore.setState({ checkpoint: null });
  }, [graphId]);
  return null;
}
