/**
 * One chart of the run: a curve (the loss or a metric) drawn as its
 * training values per batch, faint, with their smoothed line over them, and
 * the validation value per epoch — or several curves that belong together
 * (a GAN's two losses, D(real) and D(fake)), each in its own colour.
 * Animation is off — the chart redraws up to ten times a second.
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
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { formatValue } from "../formatRun";
import { classColour } from "../preview/classColours";
import { type BatchRow, type EpochRow, latestValue, type XAxisKind } from "./curveData";
import { curvesText } from "./curvesText";

export interface ChartCurve {
  /** The series key ("loss", "gLoss"…). */
  readonly name: string;
  readonly label: string;
  readonly batches: readonly BatchRow[];
  readonly epochs: readonly EpochRow[];
}

interface Props {
  readonly title: string;
  readonly curves: readonly ChartCurve[];
  readonly xAxis: XAxisKind;
  /** data-testid of the figure (e.g. "chart-verdicts"). */
  readonly testId?: string;
}

export const TRAIN_COLOUR = "#3b5bdb";
export const VALIDATION_COLOUR = "#e8590c";
const SMOOTH_COLOUR = "#1b2f8a";

type Text = (typeof curvesText)["en"];

function summaryOf(curves: readonly ChartCurve[], text: Text): string {
  if (curves.length > 1)
    return curves
      .map((c) => {
        const latest = latestValue(c.batches, c.epochs);
        const value = latest.validation ?? latest.train;
        return value === null ? null : `${c.label} ${formatValue(value)}`;
      })
      .filter((part) => part !== null)
      .join(" · ");
  const only = curves[0];
  if (!only) return "";
  const latest = latestValue(only.batches, only.epochs);
  if (latest.validation !== null)
    return format(text.latest, {
      train: latest.train === null ? "—" : formatValue(latest.train),
      validation: formatValue(latest.validation),
    });
  return latest.train !== null
    ? format(text.latestTrain, { train: formatValue(latest.train) })
    : "";
}

/** Lines of one curve; `colour` null draws the single-curve look (blue per batch, orange validation). */
function curveLines(curve: ChartCurve, colour: string | null, text: Text) {
  const onlyEpochs = curve.batches.length === 0;
  const train = colour ?? TRAIN_COLOUR;
  const name = (suffix: string) => (colour ? `${curve.label} — ${suffix}` : suffix);
  return [
    onlyEpochs ? null : (
      <Line
        key={`${curve.name}-raw`}
        data={curve.batches as BatchRow[]}
        dataKey="raw"
        name={name(text.trainingRaw)}
        stroke={train}
        strokeOpacity={0.18}
        strokeWidth={1}
        dot={false}
        isAnimationActive={false}
        connectNulls={false}
        // Several curves: the tooltip lists their smoothed values only.
        tooltipType={colour ? "none" : undefined}
      />
    ),
    onlyEpochs ? null : (
      <Line
        key={`${curve.name}-smooth`}
        data={curve.batches as BatchRow[]}
        dataKey="smooth"
        name={colour ? curve.label : text.trainingSmooth}
        stroke={colour ?? SMOOTH_COLOUR}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    ),
    onlyEpochs ? (
      <Line
        key={`${curve.name}-epoch`}
        data={curve.epochs as EpochRow[]}
        dataKey="train"
        name={name(text.trainingEpoch)}
        stroke={train}
        strokeWidth={2}
        isAnimationActive={false}
      />
    ) : null,
    <Line
      key={`${curve.name}-validation`}
      data={curve.epochs as EpochRow[]}
      dataKey="validation"
      name={name(text.validation)}
      stroke={colour ?? VALIDATION_COLOUR}
      strokeDasharray={colour ? "4 3" : undefined}
      strokeWidth={2}
      dot={curve.epochs.length <= 60 ? { r: 3 } : false}
      isAnimationActive={false}
    />,
  ];
}

function MetricChartView({ title, curves, xAxis, testId }: Props) {
  const text = useText(curvesText);
  const several = curves.length > 1;
  return (
    <figure
      className="metric-chart"
      aria-label={format(text.chartOf, { name: title })}
      data-testid={testId}
    >
      <figcaption>
        <strong>{title}</strong>{" "}
        <span className="muted" data-testid="chart-latest">
          {summaryOf(curves, text)}
        </span>
        {several ? (
          <ul className="curve-legend chart-legend" aria-label={text.curvesOfChart}>
            {curves.map((c, i) => (
              <li key={c.name} data-series={c.name}>
                <svg width="14" height="8" aria-hidden="true">
                  <line x1="0" y1="4" x2="14" y2="4" stroke={classColour(i)} strokeWidth="2" />
                </svg>
                {c.label}
              </li>
            ))}
          </ul>
        ) : null}
      </figcaption>
      <ResponsiveContainer width="100%" height={190}>
        <LineChart margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis
            dataKey="x"
            type="number"
            domain={["dataMin", "dataMax"]}
            allowDuplicatedCategory={false}
            tickFormatter={(v: number) => (xAxis === "time" ? `${Math.round(v)}s` : String(v))}
            fontSize={11}
          />
          <YAxis tickFormatter={formatValue} fontSize={11} width={48} domain={["auto", "auto"]} />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))}
            labelFormatter={(x) =>
              `${xAxis === "time" ? text.timeSeconds : text.step} ${formatValue(Number(x))}`
            }
            isAnimationActive={false}
          />
          {curves.flatMap((curve, i) => curveLines(curve, several ? classColour(i) : null, text))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

export const MetricChart = memo(MetricChartView);
