/**
 * The overlaid curves: loss and accuracy, by epoch and by wall time; each
 * graph in its colour, validation solid, training dashed. Colours are
 * literal (not CSS variables) so that the PNG export draws what is seen.
 */
import { memo } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useText } from "../i18n/catalog";
import { colourOf } from "./compareColours";
import {
  type CurveAxis,
  type CurveMetric,
  hasAccuracy,
  trainingPoints,
  validationPoints,
} from "./compareCurves";
import type { CompareRun } from "./compareRuns";
import { compareText } from "./compareText";

export const CHART_GRID = "#dfe3ea";
const fmt = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString();

interface ChartProps {
  readonly title: string;
  readonly runs: readonly CompareRun[];
  readonly indexOf: (entryId: string) => number;
  readonly metric: CurveMetric;
  readonly axis: CurveAxis;
}

const Chart = memo(function Chart({ title, runs, indexOf, metric, axis }: ChartProps) {
  const text = useText(compareText);
  return (
    <figure className="compare-chart" aria-label={title} data-title={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart margin={{ top: 8, right: 16, bottom: 18, left: 4 }}>
          <CartesianGrid stroke={CHART_GRID} strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[0, "dataMax"]}
            allowDecimals={axis !== "epoch"}
            tickFormatter={fmt}
            stroke="#5f6878"
            fontSize={11}
            label={{
              value: axis === "epoch" ? text.epochAxis : text.timeAxis,
              position: "insideBottom",
              offset: -10,
              fontSize: 11,
              fill: "#5f6878",
            }}
          />
          <YAxis
            stroke="#5f6878"
            fontSize={11}
            width={48}
            tickFormatter={fmt}
            domain={metric === "accuracy" ? [0, 1] : [0, "auto"]}
          />
          <Tooltip formatter={(v) => (typeof v === "number" ? fmt(v) : String(v))} />
          {runs.flatMap((run) => {
            const training = trainingPoints(run.batches, run.history, metric, axis);
            const validation = validationPoints(run.history, metric, axis);
            const colour = colourOf(indexOf(run.entryId));
            return [
              <Line
                key={`${run.entryId}-train`}
                data={training}
                dataKey="value"
                name={`${run.label} — ${text.trainingLine}`}
                stroke={colour}
                strokeDasharray="5 4"
                strokeOpacity={0.75}
                strokeWidth={1.5}
                dot={false}
                isAnimationActive={false}
              />,
              <Line
                key={`${run.entryId}-validation`}
                data={validation}
                dataKey="value"
                name={`${run.label} — ${text.validationLine}`}
                stroke={colour}
                strokeWidth={2.2}
                dot={{ r: 3.5, fill: colour }}
                isAnimationActive={false}
              />,
            ];
          })}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
});

export function CompareLegend({
  runs,
  indexOf,
}: {
  readonly runs: readonly CompareRun[];
  readonly indexOf: (entryId: string) => number;
}) {
  const text = useText(compareText);
  return (
    <ul className="compare-legend" aria-label={text.curves}>
      {runs.map((run) => (
        <li key={run.entryId}>
          <svg width="22" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="22"
              y2="5"
              stroke={colourOf(indexOf(run.entryId))}
              strokeWidth="3"
            />
          </svg>
          {run.label}
        </li>
      ))}
      <li className="muted">{text.legendValidation}</li>
      <li className="muted">{text.legendTraining}</li>
    </ul>
  );
}

export function CompareCharts({
  runs,
  indexOf,
}: {
  readonly runs: readonly CompareRun[];
  readonly indexOf: (entryId: string) => number;
}) {
  const text = useText(compareText);
  const started = runs.some((r) => r.history.length > 0 || r.batches.length > 0);
  const accuracy = hasAccuracy(runs.map((r) => r.history));
  const charts: { title: string; metric: CurveMetric; axis: CurveAxis }[] = [
    { title: text.lossByEpoch, metric: "loss", axis: "epoch" },
    ...(accuracy
      ? [{ title: text.accuracyByEpoch, metric: "accuracy" as const, axis: "epoch" as const }]
      : []),
    { title: text.lossByTime, metric: "loss", axis: "time" },
    ...(accuracy
      ? [{ title: text.accuracyByTime, metric: "accuracy" as const, axis: "time" as const }]
      : []),
  ];
  return (
    <section className="compare-section" aria-labelledby="compare-curves">
      <h3 id="compare-curves">{text.curves}</h3>
      {started ? (
        <>
          <CompareLegend runs={runs} indexOf={indexOf} />
          <div className="compare-charts" data-testid="compare-charts">
            {charts.map((c) => (
              <Chart key={c.title} {...c} runs={runs} indexOf={indexOf} />
            ))}
          </div>
        </>
      ) : (
        <p className="muted">{text.noCurves}</p>
      )}
    </section>
  );
}
