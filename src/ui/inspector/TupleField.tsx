/**
 * kernelSize, strides, poolSize…: one value for every axis (3), or one per
 * axis ([3, 5]) after pressing "Per axis". Switching modes changes nothing
 * in the document until a different value is typed.
 */
import type { TupleParam } from "../../graph";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { FieldShell } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { inspectorText } from "./inspectorText";
import { NumberInput } from "./NumberInput";
import { parseTuple, type TupleDraft, toggleTupleMode, tupleDraft } from "./paramInput";
import { useDraft, valueKey } from "./useDraft";
import { useParamEditor } from "./useParamEditor";

/** Both forms of a tuple compare equal when they mean the same: 3 and [3, 3]. */
function expanded(value: unknown, rank: number): unknown {
  return typeof value === "number" ? Array.from({ length: rank }, () => value) : value;
}

export function TupleField({ nodeId, name, spec, value, isSet }: FieldProps<TupleParam>) {
  const text = useText(inspectorText);
  const editor = useParamEditor(nodeId, name);
  const shown = value === undefined ? spec.default : value;
  const key = valueKey(expanded(shown, spec.rank));
  const meaning = (draft: TupleDraft) => {
    const parsed = parseTuple(draft, spec);
    return parsed.ok ? valueKey(expanded(parsed.value ?? spec.default, spec.rank)) : null;
  };
  const [draft, setDraft] = useDraft(key, () => tupleDraft(value, spec), meaning);
  const parsed = parseTuple(draft, spec);
  const write = (next: TupleDraft) => {
    setDraft(next);
    const check = parseTuple(next, spec);
    if (check.ok) editor.type(check.value);
  };
  const axisNames = spec.rank === 2 ? [text.axisHeight, text.axisWidth] : [];
  const derived = spec.default === null;
  const fallback = Array.isArray(shown) && typeof shown[0] === "number" ? shown[0] : spec.min;
  const kept = Array.isArray(shown)
    ? shown.every((v) => v === shown[0])
      ? String(shown[0])
      : `[${shown.join(", ")}]`
    : shown === null || shown === undefined
      ? null
      : String(shown);
  const rule = { whole: true, min: spec.min, max: spec.max };
  return (
    <FieldShell
      name={name}
      spec={spec}
      isSet={isSet}
      group={draft.perAxis}
      onReset={() => editor.commit(undefined)}
      error={parsed.ok ? null : parsed.error}
      kept={kept}
      aside={
        spec.rank > 1 ? (
          <button
            type="button"
            className="toggle-chip"
            aria-pressed={draft.perAxis}
            aria-label={format(text.perAxisLabel, { name })}
            title={format(text.perAxisLabel, { name })}
            onClick={() => {
              const next = toggleTupleMode(draft, spec.rank);
              setDraft(next);
              // Back to one value: the layer must have what the field now shows.
              const check = parseTuple(next, spec);
              if (check.ok && meaning(next) !== key) editor.commit(check.value);
            }}
          >
            {text.perAxis}
          </button>
        ) : null
      }
    >
      {(ids) =>
        draft.perAxis ? (
          <div className="axis-row">
            {draft.texts.map((entry, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one input per axis; the axis is its identity
              <span key={i} className="axis-cell">
                <span className="axis-name" aria-hidden="true">
                  {axisNames[i] ?? i + 1}
                </span>
                <NumberInput
                  text={entry}
                  onText={(t) =>
                    write({ ...draft, texts: draft.texts.map((x, j) => (j === i ? t : x)) })
                  }
                  rule={rule}
                  fallback={fallback}
                  invalid={!parsed.ok && parsed.at === i}
                  label={format(text.axis, { name, axis: axisNames[i] ?? String(i + 1) })}
                  describedBy={ids.describedBy}
                  onFocus={editor.begin}
                  onDone={editor.end}
                  onRevert={() => setDraft(tupleDraft(value, spec))}
                />
              </span>
            ))}
          </div>
        ) : (
          <NumberInput
            id={ids.inputId}
            text={draft.texts[0] ?? ""}
            onText={(t) => write({ perAxis: false, texts: [t] })}
            rule={rule}
            fallback={fallback}
            invalid={!parsed.ok}
            describedBy={ids.describedBy}
            placeholder={derived ? text.automatic : undefined}
            onFocus={editor.begin}
            onDone={editor.end}
            onRevert={() => setDraft(tupleDraft(value, spec))}
          />
        )
      }
    </FieldShell>
  );
}
