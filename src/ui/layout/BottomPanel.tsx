/** Problems, the model summary, and the training panel. */
import { useId } from "react";
import { useText } from "../i18n/catalog";
import { ProblemsPanel } from "../panels/ProblemsPanel";
import { SummaryPanel } from "../panels/SummaryPanel";
import { type BottomTab, useUiStore } from "../store/uiStore";
import { TrainingPanel } from "../training/TrainingPanel";
import { layoutText } from "./layoutText";

export function BottomPanel() {
  const text = useText(layoutText);
  const tab = useUiStore((s) => s.bottomTab);
  const open = useUiStore((s) => s.bottomOpen);
  const showBottom = useUiStore((s) => s.showBottom);
  const id = useId();
  const tabs: [BottomTab, string][] = [
    ["problems", text.tabProblems],
    ["summary", text.tabSummary],
    ["training", text.tabTraining],
  ];
  return (
    <section
      className={`bottom-panel${open ? "" : " closed"}${open && tab === "training" ? " training-open" : ""}`}
      aria-label={text.bottomPanel}
    >
      <div role="tablist" className="tabs">
        {tabs.map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-${key}`}
            aria-selected={open && tab === key}
            aria-controls={`${id}-panel`}
            onClick={() =>
              open && tab === key ? useUiStore.getState().toggleBottom() : showBottom(key)
            }
          >
            {label}
            {key === "problems" ? <ProblemsPanel.Count /> : null}
          </button>
        ))}
      </div>
      {open ? (
        <div
          role="tabpanel"
          id={`${id}-panel`}
          aria-labelledby={`${id}-${tab}`}
          className="tab-body"
        >
          {tab === "problems" ? (
            <ProblemsPanel />
          ) : tab === "summary" ? (
            <SummaryPanel />
          ) : (
            <TrainingPanel />
          )}
        </div>
      ) : null}
    </section>
  );
}
