/** Train, Continue training, Pause, Resume, Stop, Step and Reset weights — each a real button with a name. */
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { pause, resetWeights, resume, step, stop, train } from "../trainingActions";
import { useTrainingStore } from "../trainingStore";
import { trainingText } from "../trainingText";
import { allowedActions, useStatus } from "../useRunView";

export function RunControls() {
  const text = useText(trainingText);
  const status = useStatus();
  const allowed = allowedActions(status);
  const checkpoint = useTrainingStore((s) => s.checkpoint);
  const canContinue = allowed.train && checkpoint !== null && checkpoint.savedAt !== null;
  return (
    <div className="run-controls" role="toolbar" aria-label={text.controls}>
      <button
        type="button"
        className="button primary"
        disabled={!allowed.train}
        title={text.trainHint}
        onClick={() => void train({ resume: false })}
      >
        {text.train}
      </button>
      {canContinue ? (
        <button
          type="button"
          className="button"
          title={format(text.continueHint, { epoch: checkpoint.epoch ?? "?" })}
          onClick={() => void train({ resume: true })}
        >
          {text.continueTraining}
        </button>
      ) : null}
      <button type="button" className="button" disabled={!allowed.pause} onClick={pause}>
        {text.pause}
      </button>
      <button type="button" className="button" disabled={!allowed.resume} onClick={resume}>
        {text.resume}
      </button>
      <button type="button" className="button" disabled={!allowed.stop} onClick={stop}>
        {text.stop}
      </button>
      <button
        type="button"
        className="button"
        disabled={!allowed.step}
        title={text.stepHint}
        onClick={() => void step()}
      >
        {text.step}
      </button>
      <button
        type="button"
        className="button"
        disabled={!allowed.reset}
        title={text.resetHint}
        onClick={resetWeights}
      >
        {text.resetWeights}
      </button>
    </div>
  );
}
