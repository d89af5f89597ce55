/**
 * The results (RESULT_METRICS) of the current graph's latest run, computed
 * in the app exactly as the CLI computes them (summarizeRun) — null until a
 * run of this graph has reported an epoch. A GAN's modes covered come from its
 * live view, word2vec's known-pair score from its view; a figure only the
 * CLI measures (accuracy under attack) is absent here.
 */
import { useMemo } from "react";
import { type RunResults, summarizeRun } from "../../../graph";
import type { RecipeView } from "../../../training/recipeViews";
import { useFilesStore } from "../../files/filesStore";
import { useAnalysis } from "../../store/editorStore";
import { useTrainingStore } from "../trainingStore";

/** What a recipe's live view measures beyond its loss, under RESULT_METRICS names. */
function recipeFigures(view: RecipeView | null): RunResults | undefined {
  if (view?.kind === "gan" && view.modes) return { modesCovered: view.modes.covered };
  if (view?.kind === "word2vec" && view.benchmark)
    return { [view.benchmark.metric]: view.benchmark.value };
  return undefined;
}

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
