/** Curves, Layers and Evaluate: the panel's views, as an accessible tab list (arrow keys move). */
import { type KeyboardEvent, useId, useState } from "react";
import { useText } from "../../i18n/catalog";
import { CurvesView } from "../curves/CurvesView";
import { EvaluationView } from "../evaluation/EvaluationView";
import { LiveView } from "../live/LiveView";
import { trainingText } from "../trainingText";

type View = "curves" | "live" | "evaluate";
const VIEWS: readonly View[] = ["curves", "live", "evaluate"];

export function ViewTabs() {
  const text = useText(trainingText);
  const [view, setView] = useState<View>("curves");
  const id = useId();
  const labels: Record<View, string> = {
    curves: text.tabCurves,
    live: text.tabLive,
    evaluate: text.tabEvaluate,
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const next = VIEWS[(VIEWS.indexOf(view) + (event.key === "ArrowRight" ? 1 : 2)) % 3]!;
    setView(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };
  return (
    <div className="training-views">
      <div role="tablist" aria-label={text.views} className="view-tabs" onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v}
            id={`${id}-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            aria-controls={`${id}-panel`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => setView(v)}
          >
            {labels[v]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${view}`}
        className="view-body"
      >
        {view === "curves" ? <CurvesView /> : view === "live" ? <LiveView /> : <EvaluationView />}
      </div>
    </div>
  );
}
