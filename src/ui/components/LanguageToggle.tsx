import { useLocale, useLocaleStore, useMessages } from "../i18n/locale";
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LOCALES } from "../i18n/messages";

export function LanguageToggle() {
  const locale = useLocale();
  const setLocale = useLocaleStore((s) => s.setLocale);
  const m = useMessages();
  return (
    <fieldset className="language-toggle">
      <legend className="visually-hidden">{m.languageGroup}</legend>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={LANGUAGE_TAGS[l]}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </fieldset>
  );
}
