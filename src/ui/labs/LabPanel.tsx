/**
 * The lab panel, shown while the editor holds the student's copy of a lab's
 * starting graph: the starting graph, each goal met or not by the latest
 * finished run and what the lab locks (and what was changed anyway) first,
 * so they stay in view, then the instructions in the reader's language, and
 * the submission export.
 */
import { useId } from "react";
import { checkGoals, type GoalCheck } from "../../graph";
import { checkLocks, labGoals } from "../../graph/lab";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useStructuralDocument } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import { paragraphs } from "./bundledLabs";
import { GoalList } from "./GoalList";
import { LockSummary } from "./LockSummary";
import { type LabRun, useLabRun } from "./labRun";
import { type ActiveLab, leaveLab, setLabCollapsed, useActiveLab, useLabStore } from "./labStore";
import { labsText } from "./labsText";
import { openStartingGraph } from "./openLab";
import { SUBMISSION_DIALOG, type SubmissionDialogProps } from "./SubmissionDialog";
import "./labs.css";

export function LabPanel() {
  const active = useActiveLab();
  const collapsed = useLabStore((s) => s.collapsed);
  const text = useText(labsText);
  const locale = useLocale();
  if (!active) return null;
  const title = active.session.lab.title[locale];
  if (collapsed)
    return (
      <button
        type="button"
        className="lab-panel-tab"
        aria-label={text.expand}
        title={text.expand}
        onClick={() => setLabCollapsed(false)}
      >
        <LabIcon /> {format(text.panelTitle, { title })}
      </button>
    );
  return <OpenPanel active={active} />;
}

function LabIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="lab-icon">
      <path d="M6 1.5h4M7 1.5v4.5L3 13a1.3 1.3 0 0 0 1.1 1.9h7.8A1.3 1.3 0 0 0 13 13L9 6V1.5" />
    </svg>
  );
}

function OpenPanel({ active }: { readonly active: ActiveLab }) {
  const text = useText(labsText);
  const locale = useLocale();
  const ids = { title: useId(), graph: useId(), export: useId() };
  const { lab, graphs } = active.session;
  const document = useStructuralDocument();
  const run = useLabRun(lab);
  const checks: GoalCheck[] | null =
    run.kind === "finished" ? checkGoals(labGoals(lab), run.results) : null;
  const violations = checkLocks(lab, graphs, active.startingGraph, document);
  const exportBlocked =
    run.kind === "none"
      ? text.exportNeedsRun
      : run.kind === "outdated"
        ? text.exportNeedsFreshRun
        : null;

  const exportSubmission = () => {
    if (run.kind !== "finished") return;
    const props: SubmissionDialogProps = {
      startingGraph: active.startingGraph,
      results: run.results,
    };
    useUiStore.getState().openDialog({ kind: SUBMISSION_DIALOG, props: { ...props } });
  };

  return (
    <aside className="lab-panel" aria-labelledby={ids.title}>
      <header className="lab-panel-head">
        <LabIcon />
        <h2 id={ids.title}>
          <span className="visually-hidden">
            {format(text.panelTitle, { title: lab.title[locale] })}
          </span>
          <span aria-hidden="true">{lab.title[locale]}</span>
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={text.collapse}
          title={text.collapse}
          onClick={() => setLabCollapsed(true)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M4 6l4 4 4-4" />
          </svg>
        </button>
      </header>
      <div className="lab-panel-body">
        {lab.graphs.length > 1 ? (
          <div className="lab-field">
            <label htmlFor={ids.graph}>{text.startingGraph}</label>
            <select
              id={ids.graph}
              value={active.startingGraph}
              onChange={(e) => void openStartingGraph(e.currentTarget.value)}
            >
              {lab.graphs.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title[locale]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <GoalList goals={labGoals(lab)} checks={checks} />
        <RunNote run={run} checks={checks} />
        <LockSummary lab={lab} document={document} violations={violations} />
        <details className="lab-instructions" open>
          <summary>{text.instructions}</summary>
          {paragraphs(lab.instructions[locale]).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </details>
      </div>
      <footer className="lab-panel-foot">
        <button
          type="button"
          className="button primary"
          disabled={exportBlocked !== null}
          aria-describedby={exportBlocked ? ids.export : undefined}
          onClick={exportSubmission}
        >
          {text.exportSubmission}
        </button>
        <button type="button" className="button" title={text.leaveHint} onClick={leaveLab}>
          {text.leave}
        </button>
        {exportBlocked ? (
          <p className="muted lab-export-reason" id={ids.export}>
            {exportBlocked}
          </p>
        ) : null}
      </footer>
    </aside>
  );
}

function RunNote({ run, checks }: { readonly run: LabRun; readonly checks: GoalCheck[] | null }) {
  const text = useText(labsText);
  if (run.kind === "none") return <p className="muted lab-note">{text.noRunYet}</p>;
  if (run.kind === "outdated") return <p className="lab-note lab-warn">{text.runOutdated}</p>;
  const met = checks?.filter((c) => c.met).length ?? 0;
  const total = checks?.length ?? 0;
  return (
    <p className="muted lab-note" role="status">
      {met === total ? text.allGoalsMet : format(text.someGoalsMet, { met, total })}
    </p>
  );
}
