/**
 * One curve (the loss or a metric): the training values per batch, faint,
 * with their smoothed line over them, and the validation value per epoch.
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
import { type BatchRow, type EpochRow, latestValue, type XAxisKind } from "./curveData";
import { curvesText } from "./curvesText";

interface Props {
  readonly title: string;
  readonly batches: readonly BatchRow[];
  readonly epochs: readonly EpochRow[];
  readonly xAxis: XAxisKind;
}

export const TRAIN_COLOUR = "#3b5bdb";
export const VALIDATION_COLOUR = "#e8590c";
const TRAIN = TRAIN_COLOUR;
const VALIDATION = VALIDATION_COLOUR;

function MetricChartView({ title, batches, epochs, xAxis }: Props) {
  const text = useText(curvesText);
  const latest = latestValue(batches, epochs);
  const summary =
    latest.validation !== null
      ? format(text.latest, {
          train: latest.train === null ? "—" : formatValue(latest.train),
          validation: formatValue(latest.validation),
        })
      : latest.train !== null
        ? format(text.latestTrain, { train: formatValue(latest.train) })
        : "";
  const onlyEpochs = batches.length === 0;
  return (
    <figure className="metric-chart" aria-label={format(text.chartOf, { name: title })}>
      <figcaption>
        <strong>{title}</strong>{" "}
        <span className="muted" data-testid="chart-latest">
          {summary}
        </span>
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
          {onlyEpochs ? null : (
            <>
              <Line
                data={batches as BatchRow[]}
                dataKey="raw"
                name={text.trainingRaw}
                stroke={TRAIN}
                strokeOpacity={0.18}
                strokeWidth={1}
                dot={false}
                isAnimationActive={false}
                connectNulls={false}
              />
              <Line
                data={batches as BatchRow[]}
                dataKey="smooth"
                name={text.trainingSmooth}
                stroke="#1b2f8a"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            </>
          )}
          {onlyEpochs ? (
            <Line
              data={epochs as EpochRow[]}
              dataKey="train"
              name={text.trainingEpoch}
              stroke={TRAIN}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ) : null}
          <Line
            data={epochs as EpochRow[]}
            dataKey="validation"
            name={text.validation}
            stroke={VALIDATION}
            strokeWidth={2}
            dot={epochs.length <= 60 ? { r: 3 } : false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

export const MetricChart = memo(MetricChartView);
