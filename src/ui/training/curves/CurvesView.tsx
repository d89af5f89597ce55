/** All curves of the run, with the x-axis switch (steps or wall time) and the smoothing slider. */
import { useId, useMemo } from "react";
import { useText } from "../../i18n/catalog";
import { useTrainingStore } from "../trainingStore";
import { CurveLegend } from "./CurveLegend";
import { batchRows, curveNames, epochRows } from "./curveData";
import { curvesText } from "./curvesText";
import { MetricChart } from "./MetricChart";

const KNOWN = new Set(["loss", "accuracy", "meanAbsoluteError", "meanSquaredError"]);

export function CurvesView() {
  const text = useText(curvesText);
  const series = useTrainingStore((s) => s.series);
  const version = useTrainingStore((s) => s.seriesVersion);
  const epochs = useTrainingStore((s) => s.epochs);
  const xAxis = useTrainingStore((s) => s.xAxis);
  const smoothing = useTrainingStore((s) => s.smoothing);
  const sliderId = useId();
  const charts = useMemo(() => {
    void version; // the series is mutated in place; the version says when it changed
    return curveNames(series, epochs).map((name) => ({
      name,
      batches: batchRows(series, name, smoothing, xAxis),
      epochs: epochRows(epochs, name, xAxis),
    }));
  }, [series, version, epochs, xAxis, smoothing]);
  const empty = series.length === 0 && epochs.length === 0;
  return (
    <section className="curves" aria-label={text.curves}>
      <div className="curves-toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">{text.xAxis}</legend>
          {(["step", "time"] as const).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name={`${sliderId}-x`}
                checked={xAxis === kind}
                onChange={() => useTrainingStore.setState({ xAxis: kind })}
              />
              {kind === "step" ? text.steps : text.wallTime}
            </label>
          ))}
        </fieldset>
        <label htmlFor={sliderId}>{text.smoothing}</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={0.99}
          step={0.01}
          value={smoothing}
          onChange={(event) => useTrainingStore.setState({ smoothing: Number(event.target.value) })}
        />
        <output htmlFor={sliderId}>{smoothing.toFixed(2)}</output>
        <CurveLegend />
      </div>
      {empty ? (
        <p className="muted">{text.noCurves}</p>
      ) : (
        <div className="chart-grid">
          {charts.map((chart) => (
            <MetricChart
              key={chart.name}
              title={KNOWN.has(chart.name) ? text[chart.name as "loss"] : chart.name}
              batches={chart.batches}
              epochs={chart.epochs}
              xAxis={xAxis}
            />
          ))}
        </div>
      )}
    </section>
  );
}
