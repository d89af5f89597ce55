/**
 * A recipe option's range for its form field, read from the option's own
 * zod schema (recipes/options.ts) — so the schema stays the one source of
 * each range, as SETUP_RANGES is for the rest of the setup.
 */
import type { z } from "zod";
import type { NumberRule } from "../../inspector/numberText";

export function ruleOf(field: z.ZodDefault<z.ZodNumber>): NumberRule {
  const number = field.unwrap();
  const min = number.minValue ?? Number.MIN_SAFE_INTEGER;
  const max = number.maxValue ?? Number.MAX_SAFE_INTEGER;
  // zod reports `gt(0)` and `min(0)` alike as minValue 0; whether 0 itself passes tells them apart.
  const exclusiveMin = !number.safeParse(min).success;
  return { whole: number.isInt, min, max, ...(exclusiveMin ? { exclusiveMin } : {}) };
}
