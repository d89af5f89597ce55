/**
 * What the inspector's fields hold while someone types (drafts), and whether a
 * draft is a value that may be written to the document. Pure and React-free so
 * every rule is unit-tested; the rules agree with `checkParams` (a test feeds
 * both the same values), so the form never writes what validation rejects.
 */
import {
  type AxesParam,
  type FloatParam,
  type I18nText,
  type IntParam,
  MAX_REGULARIZATION,
  type ShapeParam,
  type TupleParam,
  t,
} from "../../graph";
import { bad, type NumberRule, numberText, ok, type Parsed, parseNumber } from "./numberText";

/** A failed check may point at one entry of a list (a tuple's axis, a shape's dimension). */
export type Checked<T> = Parsed<T> & { readonly at?: number };

function at<T>(result: Parsed<unknown>, index: number): Checked<T> {
  return result.ok ? (result as Checked<T>) : { ...result, at: index };
}

/** Shows a document value in a text field; values of the wrong type show as JSON so they can be seen and fixed. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return numberText(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "";
}

// Scalars ------------------------------------------------------------------

export function numberRule(spec: IntParam | FloatParam): NumberRule {
  return spec.kind === "int"
    ? { whole: true, min: spec.min, max: spec.max }
    : {
        whole: false,
        min: spec.min,
        max: spec.max,
        exclusiveMin: spec.exclusiveMin ?? false,
        exclusiveMax: spec.exclusiveMax ?? false,
      };
}

/**
 * An int or float field. `undefined` means "remove the param": only an int
 * whose default is derived (valueDim = keyDim) may be left empty.
 */
export function parseScalar(
  text: string,
  spec: IntParam | FloatParam,
): Checked<number | undefined> {
  if (text.trim() === "" && spec.kind === "int" && spec.default === null) return ok(undefined);
  return parseNumber(text, numberRule(spec));
}

// Tuples: kernelSize 3 or [3, 5] -------------------------------------------

export interface TupleDraft {
  /** One value per axis, or one value for all of them. */
  readonly perAxis: boolean;
  readonly texts: readonly string[];
}

export function tupleDraft(value: unknown, spec: TupleParam): TupleDraft {
  const shown = value === undefined ? spec.default : value;
  if (Array.isArray(shown) && shown.length === spec.rank && spec.rank > 1) {
    const same = shown.every((v) => v === shown[0]);
    return same
      ? { perAxis: false, texts: [valueText(shown[0])] }
      : { perAxis: true, texts: shown.map(valueText) };
  }
  if (Array.isArray(shown) && shown.length === 1)
    return { perAxis: false, texts: [valueText(shown[0])] };
  return { perAxis: false, texts: [valueText(shown)] };
}

/** Switches between one value for all axes and one per axis without changing what the draft means. */
export function toggleTupleMode(draft: TupleDraft, rank: number): TupleDraft {
  if (draft.perAxis) return { perAxis: false, texts: [draft.texts[0] ?? ""] };
  return { perAxis: true, texts: Array.from({ length: rank }, () => draft.texts[0] ?? "") };
}

/** A number when one value serves every axis (as tfjs and Keras accept it), else the list. */
export function parseTuple(
  draft: TupleDraft,
  spec: TupleParam,
): Checked<number | number[] | undefined> {
  const rule: NumberRule = { whole: true, min: spec.min, max: spec.max };
  if (!draft.perAxis) {
    const text = draft.texts[0] ?? "";
    if (text.trim() === "" && spec.default === null) return ok(undefined);
    return at(parseNumber(text, rule), 0);
  }
  const values: number[] = [];
  for (const [i, text] of draft.texts.entries()) {
    const one = parseNumber(text, rule);
    if (!one.ok) return at(one, i);
    values.push(one.value);
  }
  return ok(values);
}

// Shapes: Input's shape, Reshape's targetShape ------------------------------

/** Typed into a dimension of a shape that allows it: a length known only at run time. */
export const VARIABLE_DIM = "?";

export function shapeDraft(value: unknown, spec: ShapeParam): string[] {
  const shown = Array.isArray(value) ? value : spec.initial;
  return shown.map((d) => (d === null ? VARIABLE_DIM : valueText(d)));
}

function parseDim(text: string, spec: ShapeParam): Parsed<number | null> {
  const clean = text.trim();
  if (spec.allowNull && (clean === VARIABLE_DIM || clean === "null" || clean === "None"))
    return ok(null);
  if (spec.allowMinusOne && (clean === "-1" || clean === "−1")) return ok(-1);
  const parsed = parseNumber(text, { whole: true, min: 1, max: spec.max });
  if (parsed.ok || clean === "") return parsed;
  const also = [
    spec.allowNull ? t("? for a variable length", "? 表示可变长度") : null,
    spec.allowMinusOne ? t("-1 for the rest", "-1 表示其余") : null,
  ].filter((x): x is I18nText => x !== null);
  if (also.length === 0) return parsed;
  return bad(
    t(
      `${parsed.error.en.replace(/\.$/, "")}; or type ${also.map((x) => x.en).join(", or ")}.`,
      `${parsed.error.zh.replace(/。$/, "")}；也可输入 ${also.map((x) => x.zh).join("，或 ")}。`,
    ),
  );
}

export function parseShape(texts: readonly string[], spec: ShapeParam): Checked<(number | null)[]> {
  if (texts.length === 0) return bad(t("Add at least one dimension.", "至少需要一个维度。"));
  if (texts.length > spec.maxRank)
    return bad(t(`At most ${spec.maxRank} dimensions.`, `最多 ${spec.maxRank} 个维度。`));
  const dims: (number | null)[] = [];
  for (const [i, text] of texts.entries()) {
    const dim = parseDim(text, spec);
    if (!dim.ok) return at(dim, i);
    dims.push(dim.value);
  }
  const extra = dims.indexOf(-1, dims.indexOf(-1) + 1);
  if (dims.indexOf(-1) >= 0 && extra >= 0)
    return at(bad(t("Only one dimension may be -1.", "只能有一个维度为 -1。")), extra);
  return ok(dims);
}

/** Elements per sample of a draft shape, when every dimension is a known number. */
export function shapeElements(texts: readonly string[], spec: ShapeParam): number | null {
  const parsed = parseShape(texts, spec);
  if (!parsed.ok || parsed.value.some((d) => d === null || d < 0)) return null;
  return (parsed.value as number[]).reduce((a, b) => a * b, 1);
}

// Regularizers: none, L1, L2 or both ----------------------------------------

export type RegularizerMode = "none" | "l1" | "l2" | "l1l2";
export const REGULARIZER_MODES: readonly RegularizerMode[] = ["none", "l1", "l2", "l1l2"];

/** The factor a newly chosen penalty starts with: the usual first try. */
export const DEFAULT_FACTOR = "0.01";

export interface RegularizerDraft {
  readonly mode: RegularizerMode;
  readonly l1: string;
  readonly l2: string;
}

export function regularizerDraft(value: unknown): RegularizerDraft {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value))
    return { mode: "none", l1: DEFAULT_FACTOR, l2: DEFAULT_FACTOR };
  const record = value as Record<string, unknown>;
  const has1 = "l1" in record;
  const has2 = "l2" in record;
  return {
    mode: has1 && has2 ? "l1l2" : has1 ? "l1" : has2 ? "l2" : "none",
    l1: has1 ? valueText(record.l1) : DEFAULT_FACTOR,
    l2: has2 ? valueText(record.l2) : DEFAULT_FACTOR,
  };
}

const FACTOR: NumberRule = { whole: false, min: 0, max: MAX_REGULARIZATION };

/** `undefined` (none: remove the param, whose default is no penalty) or the factors in use. */
export function parseRegularizer(
  draft: RegularizerDraft,
): Checked<{ l1?: number; l2?: number } | undefined> {
  if (draft.mode === "none") return ok(undefined);
  const value: { l1?: number; l2?: number } = {};
  if (draft.mode === "l1" || draft.mode === "l1l2") {
    const l1 = parseNumber(draft.l1, FACTOR);
    if (!l1.ok) return at(l1, 0);
    value.l1 = l1.value;
  }
  if (draft.mode === "l2" || draft.mode === "l1l2") {
    const l2 = parseNumber(draft.l2, FACTOR);
    if (!l2.ok) return at(l2, 1);
    value.l2 = l2.value;
  }
  return ok(value);
}

// Axes: Dot's axis for both inputs, or a pair ---------------------------------

export interface AxesDraft {
  readonly pair: boolean;
  readonly texts: readonly string[];
}

/** Axes beyond ±8 name no axis of any tensor a layer here takes. */
const AXIS: NumberRule = { whole: true, min: -8, max: 8 };

export function axesDraft(value: unknown, spec: AxesParam): AxesDraft {
  const shown = value === undefined ? (spec.default ?? -1) : value;
  if (Array.isArray(shown)) {
    return shown.length === 2 && shown[0] !== shown[1]
      ? { pair: true, texts: shown.map(valueText) }
      : { pair: false, texts: [valueText(shown[0])] };
  }
  return { pair: false, texts: [valueText(shown)] };
}

export function toggleAxesMode(draft: AxesDraft): AxesDraft {
  return draft.pair
    ? { pair: false, texts: [draft.texts[0] ?? ""] }
    : { pair: true, texts: [draft.texts[0] ?? "", draft.texts[0] ?? ""] };
}

export function parseAxes(draft: AxesDraft): Checked<number | [number, number]> {
  const values: number[] = [];
  for (const [i, text] of draft.texts.entries()) {
    const one = parseNumber(text, AXIS);
    if (!one.ok) return at(one, i);
    values.push(one.value);
  }
  return draft.pair ? ok([values[0]!, values[1]!]) : ok(values[0]!);
}
