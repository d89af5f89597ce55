/**
 * Grading one submission headlessly: re-validate the student's graph, check
 * the lab's locks, re-train with the lab's training setup and check the
 * goals on the measured results — never on the numbers the student claims,
 * which are only compared. Never throws: every way a submission can be wrong
 * is a row with a status and notes.
 */
import {
  type BackendChoice,
  type Diagnostic,
  type GoalCheck,
  type GraphDocument,
  type I18nText,
  inferShapes,
  isResultMetric,
  type Lab,
  type LockViolation,
  type ResultMetric,
  type RunResults,
  readTrainingSetup,
  type SubmissionLoad,
  t,
} from "../../graph";
import { checkLocks, labDocument, labGoals } from "../../graph/lab";
import { checkGoals } from "../../graph/results/goals";
import { classifyError } from "../engine/errors";
import { runResultsOf } from "./results";
import { trainInNode } from "./train";

/**
 * passed / failed: re-trained, every goal met or not; locked: a lock broken (not trained);
 * invalid: the graph has errors, answers another lab, or cannot train; unreadable: not a submission file.
 */
export type GradeStatus = "passed" | "failed" | "locked" | "invalid" | "unreadable";

export interface ClaimComparison {
  readonly metric: ResultMetric;
  readonly claimed: number;
  readonly measured: number;
}

export interface GradeRow {
  readonly status: GradeStatus;
  readonly student: string | null;
  readonly startingGraph: string | null;
  /** The goals checked on the re-trained run; empty when it was not trained. */
  readonly goals: readonly GoalCheck[];
  /** What the grader measured: the graph's totals always (when it analyses), the training figures when re-trained. */
  readonly results: RunResults;
  /** What the student's own run reported. */
  readonly claimed: RunResults;
  /** Every metric both claimed and measured. */
  readonly comparison: readonly ClaimComparison[];
  readonly violations: readonly LockViolation[];
  /** The errors that made the graph invalid. */
  readonly diagnostics: readonly Diagnostic[];
  readonly notes: readonly I18nText[];
  /** Seconds the re-training took, and where it ran. */
  readonly seconds?: number;
  readonly backend?: string;
}

export interface GradeOptions {
  readonly backend?: BackendChoice;
  /** A claimed fraction (accuracy) further than this from the measured one is noted. */
  readonly tolerance?: number;
}

const DEFAULT_TOLERANCE = 0.02;

export async function gradeSubmission(
  lab: Lab,
  graphs: ReadonlyMap<string, GraphDocument>,
  load: SubmissionLoad,
  options: GradeOptions = {},
): Promise<GradeRow> {
  if (!load.ok) return row({ status: "unreadable", notes: [load.message] });
  const { submission } = load;
  const claimed = claimedResults(submission.results);
  const base = { student: submission.student, startingGraph: submission.startingGraph, claimed };
  if (submission.lab !== lab.id)
    return row({
      ...base,
      status: "invalid",
      notes: [
        t(
          `This submission answers lab "${submission.lab}", not "${lab.id}".`,
          `该提交对应的是实验 "${submission.lab}"，不是 "${lab.id}"。`,
        ),
      ],
    });

  // What the student trained and the grader re-trains: their graph under the lab's training section.
  const document = labDocument(lab, load.document);
  const analysis = inferShapes(document);
  const totals = totalsOf(analysis.totals);
  const errors = analysis.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0)
    return row({
      ...base,
      status: "invalid",
      results: totals,
      diagnostics: errors,
      notes: [
        t(
          `The graph has ${errors.length} error(s): ${errors[0]!.message}`,
          `该图有 ${errors.length} 个错误：${errors[0]!.messageZh}`,
        ),
      ],
    });

  const violations = checkLocks(lab, graphs, submission.startingGraph, load.document);
  if (violations.length > 0)
    return row({
      ...base,
      status: "locked",
      results: totals,
      violations,
      notes: violations.map((v) => v.message),
    });

  const setup = readTrainingSetup(document.training).setup;
  try {
    const trained = await trainInNode({
      document,
      setup,
      ...(options.backend ? { backend: options.backend } : {}),
    });
    let results: RunResults;
    try {
      results = runResultsOf(trained, document, setup, {
        ...(lab.target === undefined ? {} : { target: lab.target }),
      });
    } finally {
      trained.trainer.dispose();
    }
    const goals = checkGoals(labGoals(lab), results);
    const comparison = compare(claimed, results);
    const notes: I18nText[] = [];
    const failure = trained.outcome.failure;
    if (failure) notes.push(failure.text);
    notes.push(...claimNotes(comparison, options.tolerance ?? DEFAULT_TOLERANCE));
    if (checkGoals(labGoals(lab), claimed).every((g) => g.met) && goals.some((g) => !g.met))
      notes.push(
        t(
          "The submission claims every goal met, but the re-trained run misses some.",
          "提交声称已达成所有目标，但重新训练的结果未能全部达成。",
        ),
      );
    return row({
      ...base,
      status: goals.every((g) => g.met) ? "passed" : "failed",
      goals,
      results,
      comparison,
      notes,
      seconds: trained.seconds,
      backend: trained.backend.backend,
    });
  } catch (error) {
    // A graph that validates but cannot train on the lab's setup (a kernel tfjs lacks, a dataset mismatch).
    const failure = classifyError(error);
    return row({
      ...base,
      status: "invalid",
      results: totals,
      diagnostics: failure.diagnostics ?? [],
      notes: [t(`Re-training failed: ${failure.text.en}`, `重新训练失败：${failure.text.zh}`)],
    });
  }
}

function row(fields: Partial<GradeRow> & Pick<GradeRow, "status">): GradeRow {
  return {
    student: null,
    startingGraph: null,
    goals: [],
    results: {},
    claimed: {},
    comparison: [],
    violations: [],
    diagnostics: [],
    notes: [],
    ...fields,
  };
}

/** The graph's size figures, known without training. */
function totalsOf(totals: {
  readonly params: number;
  readonly flops: number | null;
  readonly weightBytes: number;
}): RunResults {
  return {
    params: totals.params,
    weightBytes: totals.weightBytes,
    ...(totals.flops === null ? {} : { flops: totals.flops }),
  };
}

/** Only known metrics with finite values: a submission's results are whatever the file says. */
function claimedResults(raw: Readonly<Record<string, number>>): RunResults {
  const results: Partial<Record<ResultMetric, number>> = {};
  for (const [name, value] of Object.entries(raw))
    if (isResultMetric(name) && Number.isFinite(value)) results[name] = value;
  return results;
}

/** Training figures only: timings differ from machine to machine and say nothing about honesty. */
const COMPARED: readonly ResultMetric[] = [
  "bestValAccuracy",
  "finalValAccuracy",
  "finalAccuracy",
  "bestValLoss",
  "finalValLoss",
  "finalLoss",
  "params",
  "epochs",
  "epochsToTarget",
];

function compare(claimed: RunResults, measured: RunResults): ClaimComparison[] {
  return COMPARED.flatMap((metric) => {
    const c = claimed[metric];
    const m = measured[metric];
    return c === undefined || m === undefined ? [] : [{ metric, claimed: c, measured: m }];
  });
}

function claimNotes(comparison: readonly ClaimComparison[], tolerance: number): I18nText[] {
  const notes: I18nText[] = [];
  for (const { metric, claimed, measured } of comparison) {
    if (metric === "params" && claimed !== measured)
      notes.push(
        t(
          `Claimed ${claimed} parameters, but the graph has ${measured}.`,
          `声称参数量为 ${claimed}，但该图实际为 ${measured}。`,
        ),
      );
    if (metric === "bestValAccuracy" && Math.abs(claimed - measured) > tolerance)
      notes.push(
        t(
          `Claimed best validation accuracy ${percent(claimed)}, measured ${percent(measured)}.`,
          `声称最佳验证准确率为 ${percent(claimed)}，实测为 ${percent(measured)}。`,
        ),
      );
  }
  return notes;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}
