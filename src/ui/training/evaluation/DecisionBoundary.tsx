/**
 * For 2-D datasets: the model's decision regions as a heat map behind the
 * data points. Refreshed after each epoch while this view is open, and on
 * demand.
 */
import { useEffect, useMemo } from "react";
import { datasetSpec } from "../../../graph/training/datasets";
import type { TrainingSetup } from "../../../graph/training/setup";
import { useI18n, useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { ScatterPlot } from "../preview/ScatterPlot";
import { usePreview } from "../preview/usePreview";
import { requestBoundary } from "../trainingActions";
import { useTrainingStore } from "../trainingStore";
import { evaluationText } from "./evaluationText";

const RESOLUTION = 64;

export function DecisionBoundary({ setup }: { readonly setup: TrainingSetup }) {
  const text = useText(evaluationText);
  const i18n = useI18n();
  const boundary = useTrainingStore((s) => s.boundary);
  const epochCount = useTrainingStore((s) => s.epochs.length);
  const source = useMemo(
    () => ({ kind: "builtin" as const, id: setup.dataset.id, options: setup.dataset.options }),
    [setup.dataset],
  );
  const preview = usePreview(source, setup.seed);
  useEffect(() => {
    if (epochCount > 0) void requestBoundary(RESOLUTION);
  }, [epochCount]);
  const spec = datasetSpec(setup.dataset.id);
  const name = spec ? i18n(spec.name) : setup.dataset.id;
  const label = format(text.boundaryOf, { name });
  return (
    <section className="decision-boundary" aria-label={text.boundary}>
      <h4>{text.boundary}</h4>
      {preview?.kind === "ready" ? (
        <ScatterPlot
          data={{
            features: preview.dataset.train.features,
            labels: preview.dataset.train.labels,
            count: preview.dataset.train.count,
            width: 2,
            regression: false,
          }}
          boundary={boundary}
          label={label}
          size={260}
        />
      ) : null}
      <button type="button" className="button" onClick={() => void requestBoundary(RESOLUTION)}>
        {text.refresh}
      </button>
    </section>
  );
}
