/**
 * A GAN while it trains: samples from fixed noise (one row per class for a
 * conditional GAN), or on 2-D data real against generated points over the
 * discriminator's output with the modes covered; and D(real) beside D(fake).
 */

import type { RecipeView } from "../../../training/recipeViews";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { MetricChart } from "../curves/MetricChart";
import { useCurveCharts } from "../curves/useCurveCharts";
import { useTrainingStore } from "../trainingStore";
import { rowsByLabel, sampleImageShape } from "./draw";
import { labText } from "./labText";
import { GENERATED_COLOUR, PlaneScatter, REAL_COLOUR } from "./PlaneScatter";
import { SampleTiles } from "./SampleTiles";

type GanView = Extract<RecipeView, { kind: "gan" }>;

function SampleGridOf({ view }: { readonly view: GanView }) {
  const text = useText(labText);
  const classNames = useTrainingStore((s) => s.info?.classNames ?? null);
  const { samples, sampleLabels } = view;
  if (!sampleImageShape(samples)) return null;
  if (!sampleLabels)
    return (
      <SampleTiles
        set={samples}
        columns={Math.ceil(Math.sqrt(samples.count))}
        label={text.samplesGrid}
        testId="gan-samples"
      />
    );
  return (
    <figure className="gan-class-rows" data-testid="gan-samples" aria-label={text.samplesGrid}>
      {rowsByLabel(sampleLabels).map((row) => {
        const name = classNames?.[row.label] ?? String(row.label);
        return (
          <div
            key={row.label}
            className="gan-class-row"
            data-testid="gan-class-row"
            data-class={row.label}
          >
            <span className="gan-class-name">{name}</span>
            <SampleTiles
              set={samples}
              indices={row.indices}
              columns={row.indices.length}
              label={format(text.samplesOfClass, { name })}
            />
          </div>
        );
      })}
    </figure>
  );
}

function PointsOf({ view }: { readonly view: GanView }) {
  const text = useText(labText);
  const probability = view.recipe !== "wgan";
  return (
    <div className="gan-points">
      <PlaneScatter
        real={view.real}
        generated={view.samples.values}
        generatedLabels={view.sampleLabels}
        grid={view.discriminator}
        probability={probability}
        label={text.scatterLabel}
      />
      <ul className="curve-legend" aria-hidden="true">
        <li>
          <span className="dot" style={{ background: REAL_COLOUR }} /> {text.real}
        </li>
        <li>
          <span className="dot" style={{ background: GENERATED_COLOUR }} />{" "}
          {view.sampleLabels ? text.generatedByClass : text.generated}
        </li>
      </ul>
      <p className="muted lab-hint">{probability ? text.realVsGeneratedHint : text.criticHint}</p>
      {view.modes ? (
        <p data-testid="gan-modes" data-covered={view.modes.covered} data-total={view.modes.total}>
          <strong>{format(text.modesCovered, view.modes)}</strong>
        </p>
      ) : null}
    </div>
  );
}

export function GanPanel({ view }: { readonly view: GanView | null }) {
  const text = useText(labText);
  const charts = useCurveCharts();
  const xAxis = useTrainingStore((s) => s.xAxis);
  const verdicts = charts.find((c) => c.id === "verdicts");
  const points = view !== null && view.samples.shape.length === 1 && view.samples.shape[0] === 2;
  return (
    <section className="lab-panel" aria-label={text.ganPanel} data-testid="gan-panel">
      {view === null ? <p className="muted">{text.noView}</p> : null}
      <div className="lab-row">
        {view && !points ? (
          <figure className="lab-figure">
            <figcaption title={text.samplesFromNoiseHint}>{text.samplesFromNoise}</figcaption>
            <SampleGridOf view={view} />
          </figure>
        ) : null}
        {view && points ? (
          <figure className="lab-figure">
            <figcaption>{text.realVsGenerated}</figcaption>
            <PointsOf view={view} />
          </figure>
        ) : null}
        {verdicts ? (
          <div className="lab-chart-box">
            <MetricChart
              title={verdicts.title}
              curves={verdicts.curves}
              xAxis={xAxis}
              testId="gan-verdicts"
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
