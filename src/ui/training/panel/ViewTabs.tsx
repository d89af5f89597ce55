/**
 * Curves, Layers and Evaluate — and the recipe panels the run has (GAN,
 * autoencoder, embeddings, adversarial examples, sequence lab, attention):
 * the panel's views, as an accessible tab list (arrow keys move).
 */
import { type KeyboardEvent, useId, useState } from "react";
import { useText } from "../../i18n/catalog";
import { CurvesView } from "../curves/CurvesView";
import { EvaluationView } from "../evaluation/EvaluationView";
import { LiveView } from "../live/LiveView";
import { LabView } from "../recipes/LabView";
import { labText } from "../recipes/labText";
import { LABS, type LabId } from "../recipes/panels";
import { useLabs } from "../recipes/useLabs";
import { useSetup } from "../setup/useSetup";
import { useTrainingStore } from "../trainingStore";
import { trainingText } from "../trainingText";

type View = "curves" | "live" | "evaluate" | LabId;
const BASE: readonly View[] = ["curves", "live", "evaluate"];

const LAB_TAB = {
  gan: "tabGan",
  autoencoder: "tabAutoencoder",
  word2vec: "tabWord2vec",
  adversarial: "tabAdversarial",
  sequence: "tabSequence",
  attention: "tabAttention",
} as const satisfies Record<LabId, keyof (typeof labText)["en"]>;

const isLab = (view: View): view is LabId => (LABS as readonly string[]).includes(view);

function useLabels(): Record<View, string> {
  const text = useText(trainingText);
  const lab = useText(labText);
  const runRecipe = useTrainingStore((s) => s.info?.recipe ?? null);
  const setupRecipe = useSetup().recipe;
  const labels = {
    curves: text.tabCurves,
    live: text.tabLive,
    evaluate: text.tabEvaluate,
  } as Record<View, string>;
  for (const id of LABS) labels[id] = lab[LAB_TAB[id]];
  if ((runRecipe ?? setupRecipe) === "vae") labels.autoencoder = lab.tabVae;
  return labels;
}

export function ViewTabs() {
  const text = useText(trainingText);
  const labels = useLabels();
  const labs = useLabs();
  const [chosen, setView] = useState<View>("curves");
  const id = useId();
  const views: readonly View[] = [...BASE, ...labs];
  // A recipe panel that no longer applies (another recipe, another graph) falls back to the curves.
  const view = views.includes(chosen) ? chosen : "curves";
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const step = event.key === "ArrowRight" ? 1 : views.length - 1;
    const next = views[(views.indexOf(view) + step) % views.length]!;
    setView(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };
  return (
    <div className="training-views">
      <div role="tablist" aria-label={text.views} className="view-tabs" onKeyDown={onKeyDown}>
        {views.map((v) => (
          <button
            key={v}
            id={`${id}-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            aria-controls={`${id}-panel`}
            tabIndex={view === v ? 0 : -1}
            data-testid={`view-tab-${v}`}
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
        {view === "curves" ? (
          <CurvesView />
        ) : view === "live" ? (
          <LiveView />
        ) : view === "evaluate" ? (
          <EvaluationView />
        ) : isLab(view) ? (
          <LabView lab={view} />
        ) : null}
      </div>
    </div>
  );
}
