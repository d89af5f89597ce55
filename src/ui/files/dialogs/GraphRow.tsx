/** One saved graph in My graphs: its picture, name and date, and what can be done with it. */
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { format, LANGUAGE_TAGS } from "../../i18n/messages";
import { layoutText } from "../../layout/layoutText";
import { svgDataUrl } from "../../render/thumbnailSvg";
import { filesText } from "../filesText";
import type { GraphSummary } from "../graphDb";

export interface GraphRowActions {
  readonly open: () => void;
  readonly rename: (name: string) => void;
  readonly duplicate: () => void;
  readonly remove: () => void;
}

export function GraphRow({
  graph,
  current,
  actions,
}: {
  readonly graph: GraphSummary;
  readonly current: boolean;
  readonly actions: GraphRowActions;
}) {
  const text = useText(filesText);
  const untitled = useText(layoutText).untitled;
  const locale = useLocale();
  const nameId = useId();
  const [mode, setMode] = useState<"idle" | "rename" | "confirmDelete">("idle");
  const cancelDelete = useRef<HTMLButtonElement>(null);
  // The Delete button that had focus is replaced by the question: the safe answer takes focus.
  useEffect(() => {
    if (mode === "confirmDelete") cancelDelete.current?.focus();
  }, [mode]);
  const name = graph.name || untitled;
  const idleActions = [
    { label: text.open, run: actions.open, primary: true },
    { label: text.rename, run: () => setMode("rename") },
    { label: text.duplicate, run: actions.duplicate },
    { label: text.delete, run: () => setMode("confirmDelete") },
  ];
  const date = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(graph.updatedAt);

  return (
    <li className={`files-graph${current ? " current" : ""}`} aria-labelledby={nameId}>
      {graph.thumbnail ? (
        <img className="files-thumb" src={svgDataUrl(graph.thumbnail)} alt="" />
      ) : (
        <span className="files-thumb" />
      )}
      <div className="files-graph-main">
        <h3 className={mode === "rename" ? "visually-hidden" : "files-graph-name"} id={nameId}>
          {name}
        </h3>
        {mode === "rename" ? (
          <RenameForm
            name={graph.name}
            label={format(text.newName, { name })}
            onDone={(renamed) => {
              setMode("idle");
              if (renamed !== null && renamed !== graph.name) actions.rename(renamed);
            }}
          />
        ) : null}
        <p className="files-graph-meta muted">
          {current ? <span className="files-badge">{text.openNow}</span> : null}
          {format(text.savedAt, { date })}
        </p>
      </div>
      {mode === "confirmDelete" ? (
        <div className="files-graph-actions files-confirm">
          <span id={`${nameId}-confirm`}>{format(text.confirmDelete, { name })}</span>
          <button
            ref={cancelDelete}
            type="button"
            className="button"
            aria-describedby={`${nameId}-confirm`}
            onClick={() => setMode("idle")}
          >
            {text.cancel}
          </button>
          <button
            type="button"
            className="button danger"
            aria-describedby={`${nameId}-confirm`}
            onClick={actions.remove}
          >
            {text.delete}
          </button>
        </div>
      ) : mode === "idle" ? (
        <div className="files-graph-actions">
          {idleActions.map(({ label, run, primary }) => (
            <button
              key={label}
              type="button"
              className={primary ? "button primary" : "button"}
              aria-describedby={nameId}
              onClick={run}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
}

function RenameForm({
  name,
  label,
  onDone,
}: {
  readonly name: string;
  readonly label: string;
  /** The new name, or null when cancelled. */
  readonly onDone: (name: string | null) => void;
}) {
  const text = useText(filesText);
  const [value, setValue] = useState(name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDone(value.trim() || name);
  };
  return (
    <form className="files-rename" onSubmit={submit}>
      <input
        aria-label={label}
        value={value}
        maxLength={200}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to rename; typing should go here
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Escape") return;
          // Escape cancels the rename, not the whole dialog.
          e.stopPropagation();
          onDone(null);
        }}
      />
      <button type="submit" className="button primary">
        {text.save}
      </button>
      <button type="button" className="button" onClick={() => onDone(null)}>
        {text.cancel}
      </button>
    </form>
  );
}
