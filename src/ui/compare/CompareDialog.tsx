/**
 * The compare view, a window-sized dialog: the compared graphs and the shared
 * setup on top, then progress, results, curves, the structural differences
 * and the graphs side by side. Runs go on when it is closed (to edit a
 * variant, say); opening it again shows them.
 */
import { useEffect, useMemo, useRef } from "react";
import { diffGraphs, isEmptyDiff } from "../../graph/diff";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { Dialog } from "../layout/Dialog";
import { useUiStore } from "../store/uiStore";
import { CompareCanvases } from "./CompareCanvases";
import { CompareCharts } from "./CompareCharts";
import { CompareDiff } from "./CompareDiff";
import { CompareGraphs } from "./CompareGraphs";
import { CompareProgress } from "./CompareProgress";
import { CompareSetupForm } from "./CompareSetupForm";
import { CompareTable } from "./CompareTable";
import { refreshSavedEntries } from "./compareActions";
import { colourOf } from "./compareColours";
import { downloadChartsPng, downloadCsv, downloadResultsJson } from "./compareExport";
import {
  type ResultRow,
  resultRow,
  resultsCsv,
  resultsJson,
  staticResults,
} from "./compareResults";
import { isComparing, startComparison, stopComparison, useCompareRuns } from "./compareRuns";
import { useCompareStore } from "./compareStore";
import { compareText } from "./compareText";

export function CompareDialog({ close }: { readonly close: () => void }) {
  const text = useText(compareText);
  const entries = useCompareStore((s) => s.entries);
  const target = useCompareStore((s) => s.target);
  const allRuns = useCompareRuns((s) => s.runs);
  const shared = useCompareRuns((s) => s.shared);
  const charts = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void refreshSavedEntries();
  }, []);

  // Runs of graphs removed from the comparison since are no longer shown.
  const runs = useMemo(
    () => allRuns.filter((r) => entries.some((e) => e.id === r.entryId)),
    [allRuns, entries],
  );
  const running = isComparing(allRuns);
  const indexOf = (entryId: string) => entries.findIndex((e) => e.id === entryId);
  const rows: ResultRow[] = entries.map((entry) => {
    const run = runs.find((r) => r.entryId === entry.id);
    return run
      ? resultRow(run, target)
      : {
          entryId: entry.id,
          label: entry.label,
          status: "idle",
          results: staticResults(entry.document),
        };
  });
  const stale = useMemo(() => {
    const changed = new Set<string>();
    for (const run of runs) {
      const entry = entries.find((e) => e.id === run.entryId);
      if (entry && !isEmptyDiff(diffGraphs(run.document, entry.document))) changed.add(run.entryId);
    }
    return changed;
  }, [runs, entries]);

  const train = async () => {
    await refreshSavedEntries();
    const { entries: now, epochs } = useCompareStore.getState();
    startComparison(now, epochs);
  };

  const exportPng = async () => {
    if (!charts.current) return;
    try {
      await downloadChartsPng(
        charts.current,
        runs.map((r) => ({ label: r.label, colour: colourOf(indexOf(r.entryId)) })),
        `${text.legendValidation} · ${text.legendTraining}`,
      );
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      useUiStore.getState().notify(format(text.exportFailed, { detail }), "error");
    }
  };

  const exports = (
    <>
      <button type="button" className="button" onClick={() => downloadCsv(resultsCsv(rows))}>
        {text.exportCsv}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => downloadResultsJson(resultsJson(rows, runs, shared, target))}
      >
        {text.exportJson}
      </button>
      <button
        type="button"
        className="button"
        disabled={!runs.some((r) => r.history.length > 0 || r.batches.length > 0)}
        onClick={() => void exportPng()}
      >
        {text.exportPng}
      </button>
    </>
  );

  return (
    <Dialog
      title={text.title}
      onClose={close}
      wide
      actions={
        <button type="button" className="button" onClick={close}>
          {text.close}
        </button>
      }
    >
      <div className="compare-view">
        <p className="muted">{text.intro}</p>
        <div className="compare-top">
          <CompareGraphs disabled={running} />
          <CompareSetupForm
            running={running}
            onTrain={() => void train()}
            onStop={stopComparison}
          />
        </div>
        <CompareProgress runs={runs} stale={stale} indexOf={indexOf} />
        {entries.length > 0 ? (
          <CompareTable rows={rows} indexOf={indexOf} actions={exports} />
        ) : null}
        <div ref={charts}>
          <CompareCharts runs={runs} indexOf={indexOf} />
        </div>
        <CompareDiff entries={entries} />
        <CompareCanvases entries={entries} />
      </div>
    </Dialog>
  );
}
