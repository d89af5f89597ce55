/** What `neurograph train` prints: one line per epoch (text or JSON) and a summary line. */
import type { Locale } from "../graph";
import { describeGoal, formatResult, type GoalCheck, type RunResults } from "../graph/results";
import type { EpochPoint } from "../training/protocol";

/** Keras's short names in text output; JSON keeps the setup's metric names. */
const SHORT: Record<string, string> = {
  accuracy: "accuracy",
  meanAbsoluteError: "mae",
  meanSquaredError: "mse",
};

function figures(loss: number, metrics: Readonly<Record<string, number>>, prefix = ""): string[] {
  return [
    `${prefix}loss ${loss.toFixed(4)}`,
    ...Object.entries(metrics).map(
      ([name, value]) => `${prefix}${SHORT[name] ?? name} ${value.toFixed(4)}`,
    ),
  ];
}

export function epochLine(point: EpochPoint, epochs: number): string {
  const width = String(epochs).length;
  const parts = [
    `epoch ${String(point.epoch).padStart(width)}/${epochs}`,
    ...figures(point.loss, point.metrics),
    ...(point.valLoss !== undefined ? figures(point.valLoss, point.valMetrics ?? {}, "val_") : []),
    `${point.seconds.toFixed(1)} s`,
  ];
  return `${parts.join("  ")}\n`;
}

export function epochJson(point: EpochPoint): string {
  return `${JSON.stringify({
    epoch: point.epoch,
    loss: point.loss,
    metrics: point.metrics,
    valLoss: point.valLoss ?? null,
    valMetrics: point.valMetrics ?? null,
    seconds: point.seconds,
  })}\n`;
}

export interface TrainSummary {
  readonly status: "finished" | "stopped" | "failed";
  readonly backend: string;
  readonly epochs: number;
  readonly seconds: number;
  readonly last: EpochPoint | undefined;
  readonly saved?: string;
  readonly message?: { readonly en: string; readonly zh: string };
  /** The run's figures (RESULT_METRICS). */
  readonly results?: RunResults;
  /** With --check: the document's expected outcome, goal by goal. */
  readonly checks?: readonly GoalCheck[];
}

export function summaryLine(summary: TrainSummary, locale: Locale): string {
  const { last } = summary;
  const verb =
    summary.status === "finished"
      ? "Finished"
      : summary.status === "stopped"
        ? "Stopped after"
        : "Failed after";
  const scores = last
    ? `: ${[...figures(last.loss, last.metrics), ...(last.valLoss !== undefined ? figures(last.valLoss, last.valMetrics ?? {}, "val_") : [])].join(", ")}`
    : "";
  const saved = summary.saved ? `; saved to ${summary.saved}` : "";
  const message = summary.message
    ? ` ${locale === "zh" ? summary.message.zh : summary.message.en}`
    : "";
  return `${verb} ${summary.epochs} epoch${summary.epochs === 1 ? "" : "s"} in ${summary.seconds.toFixed(1)} s on ${summary.backend}${scores}${saved}.${message}\n`;
}

export function summaryJson(summary: TrainSummary): string {
  const { last } = summary;
  return `${JSON.stringify({
    done: true,
    status: summary.status,
    backend: summary.backend,
    epochs: summary.epochs,
    seconds: summary.seconds,
    loss: last?.loss ?? null,
    metrics: last?.metrics ?? null,
    valLoss: last?.valLoss ?? null,
    valMetrics: last?.valMetrics ?? null,
    ...(summary.saved ? { saved: summary.saved } : {}),
    ...(summary.message ? { message: summary.message.en, messageZh: summary.message.zh } : {}),
    ...(summary.results ? { results: summary.results } : {}),
    ...(summary.checks ? { checks: summary.checks } : {}),
  })}\n`;
}

/** "✓ Best validation accuracy ≥ 95 %: 97.3 %", one line per goal, then a verdict. */
export function checkLines(checks: readonly GoalCheck[], locale: Locale): string {
  const lines = checks.map((c) => {
    const actual =
      c.actual === undefined
        ? locale === "zh"
          ? "无数值"
          : "no value"
        : formatResult(c.goal.metric, c.actual, locale);
    return `${c.met ? "✓" : "✗"} ${describeGoal(c.goal, locale)}: ${actual}`;
  });
  const missed = checks.filter((c) => !c.met).length;
  const verdict =
    missed === 0
      ? locale === "zh"
        ? "预期结果全部达成。"
        : "Expected outcome reached."
      : locale === "zh"
        ? `${missed} 项预期结果未达成。`
        : `Expected outcome missed on ${missed} of ${checks.length}.`;
  return `${[...lines, verdict].join("\n")}\n`;
}
