/**
 * A preset's place in the curriculum: which topic it teaches, its name and
 * learning goal in both languages, and the outcome a run of its training
 * setup reaches — stated for people and as goals a test checks through the CLI
 * (`neurograph train --check`).
 */
import { z } from "zod";
import { goalSchema } from "../results/goals";

const text = z.string().min(1).max(10_000);
const bilingual = z.looseObject({ en: text, zh: text });

export const lessonSchema = z.looseObject({
  /** The curriculum topic, 1–16 in the order of CURRICULUM_TOPICS. */
  topic: z.number().int().min(1).max(99),
  /** Order within the topic (the gallery sorts by topic, then order). */
  order: z.number().int().min(0).max(999).default(0),
  title: bilingual,
  /** What the learner should understand after running it. */
  goal: bilingual,
  /** What a run of the training setup shows, in words… */
  outcome: bilingual,
  /** …and as goals on the run's results (RESULT_METRICS), checked by the preset outcome tests. */
  checks: z.array(goalSchema).max(20).default([]),
  /**
   * For presets too slow to train fully in CI (a big corpus): the checks hold after this many epochs, and the
   * outcome text says so. Absent: after the training setup's epochs.
   */
  checkEpochs: z.number().int().min(1).max(1000).optional(),
  /** Presets to open beside this one in the compare view (e.g. the perceptron on XOR beside the MLP). */
  compareWith: z.array(z.string().min(1).max(256)).max(3).optional(),
});

export type Lesson = z.output<typeof lessonSchema>;
