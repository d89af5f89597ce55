/** A user-visible text in every language the app speaks. */
export interface I18nText {
  readonly en: string;
  readonly zh: string;
}

export type Locale = keyof I18nText;

export function t(en: string, zh: string): I18nText {
  return { en, zh };
}
