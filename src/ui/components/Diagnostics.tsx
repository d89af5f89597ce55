import type { Diagnostic } from "../../graph";
import { useLocale, useMessages } from "../i18n/locale";

/** What the core found wrong with a document, or a line saying the checks passed. */
export function Diagnostics({ diagnostics }: { readonly diagnostics: readonly Diagnostic[] }) {
  const locale = useLocale();
  const m = useMessages();
  if (diagnostics.length === 0) return <p className="checks-passed">{m.checksPassed}</p>;
  return (
    <section className="diagnostics">
      <h3>{m.problemsHeading}</h3>
      <ul>
        {diagnostics.map((d, i) => (
          // Diagnostics have no id of their own, and the list never reorders while shown.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i} className={d.severity}>
            <code>{d.code}</code> {locale === "zh" ? d.messageZh : d.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
