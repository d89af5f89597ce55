/**
 * What the chosen dataset looks like before training: a grid of sample
 * images, a scatter plot of the 2-D toys, or the first few sequences.
 */
import { useMemo } from "react";
import { datasetSpec } from "../../../graph/training/datasets";
import type { TrainingSetup } from "../../../graph/training/setup";
import type { DatasetSource } from "../../../training/datasets/types";
import { useI18n, useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { setupText } from "../setup/setupText";
import { useUploadStore } from "../uploads";
import { SampleGrid } from "./SampleGrid";
import { ScatterPlot } from "./ScatterPlot";
import { SequenceRows } from "./SequenceRows";
import { usePreview } from "./usePreview";

function previewSource(
  setup: TrainingSetup,
  csvText: string | null,
  csvName: string,
): DatasetSource | null {
  const { id, options } = setup.dataset;
  if (id === "imageFolder") return null; // the upload shows its own thumbnails
  if (id === "csv") {
    const labelColumn = options.labelColumn;
    if (csvText === null || typeof labelColumn !== "string" || labelColumn === "") return null;
    return { kind: "csv", name: csvName, text: csvText, labelColumn, task: setup.task };
  }
  return datasetSpec(id) ? { kind: "builtin", id, options } : null;
}

export function DatasetPreview({ setup }: { readonly setup: TrainingSetup }) {
  const text = useText(setupText);
  const i18n = useI18n();
  const csv = useUploadStore((s) => s.csv);
  const source = useMemo(
    () => previewSource(setup, csv?.text ?? null, csv?.name ?? ""),
    [setup, csv],
  );
  const state = usePreview(source, setup.seed);
  if (!state) return null;
  const spec = datasetSpec(setup.dataset.id);
  const name = spec ? i18n(spec.name) : setup.dataset.id;
  return (
    <section className="setup-group preview" aria-label={text.preview}>
      <h3 className="setup-legend">{text.preview}</h3>
      {state.kind === "loading" ? <p className="muted">{text.previewLoading}</p> : null}
      {state.kind === "failed" ? (
        <p className="setup-error-box" role="alert">
          {format(text.previewFailed, {
            message: typeof state.message === "string" ? state.message : i18n(state.message),
          })}
        </p>
      ) : null}
      {state.kind === "ready" ? <PreviewBody dataset={state.dataset} name={name} /> : null}
    </section>
  );
}

function PreviewBody({
  dataset,
  name,
}: {
  readonly dataset: Parameters<typeof SampleGrid>[0]["dataset"];
  readonly name: string;
}) {
  const text = useText(setupText);
  const shape = dataset.shapes.inputShape;
  const train = dataset.train;
  const count = (
    <p className="setup-note muted">{format(text.previewSamples, { count: train.count })}</p>
  );
  if (shape.length === 3)
    return (
      <>
        <SampleGrid dataset={dataset} label={format(text.previewImages, { name })} />
        {count}
      </>
    );
  const flat =
    shape.length === 1 &&
    (shape[0] === 2 || (shape[0] === 1 && dataset.shapes.task === "regression"));
  if (flat && !dataset.integerFeatures)
    return (
      <>
        <ScatterPlot
          data={{
            features: train.features,
            labels: train.labels,
            count: train.count,
            width: shape[0]!,
            regression: dataset.shapes.task === "regression",
          }}
          label={format(text.previewScatter, { name })}
        />
        {count}
      </>
    );
  return (
    <>
      <SequenceRows dataset={dataset} label={format(text.previewRows, { name })} />
      {count}
    </>
  );
}
