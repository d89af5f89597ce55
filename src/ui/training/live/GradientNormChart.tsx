/**
 * Every layer's gradient norm over time on one log-scale chart: a layer
 * whose line sinks decades below the others is where gradients vanish.
 */
import { memo } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useText } from "../../i18n/catalog";
import { formatValue } from "../formatRun";
import { classColour } from "../preview/classColours";
import { useTrainingStore } from "../trainingStore";
import { liveText } from "./liveText";

function GradientNormChartView({ names }: { readonly names: ReadonlyMap<string, string> }) {
  const text = useText(liveText);
  const gradients = useTrainingStore((s) => s.gradients);
  // The history mutates in place; probeStep changes with each probe and re-renders this chart.
  useTrainingStore((s) => s.probeStep);
  const rows = gradients.rows;
  const ids = [...gradients.nodeIds];
  if (rows.length === 0) return null;
  return (
    <figure className="gradient-norms" aria-label={text.gradientNorms}>
      <figcaption>{text.gradientNorms}</figcaption>
      <ResponsiveContainer width="100%" height={180}>
        <LineChart data={rows} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="step" type="number" domain={["dataMin", "dataMax"]} fontSize={11} />
          <YAxis
            scale="log"
            domain={["auto", "auto"]}
            allowDataOverflow
            tickFormatter={formatValue}
            fontSize={11}
            width={52}
          />
          <Tooltip
            formatter={(v) => (typeof v === "number" ? formatValue(v) : String(v))}
            isAnimationActive={false}
          />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {ids.map((id, i) => (
            <Line
              key={id}
              dataKey={id}
              name={names.get(id) ?? id}
              stroke={classColour(i)}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

export const GradientNormChart = memo(GradientNormChartView);
