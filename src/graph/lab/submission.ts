/**
 * A student's submission: their graph (training section included), the lab
 * and starting graph it answers, and the results their own run reached —
 * which the grader re-trains and compares against.
 */
import type { GraphDocument } from "../document/schema";
import type { RunResults } from "../results/metrics";
import { type Lab, SUBMISSION_FORMAT, SUBMISSION_VERSION, type Submission } from "./schema";

export interface SubmissionInput {
  readonly lab: Lab;
  readonly startingGraph: string;
  readonly student: string;
  readonly document: GraphDocument;
  readonly results: RunResults;
  readonly now: Date;
}

const MAX_STUDENT = 200;

export function createSubmission(input: SubmissionInput): Submission {
  // The schema wants 1–200 characters; a blank name still makes a file the teacher can open.
  const student = input.student.trim().slice(0, MAX_STUDENT) || "Anonymous";
  const results: Record<string, number> = {};
  for (const [metric, value] of Object.entries(input.results))
    if (typeof value === "number" && Number.isFinite(value)) results[metric] = value;
  return {
    format: SUBMISSION_FORMAT,
    version: SUBMISSION_VERSION,
    lab: input.lab.id,
    startingGraph: input.startingGraph,
    student,
    submittedAt: input.now.toISOString(),
    document: input.document,
    results,
  };
}

/**
 * "<lab>-<student>.json", safe on every file system: letters and digits of
 * any script kept (张伟 stays 张伟), everything else a hyphen, length capped.
 */
export function submissionFileName(submission: Pick<Submission, "lab" | "student">): string {
  const lab = slug(submission.lab, 40) || "lab";
  const student = slug(submission.student, 60) || "student";
  return `${lab}-${student}.json`;
}

function slug(text: string, max: number): string {
  return text
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}
