/** One progress line per graph (epoch x / y and status) and the comparison's overall progress. */
import { useI18n, useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { ColourSwatch } from "./ColourSwatch";
import { type CompareRun, type CompareRunStatus, isSettled } from "./compareRuns";
import { compareText } from "./compareText";

type Text = (typeof compareText)["en"];

const STATUS_TEXT: Record<CompareRunStatus, keyof Text> = {
  queued: "statusQueued",
  idle: "statusIdle",
  preparing: "statusPreparing",
  running: "statusRunning",
  paused: "statusPaused",
  stopped: "statusStopped",
  finished: "statusFinished",
  failed: "statusFailed",
};

/** How far a run is, 0–1: whole epochs done plus the current epoch's batches. */
export function runFraction(run: CompareRun): number {
  if (run.status === "finished") return 1;
  if (run.epochs <= 0) return 0;
  const done = run.history.length;
  const within = run.batchesPerEpoch > 0 && run.epoch > done ? run.batch / run.batchesPerEpoch : 0;
  return Math.min(1, (done + within) / run.epochs);
}

function Bar({ fraction, label }: { readonly fraction: number; readonly label: string }) {
  return (
    <div
      className="compare-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(fraction * 100)}
    >
      <div className="compare-bar-fill" style={{ width: `${fraction * 100}%` }} />
    </div>
  );
}

export function CompareProgress({
  runs,
  stale,
  indexOf,
}: {
  readonly runs: readonly CompareRun[];
  /** Entry ids of graphs edited since they trained. */
  readonly stale: ReadonlySet<string>;
  readonly indexOf: (entryId: string) => number;
}) {
  const text = useText(compareText);
  const i18n = useI18n();
  if (runs.length === 0) return null;
  const overall = runs.reduce((sum, r) => sum + (isSettled(r.status) ? 1 : runFraction(r)), 0);
  return (
    <section className="compare-section" aria-labelledby="compare-progress">
      <h3 id="compare-progress">{text.progress}</h3>
      <ul className="compare-progress" aria-label={text.progress}>
        {runs.map((run) => (
          <li key={run.entryId} data-status={run.status}>
            <span className="compare-progress-name">
              <ColourSwatch index={indexOf(run.entryId)} />
              {run.label}
            </span>
            <Bar fraction={runFraction(run)} label={run.label} />
            <span className="compare-progress-epoch">
              {format(text.epochOf, { epoch: run.history.length, epochs: run.epochs })}
            </span>
            <span className="compare-progress-status" role="status" aria-label={run.label}>
              {text[STATUS_TEXT[run.status]]}
            </span>
            <span className="compare-stale">{stale.has(run.entryId) ? text.stale : ""}</span>
            {run.failure ? (
              <span className="compare-failure" role="alert">
                {i18n(run.failure)}
              </span>
            ) : null}
          </li>
        ))}
        <li
          className="compare-overall"
          data-status={runs.every((r) => r.status === "finished") ? "finished" : undefined}
        >
          <span className="compare-progress-name">{text.overall}</span>
          <Bar fraction={overall / runs.length} label={text.overall} />
        </li>
      </ul>
    </section>
  );
}
