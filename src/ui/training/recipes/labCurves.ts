/**
 * Curves kept across runs — robustness against ε, gradient per time step —
 * so that one run can be compared with the next (clean against adversarial
 * training; SimpleRNN against LSTM and GRU). Each run has one curve (asking
 * again replaces it); the oldest go when there are too many.
 */
import type { I18nText } from "../../../graph";
import type { AttackName } from "../../../graph/training/recipes/options";
import type { TrainingSetup } from "../../../graph/training/setup";
import { format } from "../../i18n/messages";
import { attackText } from "./attackText";

export const MAX_CURVES = 6;

export interface LabCurve {
  /** The run (and for robustness the attack): asking again in the same run replaces the curve. */
  readonly key: string;
  readonly label: I18nText;
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export interface RobustnessCurve extends LabCurve {
  readonly attack: AttackName;
  readonly count: number;
}

/** The list with `curve` added at the end (or in place of the curve of the same key), at most `max` long. */
export function withCurve<T extends LabCurve>(list: readonly T[], curve: T, max = MAX_CURVES): T[] {
  const at = list.findIndex((c) => c.key === curve.key);
  const next = at >= 0 ? list.map((c, i) => (i === at ? curve : c)) : [...list, curve];
  return next.slice(Math.max(0, next.length - max));
}

/** Labels made distinct for a legend: a repeated label gets " #2", " #3"… */
export function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} #${count}`;
  });
}

const both = (make: (locale: "en" | "zh") => string): I18nText => ({
  en: make("en"),
  zh: make("zh"),
});

/** How the run was trained, for its robustness curve: "clean training" or "adversarial training (mix 0.5)". */
export function trainingLabel(setup: TrainingSetup | null, attack: AttackName): I18nText {
  return both((locale) => {
    const text = attackText[locale];
    const how =
      setup?.recipe === "adversarial" && setup.adversarial.mix > 0
        ? format(text.adversarialTraining, { mix: setup.adversarial.mix })
        : text.cleanTraining;
    return `${how} · ${text[attack]}`;
  });
}

const RECURRENT_NAMES: Readonly<Record<string, string>> = {
  simpleRNN: "SimpleRNN",
  simplernn: "SimpleRNN",
  lstm: "LSTM",
  gru: "GRU",
};

/** A sequence model's curve is named by its recurrent layers: "LSTM", "SimpleRNN + GRU". */
export function recurrentLabel(layers: readonly string[]): string {
  const names = layers.map(
    (kind) => RECURRENT_NAMES[kind] ?? RECURRENT_NAMES[kind.toLowerCase()] ?? kind,
  );
  return names.length > 0 ? names.join(" + ") : "—";
}

/** Rows for a recharts chart with one column per curve: [{ x, c0, c1… }], sorted by x. */
export function curveRows(curves: readonly LabCurve[]): Record<string, number | null>[] {
  const xs = [...new Set(curves.flatMap((c) => c.x))].sort((a, b) => a - b);
  return xs.map((x) => {
    const row: Record<string, number | null> = { x };
    curves.forEach((curve, i) => {
      const at = curve.x.indexOf(x);
      const y = at >= 0 ? curve.y[at] : undefined;
      row[`c${i}`] = y !== undefined && Number.isFinite(y) ? y : null;
    });
    return row;
  });
}
