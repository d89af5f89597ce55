/**
 * kernelRegularizer: none, L1, L2 or L1 + L2, with a factor for each penalty
 * in use. Choosing the kind is one undo step; typing a factor is a session.
 */
import type { RegularizerParam } from "../../graph";
import { MAX_REGULARIZATION } from "../../graph";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { FieldShell } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { inspectorText } from "./inspectorText";
import { NumberInput } from "./NumberInput";
import {
  parseRegularizer,
  REGULARIZER_MODES,
  type RegularizerDraft,
  type RegularizerMode,
  regularizerDraft,
} from "./paramInput";
import { useDraft, valueKey } from "./useDraft";
import { useParamEditor } from "./useParamEditor";

const FACTOR_RULE = { whole: false, min: 0, max: MAX_REGULARIZATION };

export function RegularizerField({
  nodeId,
  name,
  spec,
  value,
  isSet,
}: FieldProps<RegularizerParam>) {
  const text = useText(inspectorText);
  const editor = useParamEditor(nodeId, name);
  const modeNames: Record<RegularizerMode, string> = {
    none: text.modeNone,
    l1: text.modeL1,
    l2: text.modeL2,
    l1l2: text.modeL1L2,
  };
  const meaning = (draft: RegularizerDraft) => {
    const parsed = parseRegularizer(draft);
    return parsed.ok ? valueKey(parsed.value ?? null) : null;
  };
  const [draft, setDraft] = useDraft(
    valueKey(value ?? null),
    () => regularizerDraft(value),
    meaning,
  );
  const parsed = parseRegularizer(draft);
  const type = (next: RegularizerDraft) => {
    setDraft(next);
    const check = parseRegularizer(next);
    if (check.ok) editor.type(check.value);
  };
  const factors = [
    { key: "l1" as const, symbol: "λ₁", used: draft.mode === "l1" || draft.mode === "l1l2", at: 0 },
    { key: "l2" as const, symbol: "λ₂", used: draft.mode === "l2" || draft.mode === "l1l2", at: 1 },
  ].filter((f) => f.used);
  return (
    <FieldShell
      name={name}
      spec={spec}
      isSet={isSet}
      group
      onReset={() => editor.commit(undefined)}
      error={parsed.ok ? null : parsed.error}
    >
      {(ids) => (
        <div className="regularizer">
          <select
            className="select"
            value={draft.mode}
            aria-label={format(text.penalty, { name })}
            aria-describedby={ids.describedBy}
            onChange={(event) => {
              const next = { ...draft, mode: event.target.value as RegularizerMode };
              setDraft(next);
              const check = parseRegularizer(next);
              if (check.ok) editor.commit(check.value);
            }}
          >
            {REGULARIZER_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {modeNames[mode]}
              </option>
            ))}
          </select>
          {factors.map((f) => (
            <span key={f.key} className="factor">
              <span className="factor-symbol" aria-hidden="true">
                {f.symbol}
              </span>
              <NumberInput
                text={draft[f.key]}
                onText={(t) => type({ ...draft, [f.key]: t })}
                rule={FACTOR_RULE}
                fallback={0.01}
                invalid={!parsed.ok && parsed.at === f.at}
                label={format(text.factor, { name, factor: f.key.toUpperCase() })}
                describedBy={ids.describedBy}
                onFocus={editor.begin}
                onDone={editor.end}
                onRevert={() => setDraft(regularizerDraft(value))}
              />
            </span>
          ))}
        </div>
      )}
    </FieldShell>
  );
}
