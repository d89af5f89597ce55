/**
 * Goals: "best validation accuracy ≥ 0.97", "parameters ≤ 50,000". A preset's
 * expected outcome and a lab's goals are lists of them, checked against a
 * run's results by the same function in the CLI, the grader and the app.
 */
import { z } from "zod";
import type { I18nText, Locale } from "../i18n";
import { RESULT_METRICS, type ResultMetric, type RunResults } from "./metrics";

export const goalSchema = z
  .looseObject({
    metric: z.enum(Object.keys(RESULT_METRICS) as [ResultMetric, ...ResultMetric[]]),
    atLeast: z.number().finite().optional(),
    atMost: z.number().finite().optional(),
  })
  .refine((g) => g.atLeast !== undefined || g.atMost !== undefined, {
    message: "a goal needs atLeast or atMost",
  });

export interface Goal {
  readonly metric: ResultMetric;
  readonly atLeast?: number;
  readonly atMost?: number;
}

export interface GoalCheck {
  readonly goal: Goal;
  /** The run's value; absent when the run produced none (then the goal is not met). */
  readonly actual?: number;
  readonly met: boolean;
}

export function checkGoal(goal: Goal, results: RunResults): GoalCheck {
  const actual = results[goal.metric];
  if (actual === undefined || !Number.isFinite(actual)) return { goal, met: false };
  const met =
    (goal.atLeast === undefined || actual >= goal.atLeast) &&
    (goal.atMost === undefined || actual <= goal.atMost);
  return { goal, actual, met };
}

export function checkGoals(goals: readonly Goal[], results: RunResults): GoalCheck[] {
  return goals.map((goal) => checkGoal(goal, results));
}

/** A metric's value as people read it: 0.973 → "97.3 %", 48210 → "48,210", 1.5 s. */
export function formatResult(metric: ResultMetric, value: number, locale: Locale): string {
  const tag = locale === "zh" ? "zh-CN" : "en-US";
  const number = (v: number, digits: number) =>
    v.toLocaleString(tag, { maximumFractionDigits: digits });
  switch (RESULT_METRICS[metric].unit) {
    case "fraction":
      return `${number(value * 100, 1)} %`;
    case "count":
      return number(value, 0);
    case "seconds":
      return `${number(value, 2)} s`;
    case "bytes":
      return value >= 1_048_576
        ? `${number(value / 1_048_576, 2)} MB`
        : `${number(value / 1024, 1)} KB`;
    case "perSecond":
      return `${number(value, 0)}/s`;
    case "flops":
      return value >= 1e6 ? `${number(value / 1e6, 2)} M` : number(value, 0);
    case "loss":
      return number(value, 4);
  }
}

/** "Best validation accuracy ≥ 97 %", "Parameters ≤ 50,000", "… between a and b". */
export function describeGoal(goal: Goal, locale: Locale): string {
  const label = RESULT_METRICS[goal.metric].label[locale];
  const value = (v: number) => formatResult(goal.metric, v, locale);
  if (goal.atLeast !== undefined && goal.atMost !== undefined)
    return locale === "zh"
      ? `${label}在 ${value(goal.atLeast)} 与 ${value(goal.atMost)} 之间`
      : `${label} between ${value(goal.atLeast)} and ${value(goal.atMost)}`;
  if (goal.atLeast !== undefined) return `${label} ≥ ${value(goal.atLeast)}`;
  return `${label} ≤ ${value(goal.atMost!)}`;
}

export function goalText(goal: Goal): I18nText {
  return { en: describeGoal(goal, "en"), zh: describeGoal(goal, "zh") };
}
