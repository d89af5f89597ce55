/**
 * The results (RESULT_METRICS) of the current graph's latest run, computed
 * in the app exactly as the CLI computes them (summarizeRun) — null until a
 * run of this graph has reported an epoch. A GAN's modes covered come from its
 * live view, word2vec's known-pair score from its view; a figure only the
 * CLI measures (accuracy under attack) is absent here.
 */
import { useMemo } from "react";
import { type RunResults, summarizeRun } from "../../../graph";
import { recipeFigures } from "../../../training/recipeViews";
import { useFilesStore } from "../../files/filesStore";
import { useAnalysis } from "../../store/editorStore";
import { useTrainingStore } from "../trainingStore";

export function useRunResults(target?: number): RunResults | null {
  const analysis = useAnalysis();
  const graphId = useFilesStore((s) => s.currentId);
  const runGraphId = useTrainingStore((s) => s.runGraphId);
  const epochs = useTrainingStore((s) => s.epochs);
  const info = useTrainingStore((s) => s.info);
  const view = useTrainingStore((s) => s.recipeView);
  return useMemo(() => {
    if (runGraphId === null || runGraphId !== graphId || epochs.length === 0) return null;
    const extra = recipeFigures(view);
    return summarizeRun({
      epochs,
      totals: analysis.totals,
      trainCount: info?.trainCount ?? 0,
      ...(target === undefined ? {} : { target }),
      ...(extra ? { extra } : {}),
    });
  }, [analysis.totals, epochs, graphId, info, runGraphId, target, view]);
}
