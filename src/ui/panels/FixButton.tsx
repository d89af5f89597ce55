/**
 * A fix-it: the button names the repair ("Insert Flatten") and applies it as
 * one undo step. Used by the Problems panel and the inspector alike.
 */
import { applyFix, type Fix } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useEditorStore, useStructuralDocument } from "../store/editorStore";
import { fixLabel } from "./fixLabel";
import { panelText } from "./panelText";

/** Applies a fix as one undo step; false when the document no longer fits it. */
export function applyFixAsEdit(fix: Fix): boolean {
  let applied = false;
  useEditorStore.getState().edit((document) => {
    const outcome = applyFix(document, fix);
    applied = outcome.ok;
    return outcome.ok ? outcome.document : document;
  });
  return applied;
}

interface Props {
  readonly fix: Fix;
  /** Called after the repair, with what it did, e.g. to move focus and announce it. */
  readonly onApplied?: (label: string) => void;
}

export function FixButton({ fix, onApplied }: Props) {
  const locale = useLocale();
  const text = useText(panelText);
  const document = useStructuralDocument();
  const label = fixLabel(fix, document)[locale];
  return (
    <button
      type="button"
      className="fix-button"
      aria-label={format(text.fixLabel, { action: label })}
      title={format(text.fixLabel, { action: label })}
      onClick={() => {
        if (applyFixAsEdit(fix)) onApplied?.(label);
      }}
    >
      <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" className="fix-icon">
        <path d="M10.5 2.5a3 3 0 0 0-3.9 3.9L2.5 10.5l3 3 4.1-4.1a3 3 0 0 0 3.9-3.9l-1.8 1.8-2-.5-.5-2z" />
      </svg>
      <span className="fix-text">{label}</span>
    </button>
  );
}
