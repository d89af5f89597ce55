/**
 * Reading dataset options: the document stores whatever the user (or a file)
 * wrote, so every read clamps to the option's range and falls back to its
 * default. The spec's `shapes` and the loaders read options through these
 * helpers, so the shapes a diagnostic predicts are the shapes that get loaded.
 */
import type { I18nText } from "../i18n";
import type { DatasetOptionSpec } from "./datasetSpec";

type NumberOption = Extract<DatasetOptionSpec, { kind: "number" }>;
type SelectOption = Extract<DatasetOptionSpec, { kind: "select" }>;

export function numberOption(
  name: string,
  label: I18nText,
  range: { default: number; min: number; max: number; integer?: boolean; step?: number },
): NumberOption {
  return { name, kind: "number", label, ...range };
}

/** The option's value, clamped to its range (and rounded when it is a whole number), else its default. */
export function readNumber(
  options: Readonly<Record<string, unknown>>,
  spec: DatasetOptionSpec,
): number {
  if (spec.kind !== "number") throw new Error(`option ${spec.name} is not a number`);
  const raw = options[spec.name];
  if (typeof raw !== "number" || !Number.isFinite(raw)) return spec.default;
  const value = spec.integer ? Math.round(raw) : raw;
  return Math.min(spec.max, Math.max(spec.min, value));
}

/** The option's value when it is one of its choices, else its default. */
export function readChoice(options: Readonly<Record<string, unknown>>, spec: SelectOption): string {
  const raw = options[spec.name];
  return typeof raw === "string" && spec.choices.some((c) => c.value === raw) ? raw : spec.default;
}

/** A positive whole number set by the UI after parsing an upload, or undefined. */
export function readCount(
  options: Readonly<Record<string, unknown>>,
  name: string,
): number | undefined {
  const raw = options[name];
  return typeof raw === "number" && Number.isInteger(raw) && raw > 0 ? raw : undefined;
}
