/** Dot's axes: one axis for both inputs (-1), or a different one for each ([1, 2]). */
import type { AxesParam } from "../../graph";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { FieldShell } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { inspectorText } from "./inspectorText";
import { NumberInput } from "./NumberInput";
import { type AxesDraft, axesDraft, parseAxes, toggleAxesMode } from "./paramInput";
import { useDraft, valueKey } from "./useDraft";
import { useParamEditor } from "./useParamEditor";

const AXIS_RULE = { whole: true, min: -8, max: 8 };

/** -1 and [-1, -1] mean the same. */
function pair(value: unknown): unknown {
  return typeof value === "number" ? [value, value] : value;
}

export function AxesField({ nodeId, name, spec, value, isSet }: FieldProps<AxesParam>) {
  const text = useText(inspectorText);
  const editor = useParamEditor(nodeId, name);
  const shown = value === undefined ? (spec.default ?? -1) : value;
  const key = valueKey(pair(shown));
  const meaning = (draft: AxesDraft) => {
    const parsed = parseAxes(draft);
    return parsed.ok ? valueKey(pair(parsed.value)) : null;
  };
  const [draft, setDraft] = useDraft(key, () => axesDraft(value, spec), meaning);
  const parsed = parseAxes(draft);
  const type = (next: AxesDraft) => {
    setDraft(next);
    const check = parseAxes(next);
    if (check.ok) editor.type(check.value);
  };
  return (
    <FieldShell
      name={name}
      spec={spec}
      isSet={isSet}
      group={draft.pair}
      onReset={() => editor.commit(undefined)}
      error={parsed.ok ? null : parsed.error}
      kept={JSON.stringify(shown)}
      aside={
        <button
          type="button"
          className="toggle-chip"
          aria-pressed={draft.pair}
          aria-label={format(text.pairAxesLabel, { name })}
          title={format(text.pairAxesLabel, { name })}
          onClick={() => {
            const next = toggleAxesMode(draft);
            setDraft(next);
            const check = parseAxes(next);
            if (check.ok && meaning(next) !== key) editor.commit(check.value);
          }}
        >
          {text.perInput}
        </button>
      }
    >
      {(ids) =>
        draft.pair ? (
          <div className="axis-row">
            {draft.texts.map((entry, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one input per model input, identified by position
              <span key={i} className="axis-cell">
                <span className="axis-name" aria-hidden="true">
                  {i + 1}
                </span>
                <NumberInput
                  text={entry}
                  onText={(t) =>
                    type({ pair: true, texts: draft.texts.map((x, j) => (j === i ? t : x)) })
                  }
                  rule={AXIS_RULE}
                  fallback={-1}
                  invalid={!parsed.ok && parsed.at === i}
                  label={format(text.axisOfInput, { name, index: i + 1 })}
                  describedBy={ids.describedBy}
                  onFocus={editor.begin}
                  onDone={editor.end}
                  onRevert={() => setDraft(axesDraft(value, spec))}
                />
              </span>
            ))}
          </div>
        ) : (
          <NumberInput
            id={ids.inputId}
            text={draft.texts[0] ?? ""}
            onText={(t) => type({ pair: false, texts: [t] })}
            rule={AXIS_RULE}
            fallback={-1}
            invalid={!parsed.ok}
            describedBy={ids.describedBy}
            onFocus={editor.begin}
            onDone={editor.end}
            onRevert={() => setDraft(axesDraft(value, spec))}
          />
        )
      }
    </FieldShell>
  );
}
