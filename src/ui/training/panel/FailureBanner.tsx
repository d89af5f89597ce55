/**
 * Why training stopped, prominently: the engine's own message (it names the
 * likely cause, e.g. a learning rate too high), the diagnostics when the
 * graph does not fit, and the reassurance that nothing was lost.
 */
import { useI18n, useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { type FailureReason, useTrainingStore } from "../trainingStore";
import { trainingText } from "../trainingText";

const TITLE_KEY: Readonly<Record<FailureReason, keyof typeof trainingText.en>> = {
  nan: "failedNan",
  invalid: "failedInvalid",
  dataset: "failedDataset",
  backend: "failedBackend",
  memory: "failedMemory",
  internal: "failedInternal",
  crash: "failedCrash",
};

export function FailureBanner() {
  const text = useText(trainingText);
  const i18n = useI18n();
  const failure = useTrainingStore((s) => s.failure);
  const notice = useTrainingStore((s) => s.notice);
  if (!failure && !notice) return null;
  const dismiss = () => useTrainingStore.setState({ failure: null, notice: null });
  if (!failure && notice)
    return (
      <div className="run-notice" role="status">
        <p>{i18n(notice)}</p>
        <button type="button" className="button" onClick={dismiss}>
          {text.dismiss}
        </button>
      </div>
    );
  return (
    <div className="run-failure" role="alert" data-reason={failure?.reason ?? "notice"}>
      <div className="run-failure-text">
        <strong>{failure ? text[TITLE_KEY[failure.reason]] : text.failedTitle}</strong>
        <p>{i18n(failure?.message ?? notice!)}</p>
        {failure?.diagnostics && failure.diagnostics.length > 0 ? (
          <ul>
            {failure.diagnostics.map((d) => (
              <li key={`${d.code}-${d.nodeId ?? ""}-${d.message}`}>
                <code>{d.code}</code> {i18n({ en: d.message, zh: d.messageZh })}
              </li>
            ))}
          </ul>
        ) : null}
        {failure?.detail ? (
          <p className="muted">{format(text.details, { detail: failure.detail })}</p>
        ) : null}
        {/* The crash message says so itself. */}
        {failure?.reason === "crash" ? null : <p className="muted">{text.nothingLost}</p>}
      </div>
      <button type="button" className="button" onClick={dismiss}>
        {text.dismiss}
      </button>
    </div>
  );
}
