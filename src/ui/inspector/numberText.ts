/**
 * Reading numbers as people type them. Deliberately stricter than `Number()`
 * (which takes "", " ", "0x10" and "Infinity") and kinder too: full-width
 * digits from a Chinese input method ("１２８") and a trailing decimal point
 * ("0.") read as the number they obviously are.
 */
import { type I18nText, t } from "../../graph";

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: I18nText };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T>(error: I18nText): Parsed<T> => ({ ok: false, error });

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Full-width forms (U+FF01–U+FF5E) to ASCII, and the minus sign U+2212 to "-". */
export function toAscii(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u2212/g, "-")
    .replace(/\u3002/g, ".");
}

/** The number a field's text stands for, or null when it is not one. */
export function readNumber(text: string): number | null {
  const clean = toAscii(text).trim();
  if (!NUMBER.test(clean)) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : null;
}

/** Numbers the way the form shows them: plain digits, no grouping (the text must read back as itself). */
export function numberText(value: number): string {
  return String(value);
}

/** 1048576 → "1,048,576", for ranges in messages (never for the input's own text). */
export function grouped(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 20 });
}

export interface NumberRule {
  readonly whole: boolean;
  readonly min: number;
  readonly max: number;
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
}

/** Checks one number typed into a field against its rule; the messages say what to type instead. */
export function parseNumber(text: string, rule: NumberRule): Parsed<number> {
  if (toAscii(text).trim() === "") {
    return bad(
      rule.whole
        ? t("Enter a whole number.", "请输入一个整数。")
        : t("Enter a number.", "请输入一个数字。"),
    );
  }
  const value = readNumber(text);
  if (value === null) {
    const shown = text.trim().slice(0, 24);
    return bad(t(`“${shown}” is not a number.`, `“${shown}”不是数字。`));
  }
  if (rule.whole && !Number.isInteger(value))
    return bad(t("Must be a whole number.", "必须是整数。"));
  if (rule.exclusiveMin ? value <= rule.min : value < rule.min) {
    return bad(
      rule.exclusiveMin
        ? t(`Must be greater than ${grouped(rule.min)}.`, `必须大于 ${grouped(rule.min)}。`)
        : t(`Must be at least ${grouped(rule.min)}.`, `不能小于 ${grouped(rule.min)}。`),
    );
  }
  if (rule.exclusiveMax ? value >= rule.max : value > rule.max) {
    return bad(
      rule.exclusiveMax
        ? t(`Must be less than ${grouped(rule.max)}.`, `必须小于 ${grouped(rule.max)}。`)
        : t(`Must be at most ${grouped(rule.max)}.`, `不能大于 ${grouped(rule.max)}。`),
    );
  }
  return ok(value);
}

/**
 * The step of the arrow keys for a float: one tenth of the value's leading
 * digit (0.2 → 0.01, 10000 → 1000, 0.001 → 0.0001), so a step is always a
 * small, visible change whatever the scale of the number.
 */
export function floatStep(value: number, rule: NumberRule): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return rule.max <= 1 ? 0.01 : 0.1;
  return 10 ** (Math.floor(Math.log10(magnitude)) - 1);
}

/**
 * The text after pressing ArrowUp (+1) or ArrowDown (−1), Shift making the
 * step ten times larger; clamped to the rule's range. Unparseable text
 * steps from `fallback` (the default or the last valid value).
 */
export function stepText(
  text: string,
  direction: 1 | -1,
  rule: NumberRule,
  fallback: number,
  large: boolean,
): string {
  const current = readNumber(text) ?? fallback;
  const base = rule.whole ? 1 : floatStep(current, rule);
  const step = base * (large ? 10 : 1);
  let next = current + direction * step;
  // Round away binary noise: 0.1 + 0.2 must read 0.3, not 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(base)));
  next = Number(next.toFixed(Math.min(decimals + 2, 20)));
  if (rule.whole) next = Math.round(next);
  const low = rule.exclusiveMin ? rule.min + (rule.whole ? 1 : base) : rule.min;
  const high = rule.exclusiveMax ? rule.max - (rule.whole ? 1 : base) : rule.max;
  return numberText(Math.min(Math.max(next, low), high));
}
