/**
 * The results table's figures, and its CSV and JSON exports. Every number
 * comes from summarizeRun (the same arithmetic as the CLI and the labs) over
 * the run's epoch history and the graph's own totals (inferShapes).
 */
import { type GraphDocument, inferShapes } from "../../graph";
import {
  RESULT_METRICS,
  type ResultMetric,
  type RunResults,
  summarizeRun,
} from "../../graph/results";
import type { EpochPoint } from "../../training/protocol";
import type { CompareRun, CompareRunStatus } from "./compareRuns";
import type { SharedTraining } from "./compareSetup";

/** The table's columns, in order; a column no graph has a value for is left out. */
export const TABLE_METRICS = [
  "params",
  "flops",
  "weightBytes",
  "bestValAccuracy",
  "bestValLoss",
  "epochsToTarget",
  "secondsPerEpoch",
  "samplesPerSecond",
] as const satisfies readonly ResultMetric[];

export type TableMetric = (typeof TABLE_METRICS)[number];

export interface ResultRow {
  readonly entryId: string;
  readonly label: string;
  readonly status: CompareRunStatus;
  readonly results: RunResults;
}

/** The figures of a graph that has not trained yet: its size alone. */
export function staticResults(document: GraphDocument): RunResults {
  return summarizeRun({ epochs: [], totals: inferShapes(document).totals, trainCount: 0 });
}

export function resultRow(run: CompareRun, target: number): ResultRow {
  const totals = inferShapes(run.document).totals;
  const results = summarizeRun({
    epochs: run.history,
    totals,
    trainCount: run.trainCount,
    target,
  });
  return { entryId: run.entryId, label: run.label, status: run.status, results };
}

/**
 * The columns worth showing: those at least one row has a value for — and
 * "epochs to target" once a graph has a validation accuracy, so that "not
 * reached" can be said.
 */
export function visibleMetrics(rows: readonly ResultRow[]): TableMetric[] {
  const accuracy = rows.some((r) => r.results.bestValAccuracy !== undefined);
  return TABLE_METRICS.filter(
    (m) => rows.some((r) => r.results[m] !== undefined) || (m === "epochsToTarget" && accuracy),
  );
}

/**
 * For each column, the rows holding its best value (ties share it). A
 * column is only judged when at least two graphs have a value in it.
 */
export function bestRows(
  rows: readonly ResultRow[],
  metrics: readonly ResultMetric[],
): ReadonlyMap<ResultMetric, ReadonlySet<string>> {
  const best = new Map<ResultMetric, ReadonlySet<string>>();
  for (const metric of metrics) {
    const valued = rows.flatMap((r) => {
      const value = r.results[metric];
      return value === undefined || !Number.isFinite(value) ? [] : [{ id: r.entryId, value }];
    });
    if (valued.length < 2) continue;
    const values = valued.map((v) => v.value);
    const target =
      RESULT_METRICS[metric].better === "higher" ? Math.max(...values) : Math.min(...values);
    best.set(metric, new Set(valued.filter((v) => v.value === target).map((v) => v.id)));
  }
  return best;
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One line per graph; raw numbers (fractions, seconds, bytes) under the metrics' stable names. */
export function resultsCsv(rows: readonly ResultRow[]): string {
  const header = ["graph", "status", ...TABLE_METRICS, "finalValAccuracy", "finalValLoss"];
  const lines = rows.map((r) =>
    [
      cell(r.label),
      r.status,
      ...header.slice(2).map((m) => {
        const value = r.results[m as ResultMetric];
        return value === undefined ? "" : String(value);
      }),
    ].join(","),
  );
  return `${[header.join(","), ...lines].join("\n")}\n`;
}

export interface ComparisonExport {
  readonly format: "neurograph-comparison";
  readonly version: 1;
  readonly exportedAt: string;
  /** The training fields every graph shared (taken from the first graph). */
  readonly shared: SharedTraining | null;
  /** The validation accuracy "epochsToTarget" counts towards. */
  readonly target: number;
  readonly graphs: readonly {
    readonly label: string;
    readonly status: CompareRunStatus;
    readonly results: RunResults;
    readonly history: readonly EpochPoint[];
  }[];
}

export function resultsJson(
  rows: readonly ResultRow[],
  runs: readonly CompareRun[],
  shared: SharedTraining | null,
  target: number,
): ComparisonExport {
  return {
    format: "neurograph-comparison",
    version: 1,
    exportedAt: new Date().toISOString(),
    shared,
    target,
    graphs: rows.map((r) => ({
      label: r.label,
      status: r.status,
      results: r.results,
      history: runs.find((run) => run.entryId === r.entryId)?.history ?? [],
    })),
  };
}
