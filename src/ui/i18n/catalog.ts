/**
 * Per-feature string catalogs. Each feature keeps its strings next to its
 * code in a `defineCatalog(en, zh)`; the zh table must have exactly the en
 * table's keys (a type error otherwise), so no string goes untranslated.
 */
import type { I18nText, Locale } from "../../graph";
import { useLocale } from "./locale";

export type Strings = Readonly<Record<string, string>>;

export interface Catalog<T extends Strings> {
  readonly en: T;
  readonly zh: { readonly [K in keyof T]: string };
}

export function defineCatalog<T extends Strings>(
  en: T,
  zh: { readonly [K in keyof T]: string },
): Catalog<T> {
  return { en, zh };
}

export function catalogText<T extends Strings>(catalog: Catalog<T>, locale: Locale): T {
  return (locale === "zh" ? catalog.zh : catalog.en) as T;
}

/** The catalog in the current language; re-renders when the language changes. */
export function useText<T extends Strings>(catalog: Catalog<T>): T {
  return catalogText(catalog, useLocale());
}

/** A text from the graph core (layer names, help, diagnostics) in the current language. */
export function useI18n(): (text: I18nText) => string {
  const locale = useLocale();
  return (text) => text[locale];
}
