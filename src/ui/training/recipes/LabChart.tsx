/**
 * Curves kept across runs on one recharts chart — accuracy against ε, or
 * the gradient per time step on a log scale — each labelled by its run.
 */
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
import { useI18n } from "../../i18n/catalog";
import { formatValue } from "../formatRun";
import { classColour } from "../preview/classColours";
import { curveRows, distinctLabels, type LabCurve } from "./labCurves";

interface Props {
  readonly curves: readonly LabCurve[];
  readonly label: string;
  readonly xLabel: string;
  readonly log?: boolean;
  readonly formatY?: (value: number) => string;
  readonly yDomain?: readonly [number, number];
  readonly testId: string;
}

export function LabChart({
  curves,
  label,
  xLabel,
  log,
  formatY = formatValue,
  yDomain,
  testId,
}: Props) {
  const i18n = useI18n();
  if (curves.length === 0) return null;
  // A log axis cannot show 0 (a gradient that vanished entirely): such points become gaps.
  const rows = log
    ? curveRows(curves).map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, k !== "x" && v !== null && v <= 0 ? null : v]),
        ),
      )
    : curveRows(curves);
  const names = distinctLabels(curves.map((c) => i18n(c.label)));
  return (
    <figure
      className="lab-chart"
      aria-label={label}
      data-testid={testId}
      data-curves={curves.length}
    >
      <figcaption>{label}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={rows} margin={{ top: 4, right: 12, bottom: 14, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis
            dataKey="x"
            type="number"
            domain={["dataMin", "dataMax"]}
            fontSize={11}
            label={{ value: xLabel, position: "insideBottom", offset: -8, fontSize: 11 }}
          />
          <YAxis
            scale={log ? "log" : "auto"}
            domain={yDomain ? [yDomain[0], yDomain[1]] : ["auto", "auto"]}
            allowDataOverflow={log}
            tickFormatter={formatY}
            fontSize={11}
            width={52}
          />
          <Tooltip
            formatter={(v) => (typeof v === "number" ? formatY(v) : String(v))}
            labelFormatter={(x) => `${xLabel} ${formatValue(Number(x))}`}
            isAnimationActive={false}
          />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {curves.map((curve, i) => (
            <Line
              key={curve.key}
              dataKey={`c${i}`}
              name={names[i]}
              stroke={classColour(i)}
              strokeWidth={2}
              dot={{ r: 2.5 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
