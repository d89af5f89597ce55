/** Names of variants: "MNIST MLP — variant 2", "— variant 3", … (the original counts as the first). */
import { format } from "../i18n/messages";

/** "MNIST MLP — variant 3" → "MNIST MLP" (in either language), so variants of variants stay short. */
export function variantBase(name: string): string {
  return name.replace(/ — (?:variant|变体) \d+$/, "");
}

/** The first "<base> — variant n" (n ≥ 2) not in `taken`; `template` is the catalog's "{name} — variant {number}". */
export function variantName(name: string, taken: readonly string[], template: string): string {
  const base = variantBase(name);
  for (let n = 2; ; n++) {
    const candidate = format(template, { name: base, number: n });
    if (!taken.includes(candidate)) return candidate;
  }
}
