/**
 * The leaderboard's rows: each submission file read, checked against the
 * lab (its locks re-checked, its goals judged on the results the student's
 * run claims), and sorted by any column. Parameters, FLOPs and weight memory
 * are recounted from the graph: they need no training to verify. Pure, so
 * that it is tested without a browser.
 */
import {
  checkGoals,
  type GoalCheck,
  type GraphDocument,
  type I18nText,
  inferShapes,
  type Locale,
  type RunResults,
} from "../../../graph";
import { checkLocks, type LockViolation, labGoals, loadSubmissionText } from "../../../graph/lab";
import type { Lab, Submission } from "../../../graph/lab/schema";
import { labsI18n } from "../labsText";

export interface LabContext {
  readonly lab: Lab;
  readonly graphs: ReadonlyMap<string, GraphDocument>;
}

export interface SubmissionFile {
  /** Unique among the loaded files (a name may repeat across drops). */
  readonly key: string;
  readonly name: string;
  readonly text: string;
  /** Why the file could not be read at all (too large, unreadable); its text is then empty. */
  readonly failure?: I18nText;
}

export interface GradedRow {
  readonly ok: true;
  readonly key: string;
  readonly fileName: string;
  readonly submission: Submission;
  readonly document: GraphDocument;
  /** The claimed results, with the structural figures recounted from the graph. */
  readonly results: RunResults;
  readonly checks: readonly GoalCheck[];
  readonly violations: readonly LockViolation[];
  readonly startingTitle: I18nText;
}

export interface InvalidRow {
  readonly ok: false;
  readonly key: string;
  readonly fileName: string;
  readonly message: I18nText;
}

export type LeaderboardRow = GradedRow | InvalidRow;

export function gradeSubmission(context: LabContext, file: SubmissionFile): LeaderboardRow {
  const { lab, graphs } = context;
  const invalid = (message: I18nText): InvalidRow => ({
    ok: false,
    key: file.key,
    fileName: file.name,
    message,
  });
  if (file.failure) return invalid(file.failure);
  const loaded = loadSubmissionText(file.text);
  if (!loaded.ok) return invalid(loaded.message);
  const { submission, document } = loaded;
  if (submission.lab !== lab.id) return invalid(labsI18n("otherLab", { lab: submission.lab }));
  const starting = lab.graphs.find((g) => g.id === submission.startingGraph);
  if (!starting) return invalid(labsI18n("unknownStartingGraph", { id: submission.startingGraph }));
  const { totals } = inferShapes(document);
  const results: RunResults = {
    ...(submission.results as RunResults),
    params: totals.params,
    weightBytes: totals.weightBytes,
    ...(totals.flops === null ? {} : { flops: totals.flops }),
  };
  return {
    ok: true,
    key: file.key,
    fileName: file.name,
    submission,
    document,
    results,
    checks: checkGoals(labGoals(lab), results),
    violations: checkLocks(lab, graphs, submission.startingGraph, document),
    startingTitle: starting.title,
  };
}

/** "student", "startingGraph", "goal:0"…, "params", "bestValAccuracy", "locks". */
export type SortColumn =
  | "student"
  | "startingGraph"
  | `goal:${number}`
  | "params"
  | "bestValAccuracy"
  | "locks";

export interface SortOrder {
  readonly column: SortColumn;
  readonly direction: "ascending" | "descending";
}

function sortValue(
  row: GradedRow,
  column: SortColumn,
  locale: Locale,
): string | number | undefined {
  switch (column) {
    case "student":
      return row.submission.student;
    case "startingGraph":
      return row.startingTitle[locale];
    case "params":
      return row.results.params;
    case "bestValAccuracy":
      return row.results.bestValAccuracy;
    case "locks":
      return row.violations.length;
    default:
      return row.checks[Number(column.slice("goal:".length))]?.actual;
  }
}

/**
 * Rows in the asked order. Invalid files and missing values go last in
 * either direction (nobody wants a blank at the top); ties keep load order.
 */
export function sortRows(
  rows: readonly LeaderboardRow[],
  order: SortOrder | null,
  locale: Locale,
): LeaderboardRow[] {
  if (!order) return [...rows];
  const sign = order.direction === "ascending" ? 1 : -1;
  const collator = new Intl.Collator(locale === "zh" ? "zh-CN" : "en", { numeric: true });
  const keyOf = (row: LeaderboardRow) =>
    row.ok ? sortValue(row, order.column, locale) : undefined;
  return rows
    .map((row, index) => ({ row, index, value: keyOf(row) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined)
        return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
      const compared =
        typeof a.value === "number" && typeof b.value === "number"
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return compared === 0 ? a.index - b.index : sign * compared;
    })
    .map((entry) => entry.row);
}

/** Clicking a header: a new column sorts ascending, the same column flips. */
export function nextOrder(current: SortOrder | null, column: SortColumn): SortOrder {
  if (current?.column === column)
    return {
      column,
      direction: current.direction === "ascending" ? "descending" : "ascending",
    };
  return { column, direction: "ascending" };
}
