/**
 * Every problem in the graph, errors first: severity, code and message in the
 * current language. Clicking one (or Enter) selects and centres its layer;
 * ↑/↓ move between problems; a fix-it names its repair and applies it as one
 * undo step, then focus moves to the next problem so the keyboard is never lost.
 */
import { type KeyboardEvent, useId, useRef, useState } from "react";
import type { Diagnostic } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useAnalysis, useEditorStore } from "../store/editorStore";
import { FixButton } from "./FixButton";
import { panelText } from "./panelText";
import { SeverityIcon } from "./SeverityIcon";
import "./panels.css";

/** Moves focus between the problems' main buttons with the arrow keys, Home and End. */
function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
  const keys = ["ArrowDown", "ArrowUp", "Home", "End"];
  if (!keys.includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(".problem-focus")];
  const current = buttons.findIndex((b) => b.contains(document.activeElement));
  const row = (document.activeElement as HTMLElement | null)?.closest("li");
  const from = current >= 0 ? current : buttons.findIndex((b) => row?.contains(b));
  const to =
    event.key === "Home"
      ? 0
      : event.key === "End"
        ? buttons.length - 1
        : Math.min(
            Math.max((from < 0 ? -1 : from) + (event.key === "ArrowDown" ? 1 : -1), 0),
            buttons.length - 1,
          );
  event.preventDefault();
  buttons[to]?.focus();
}

function ProblemItem({ d, onFixed }: { d: Diagnostic; onFixed: (label: string) => void }) {
  const locale = useLocale();
  const text = useText(panelText);
  const message = locale === "zh" ? d.messageZh : d.message;
  const where = d.nodeId ?? text.wholeGraph;
  return (
    <li className={`problem ${d.severity}`} data-code={d.code}>
      <button
        type="button"
        className="problem-focus"
        aria-disabled={d.nodeId === undefined || undefined}
        onClick={() => d.nodeId !== undefined && useEditorStore.getState().focusNode(d.nodeId)}
      >
        <SeverityIcon severity={d.severity} />
        <code className="problem-code">{d.code}</code>
        <span className="problem-message">{message}</span>
        <span className="problem-where">{where}</span>
      </button>
      {d.fix ? <FixButton fix={d.fix} onApplied={onFixed} /> : null}
    </li>
  );
}

export function ProblemsPanel() {
  const analysis = useAnalysis();
  const text = useText(panelText);
  const list = useRef<HTMLUListElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const hintId = useId();
  const diagnostics = analysis.diagnostics;

  const onFixed = (index: number) => (label: string) => {
    setAnnouncement(format(text.fixed, { action: label }));
    // After the re-render: focus the problem that took this one's place, or the "no problems" line.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>(".problem-focus");
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else empty.current?.focus();
    });
  };

  return (
    <div className="problems-panel">
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {diagnostics.length === 0 ? (
        <p className="checks-passed" ref={empty} tabIndex={-1}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="ok-icon">
            <path d="M3 8.5l3 3 7-7" />
          </svg>
          {text.noProblems}
        </p>
      ) : (
        <ul
          className="problems"
          ref={list}
          aria-label={text.problemList}
          aria-describedby={hintId}
          onKeyDown={onListKeyDown}
        >
          {diagnostics.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics have no identity of their own; the list is rebuilt on every change
            <ProblemItem key={`${i}-${d.code}`} d={d} onFixed={onFixed(i)} />
          ))}
        </ul>
      )}
      <p id={hintId} className="visually-hidden">
        {text.keyboardHint}
      </p>
    </div>
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
