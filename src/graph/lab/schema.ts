/**
 * Lab sheets and students' submissions: versioned JSON files like graph
 * documents. A lab bundles bilingual instructions, starting graphs, the
 * training setup every student trains with, what may not be changed (locks)
 * and goals checked automatically; a submission carries a student's graph
 * and the results their run reached (re-checked by `neurograph grade`).
 */
import { z } from "zod";
import { goalSchema } from "../results/goals";

export const LAB_FORMAT = "neurograph-lab";
export const SUBMISSION_FORMAT = "neurograph-submission";
export const LAB_VERSION = 1;
export const SUBMISSION_VERSION = 1;

const id = z.string().min(1).max(256);
const text = z.string().min(1).max(20_000);
const bilingual = z.looseObject({ en: text, zh: text });

export const labGraphSchema = z.looseObject({
  id,
  title: bilingual,
  /** A graph document (format "neurograph"); loaded and validated by loadDocument like any other. */
  document: z.unknown(),
});

export const paramLockSchema = z.looseObject({ node: id, param: z.string().min(1).max(256) });

export const labLocksSchema = z.looseObject({
  /** Nodes that must stay as the starting graph has them: same type, same params, not removed. */
  nodes: z.array(id).max(1000).default([]),
  /** Single params that may not change (the rest of the node may). */
  params: z.array(paramLockSchema).max(1000).default([]),
  /** Training-setup keys (e.g. "dataset", "epochs", "seed", "optimizer") that may not change from the lab's. */
  training: z.array(z.string().min(1).max(256)).max(100).default([]),
});

export const labSchema = z.looseObject({
  format: z.literal(LAB_FORMAT),
  version: z.literal(LAB_VERSION),
  id,
  title: bilingual,
  /** Plain text with blank-line paragraphs; shown in the lab panel in the reader's language. */
  instructions: bilingual,
  graphs: z.array(labGraphSchema).min(1).max(8),
  /** The training section every graph of the lab trains with (dataset, epochs, seed, …); merged over each graph's own. */
  training: z.record(z.string(), z.unknown()).default({}),
  locks: labLocksSchema.default({ nodes: [], params: [], training: [] }),
  goals: z.array(goalSchema).min(1).max(20),
  /** Validation accuracy for the "epochs to target" figure (a fraction). */
  target: z.number().min(0).max(1).optional(),
});

export const submissionSchema = z.looseObject({
  format: z.literal(SUBMISSION_FORMAT),
  version: z.literal(SUBMISSION_VERSION),
  lab: id,
  /** The lab graph the student started from (its id in the lab's graphs). */
  startingGraph: id,
  student: z.string().min(1).max(200),
  /** ISO 8601. */
  submittedAt: z.string().max(64),
  /** The student's graph document, training section included. */
  document: z.unknown(),
  /** The results the student's own run reached (RESULT_METRICS names); the grader re-trains and compares. */
  results: z.record(z.string(), z.number()).default({}),
});

export type Lab = z.output<typeof labSchema>;
export type LabGraph = z.output<typeof labGraphSchema>;
export type LabLocks = z.output<typeof labLocksSchema>;
export type Submission = z.output<typeof submissionSchema>;
