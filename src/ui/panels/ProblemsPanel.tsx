/** Every problem in the graph; clicking one shows its node, a fix-it applies its repair as one undo step. */
import { applyFix, type Diagnostic } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useAnalysis, useEditorStore } from "../store/editorStore";
import { panelText } from "./panelText";

function applyDiagnosticFix(d: Diagnostic): void {
  if (!d.fix) return;
  const fix = d.fix;
  useEditorStore.getState().edit((document) => {
    const outcome = applyFix(document, fix);
    return outcome.ok ? outcome.document : document;
  });
}

export function ProblemsPanel() {
  const analysis = useAnalysis();
  const locale = useLocale();
  const text = useText(panelText);
  const diagnostics = analysis.diagnostics;
  if (diagnostics.length === 0) return <p className="checks-passed">{text.noProblems}</p>;
  return (
    <ul className="problems" aria-label={text.errorsAndWarnings}>
      {diagnostics.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics have no identity of their own; the list is rebuilt on every change
        <li key={i} className={`problem ${d.severity}`}>
          <button
            type="button"
            className="problem-focus"
            disabled={d.nodeId === undefined}
            onClick={() => d.nodeId !== undefined && useEditorStore.getState().focusNode(d.nodeId)}
          >
            <span className={`severity ${d.severity}`} aria-hidden="true">
              {d.severity === "error" ? "●" : "▲"}
            </span>
            <code>{d.code}</code> {locale === "zh" ? d.messageZh : d.message}
          </button>
          {d.fix ? (
            <button type="button" className="fix-button" onClick={() => applyDiagnosticFix(d)}>
              {text.fix}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function ProblemCount() {
  const analysis = useAnalysis();
  const text = useText(panelText);
  const errors = analysis.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = analysis.diagnostics.length - errors;
  if (errors + warnings === 0) return null;
  return (
    <span className={`count ${errors > 0 ? "error" : "warning"}`}>
      <span aria-hidden="true">{errors + warnings}</span>
      <span className="visually-hidden">
        {format(text.errorsAndWarnings, { errors, warnings })}
      </span>
    </span>
  );
}

ProblemsPanel.Count = ProblemCount;
