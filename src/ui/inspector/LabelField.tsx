/** The node's label: free text, one undo step per typing session; empty falls back to the id. */
import { useId, useRef } from "react";
import { useText } from "../i18n/catalog";
import { inspectorText } from "./inspectorText";
import { useDraft } from "./useDraft";
import { useLabelEditor } from "./useParamEditor";

export function LabelField({ nodeId, label }: { nodeId: string; label: string | undefined }) {
  const text = useText(inspectorText);
  const id = useId();
  const editor = useLabelEditor(nodeId);
  const committed = label ?? "";
  const atFocus = useRef(committed);
  // A label is any text, so every draft is valid and means itself (trimmed-empty means none).
  const [draft, setDraft] = useDraft(
    committed,
    () => committed,
    (d) => (d.trim() === "" ? "" : d),
  );
  return (
    <div className="label-field">
      <label htmlFor={id} className="field-label">
        {text.label}
      </label>
      <input
        id={id}
        type="text"
        className="text-input"
        value={draft}
        placeholder={nodeId}
        maxLength={10_000}
        onFocus={() => {
          atFocus.current = committed;
          editor.begin();
        }}
        onBlur={editor.end}
        onChange={(event) => {
          setDraft(event.target.value);
          editor.type(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") editor.end();
          if (event.key === "Escape") {
            setDraft(atFocus.current);
            editor.type(atFocus.current);
          }
        }}
      />
    </div>
  );
}
