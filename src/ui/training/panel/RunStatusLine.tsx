/** Status; the backend in use (and why it is not the first choice), the out-of-date mark, run facts. */
import { formatCount } from "../../../graph";
import { useI18n, useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { useTrainingStore } from "../trainingStore";
import { trainingText } from "../trainingText";
import { useOutOfDate, useStatus } from "../useRunView";

const STATUS_KEY = {
  idle: "statusIdle",
  preparing: "statusPreparing",
  running: "statusRunning",
  paused: "statusPaused",
  stopped: "statusStopped",
  finished: "statusFinished",
  failed: "statusFailed",
} as const;

/** The run's state, beside the buttons. */
export function RunState() {
  const text = useText(trainingText);
  const status = useStatus();
  return (
    <span className={`run-state ${status}`} role="status" aria-label={text.status}>
      {text[STATUS_KEY[status]]}
    </span>
  );
}

export function RunStatusLine() {
  const text = useText(trainingText);
  const i18n = useI18n();
  const info = useTrainingStore((s) => s.info);
  const saved = useTrainingStore((s) => s.lastSavedEpoch);
  const outOfDate = useOutOfDate();
  return (
    <div className="run-status">
      {info ? (
        <span
          className="run-backend"
          data-testid="backend-in-use"
          title={info.backendReason ? i18n(info.backendReason) : undefined}
        >
          {format(text.backendInUse, { backend: info.backend })}
          {info.fallback ? (
            <span className="run-fallback">
              {format(text.fallback, { reason: i18n(info.fallback) })}
            </span>
          ) : null}
        </span>
      ) : null}
      {outOfDate ? (
        <span
          className="out-of-date"
          title={text.outOfDateHint}
          role="note"
          aria-label={`${text.outOfDate}: ${text.outOfDateHint}`}
        >
          {text.outOfDate}
        </span>
      ) : null}
      {info ? (
        <span className="muted run-facts">
          {format(text.samplesInfo, {
            train: formatCount(info.trainCount),
            validation: formatCount(info.validationCount),
            batch: info.batchSize,
            params: formatCount(info.parameterCount),
          })}
          {info.resumed ? ` ${text.resumedInfo}` : ""}
        </span>
      ) : null}
      {saved !== null ? (
        <span className="muted">{format(text.checkpointSaved, { epoch: saved })}</span>
      ) : null}
    </div>
  );
}
