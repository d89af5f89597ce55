/** All curves of the run, with the x-axis switch (steps or wall time) and the smoothing slider. */
import { useId } from "react";
import { useText } from "../../i18n/catalog";
import { useTrainingStore } from "../trainingStore";
import { CurveLegend } from "./CurveLegend";
import { curvesText } from "./curvesText";
import { MetricChart } from "./MetricChart";
import { useCurveCharts } from "./useCurveCharts";

export function CurvesView() {
  const text = useText(curvesText);
  const empty = useTrainingStore((s) => s.series.length === 0 && s.epochs.length === 0);
  const xAxis = useTrainingStore((s) => s.xAxis);
  const smoothing = useTrainingStore((s) => s.smoothing);
  const sliderId = useId();
  const charts = useCurveCharts();
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
              key={chart.id}
              title={chart.title}
              curves={chart.curves}
              xAxis={xAxis}
              testId={`chart-${chart.id}`}
            />
          ))}
        </div>
      )}
    </section>
  );
}
