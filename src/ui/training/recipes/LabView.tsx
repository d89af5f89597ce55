/**
 * One recipe panel in the training panel's views. Panels that draw the
 * recipe's live picture ask the worker for a fresh one when they open (it
 * then arrives by itself a few times a second while training runs).
 */
import { useEffect } from "react";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { requestRecipeView } from "../trainingActions";
import { useTrainingStore } from "../trainingStore";
import { AdversarialPanel } from "./AdversarialPanel";
import { AttentionPanel } from "./AttentionPanel";
import { AutoencoderPanel } from "./AutoencoderPanel";
import { GanPanel } from "./GanPanel";
import { LabError } from "./LabError";
import { labText } from "./labText";
import type { LabId } from "./panels";
import { SequencePanel } from "./SequencePanel";
import { Word2vecPanel } from "./Word2vecPanel";
import "./recipes.css";

const DRAWS_VIEW: ReadonlySet<LabId> = new Set(["gan", "autoencoder", "word2vec"]);

function Panel({ lab }: { readonly lab: LabId }) {
  const view = useTrainingStore((s) => s.recipeView);
  switch (lab) {
    case "gan":
      return <GanPanel view={view?.kind === "gan" ? view : null} />;
    case "autoencoder":
      return <AutoencoderPanel view={view?.kind === "autoencoder" ? view : null} />;
    case "word2vec":
      return <Word2vecPanel view={view?.kind === "word2vec" ? view : null} />;
    case "adversarial":
      return <AdversarialPanel />;
    case "sequence":
      return <SequencePanel />;
    case "attention":
      return <AttentionPanel />;
  }
}

export function LabView({ lab }: { readonly lab: LabId }) {
  const text = useText(labText);
  const step = useTrainingStore((s) => s.recipeViewStep);
  const drawsView = DRAWS_VIEW.has(lab);
  useEffect(() => {
    if (drawsView) requestRecipeView();
  }, [drawsView]);
  return (
    <div className="lab-view" data-lab={lab}>
      {drawsView && step !== null ? (
        <p className="muted lab-step" data-testid="recipe-view-step" data-step={step}>
          {format(text.atStep, { step })}
        </p>
      ) : null}
      <LabError lab={lab} />
      <Panel lab={lab} />
    </div>
  );
}
