/** A weight or gradient histogram (equal-width bins from the worker) as a bar chart. */
import { memo, useMemo } from "react";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Histogram } from "../../../training/protocol";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { formatValue } from "../formatRun";
import { liveText } from "./liveText";

function HistogramChartView({
  title,
  histogram,
  colour,
}: {
  readonly title: string;
  readonly histogram: Histogram;
  readonly colour: string;
}) {
  const text = useText(liveText);
  const rows = useMemo(() => {
    const bins = histogram.counts.length;
    const width = (histogram.max - histogram.min) / Math.max(1, bins);
    return histogram.counts.map((count, i) => ({ x: histogram.min + (i + 0.5) * width, count }));
  }, [histogram]);
  return (
    <figure className="histogram" aria-label={format(text.histogramOf, { name: title })}>
      <figcaption>
        {title}{" "}
        <span className="muted">
          [{formatValue(histogram.min)}, {formatValue(histogram.max)}]
        </span>
      </figcaption>
      <ResponsiveContainer width="100%" height={110}>
        <BarChart data={rows} margin={{ top: 2, right: 8, bottom: 0, left: 0 }} barCategoryGap={0}>
          <XAxis dataKey="x" tickFormatter={formatValue} fontSize={10} minTickGap={16} />
          <YAxis fontSize={10} width={36} />
          <Tooltip
            formatter={(value) => String(value)}
            labelFormatter={(x) => formatValue(Number(x))}
            isAnimationActive={false}
          />
          <Bar dataKey="count" fill={colour} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export const HistogramChart = memo(HistogramChartView);
