/**
 * The learning rate of the run: shown while training, editable while paused
 * (sent to the worker as setLearningRate; the document's setup is left as
 * it is — this is an experiment on the running model, not a new setting).
 */
import { useId, useState } from "react";
import { SETUP_RANGES } from "../../../graph/training/setup";
import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { NumberInput } from "../../inspector/NumberInput";
import { parseNumber } from "../../inspector/numberText";
import { formatValue } from "../formatRun";
import { setLearningRate } from "../trainingActions";
import { useTrainingStore } from "../trainingStore";
import { trainingText } from "../trainingText";
import { allowedActions, useStatus } from "../useRunView";

const RULE = SETUP_RANGES.learningRate;

export function LearningRateControl() {
  const text = useText(trainingText);
  const locale = useLocale();
  const id = useId();
  const learningRate = useTrainingStore((s) => s.learningRate);
  const editable = allowedActions(useStatus()).editLearningRate;
  const [draft, setDraft] = useState<string | null>(null);
  if (learningRate === null) return null;
  if (!editable)
    return (
      <span className="run-lr">
        {text.learningRate}: <strong>{formatValue(learningRate)}</strong>
      </span>
    );
  const shown = draft ?? String(learningRate);
  const parsed = parseNumber(shown, RULE);
  const apply = () => {
    if (!parsed.ok) return;
    setLearningRate(parsed.value);
    setDraft(null);
  };
  return (
    <span className="run-lr editable">
      <label htmlFor={id}>{text.learningRate}</label>
      <NumberInput
        id={id}
        text={shown}
        onText={setDraft}
        rule={RULE}
        fallback={learningRate}
        invalid={!parsed.ok}
        describedBy={`${id}-hint`}
        onDone={undefined}
        className="lr-input"
      />
      <button type="button" className="button" disabled={!parsed.ok} onClick={apply}>
        {text.apply}
      </button>
      <span id={`${id}-hint`} className="muted">
        {parsed.ok ? text.learningRateHint : parsed.error[locale]}
      </span>
    </span>
  );
}
