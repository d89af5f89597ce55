/** The diagnostics of the inspected node, each with its fix-it. */
import type { Diagnostic } from "../../graph";
import { useLocale } from "../i18n/locale";
import { FixButton } from "../panels/FixButton";
import { SeverityIcon } from "../panels/SeverityIcon";

export function NodeProblems({ diagnostics }: { readonly diagnostics: readonly Diagnostic[] }) {
  const locale = useLocale();
  return (
    <ul className="node-problems">
      {diagnostics.map((d) => (
        <li key={`${d.code}-${d.message}`} className={`node-problem ${d.severity}`}>
          <p>
            <SeverityIcon severity={d.severity} /> <code>{d.code}</code>{" "}
            {locale === "zh" ? d.messageZh : d.message}
          </p>
          {d.fix ? <FixButton fix={d.fix} /> : null}
        </li>
      ))}
    </ul>
  );
}
