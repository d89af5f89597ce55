/**
 * The run's charts as rows ready to draw: the plan (curveGroups.ts) filled
 * with each curve's per-batch and per-epoch rows, titles and labels in the
 * current language. Shared by the Curves view and the recipe panels (a GAN's
 * D(real)/D(fake) chart), so both always draw the same numbers.
 */
import { useMemo } from "react";
import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { useTrainingStore } from "../trainingStore";
import { batchRows, curveNames, epochRows } from "./curveData";
import { type ChartLabel, chartPlan } from "./curveGroups";
import { curvesText } from "./curvesText";
import type { ChartCurve } from "./MetricChart";

export interface CurveChart {
  readonly id: string;
  readonly title: string;
  readonly curves: readonly ChartCurve[];
}

export function useCurveCharts(): CurveChart[] {
  const text = useText(curvesText);
  const locale = useLocale();
  const series = useTrainingStore((s) => s.series);
  const version = useTrainingStore((s) => s.seriesVersion);
  const epochs = useTrainingStore((s) => s.epochs);
  const xAxis = useTrainingStore((s) => s.xAxis);
  const smoothing = useTrainingStore((s) => s.smoothing);
  const info = useTrainingStore((s) => s.info);
  return useMemo(() => {
    void version; // the series is mutated in place; the version says when it changed
    const label = (l: ChartLabel) =>
      "key" in l ? text[l.key] : "text" in l ? l.text[locale] : l.raw;
    const plan = chartPlan(curveNames(series, epochs), info?.recipe ?? null, info?.series ?? []);
    return plan.map((chart) => ({
      id: chart.id,
      title: label(chart.title),
      curves: chart.members.map((m) => ({
        name: m.name,
        label: label(m.label),
        batches: batchRows(series, m.name, smoothing, xAxis),
        epochs: epochRows(epochs, m.name, xAxis),
      })),
    }));
  }, [series, version, epochs, xAxis, smoothing, info, text, locale]);
}
