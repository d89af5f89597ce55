/**
 * A shape without the batch dimension (Input's shape, Reshape's
 * targetShape): a row of dimensions that can be added and removed, with "?"
 * for a length known only at run time and -1 for "whatever is left" where
 * the param allows them. Shows how many elements the shape holds — for a
 * Reshape, next to how many its input has.
 */
import type { ShapeParam } from "../../graph";
import { formatCount } from "../../graph";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { FieldShell } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { inspectorText } from "./inspectorText";
import { NumberInput } from "./NumberInput";
import { parseShape, shapeDraft, shapeElements, VARIABLE_DIM } from "./paramInput";
import { useDraft, valueKey } from "./useDraft";
import { useParamEditor } from "./useParamEditor";

export function ShapeField(props: FieldProps<ShapeParam>) {
  const { nodeId, name, spec, value, isSet } = props;
  const text = useText(inspectorText);
  const editor = useParamEditor(nodeId, name);
  const meaning = (texts: readonly string[]) => {
    const parsed = parseShape(texts, spec);
    return parsed.ok ? valueKey(parsed.value) : null;
  };
  const [draft, setDraft] = useDraft(valueKey(value), () => shapeDraft(value, spec), meaning);
  const parsed = parseShape(draft, spec);
  /** Typing: part of the field's session. */
  const type = (next: readonly string[]) => {
    setDraft([...next]);
    const check = parseShape(next, spec);
    if (check.ok) editor.type(check.value);
  };
  /** A button (add, remove, variable): its own undo step. */
  const commit = (next: readonly string[]) => {
    setDraft([...next]);
    const check = parseShape(next, spec);
    if (check.ok) editor.commit(check.value);
  };
  // Stepping covers the ordinary dimensions; -1 and ? are typed (or toggled) on purpose.
  const rule = { whole: true, min: 1, max: spec.max };
  const elements = shapeElements(draft, spec);
  const inputs = props.inputElements;
  const mismatch = spec.allowMinusOne && elements !== null && inputs != null && elements !== inputs;
  const hints = [
    spec.allowNull ? text.shapeHint : null,
    spec.allowMinusOne ? text.minusOneHint : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <FieldShell
      name={name}
      spec={spec}
      isSet={isSet}
      group
      onReset={() => editor.commit(undefined)}
      error={parsed.ok ? null : parsed.error}
      kept={
        Array.isArray(value) ? `[${value.map((d) => (d === null ? "?" : d)).join(", ")}]` : null
      }
      note={
        <>
          {elements !== null ? (
            <span className={mismatch ? "shape-count mismatch" : "shape-count"}>
              {format(text.elements, { count: formatCount(elements) })}
              {inputs != null && spec.allowMinusOne
                ? ` · ${format(text.inputElements, { count: formatCount(inputs) })}`
                : ""}
            </span>
          ) : null}
          {hints ? <span className="shape-hint">{hints}</span> : null}
        </>
      }
    >
      {(ids) => (
        <div className="shape-row">
          {draft.map((entry, i) => {
            const index = i + 1;
            const variable = entry.trim() === VARIABLE_DIM;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: dimensions are identified by position
              <span key={i} className="dim-cell">
                <NumberInput
                  text={entry}
                  onText={(t) => type(draft.map((x, j) => (j === i ? t : x)))}
                  rule={variable ? undefined : rule}
                  fallback={1}
                  invalid={!parsed.ok && parsed.at === i}
                  label={format(text.dimension, { name, index })}
                  describedBy={ids.describedBy}
                  className="dim-input"
                  onFocus={editor.begin}
                  onDone={editor.end}
                  onRevert={() => setDraft(shapeDraft(value, spec))}
                />
                {spec.allowNull ? (
                  <button
                    type="button"
                    className="icon-button dim-variable"
                    aria-pressed={variable}
                    aria-label={format(text.variable, { index })}
                    title={format(text.variable, { index })}
                    onClick={() =>
                      commit(draft.map((x, j) => (j === i ? (variable ? "1" : VARIABLE_DIM) : x)))
                    }
                  >
                    ?
                  </button>
                ) : null}
                {draft.length > 1 ? (
                  <button
                    type="button"
                    className="icon-button dim-remove"
                    aria-label={format(text.removeDimension, { index })}
                    title={format(text.removeDimension, { index })}
                    onClick={() => commit(draft.filter((_, j) => j !== i))}
                  >
                    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
                      <path d="M4 4l8 8M12 4l-8 8" />
                    </svg>
                  </button>
                ) : null}
              </span>
            );
          })}
          {draft.length < spec.maxRank ? (
            <button
              type="button"
              className="icon-button dim-add"
              aria-label={text.addDimension}
              title={text.addDimension}
              onClick={() => commit([...draft, "1"])}
            >
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                <path d="M8 3v10M3 8h10" />
              </svg>
            </button>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}
