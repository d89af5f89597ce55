/**
 * A Node run's results (RESULT_METRICS): the epoch history and the graph's
 * totals through summarizeRun — the same arithmetic as the app's — plus what
 * a recipe reports beyond its loss (modes covered, accuracy under attack,
 * partners ranked first).
 */
import type { GraphDocument } from "../../graph";
import { inferShapes } from "../../graph";
import type { RunResults } from "../../graph/results/metrics";
import { summarizeRun } from "../../graph/results/summarize";
import type { TrainingSetup } from "../../graph/training/setup";
import { type RecipeReport, recipeReport } from "./recipeReport";
import type { NodeTrainingResult } from "./train";

export interface RunResultsOptions {
  /** Validation accuracy the "epochs to target" figure waits for. */
  readonly target?: number;
  /** The recipe's report when the caller already asked for it (asking twice would re-attack a classifier). */
  readonly report?: RecipeReport | null;
}

export function runResultsOf(
  trained: NodeTrainingResult,
  document: GraphDocument,
  setup: TrainingSetup,
  options: RunResultsOptions = {},
): RunResults {
  const report =
    options.report !== undefined
      ? options.report
      : trained.outcome.status === "failed"
        ? null
        : recipeReport(trained.trainer, setup);
  return summarizeRun({
    epochs: trained.outcome.epochs,
    totals: inferShapes(document).totals,
    trainCount: trained.trainer.info.trainCount,
    ...(options.target === undefined ? {} : { target: options.target }),
    ...(report ? { extra: report.results } : {}),
  });
}
