/** The compared graphs (2 to 4) and the ways to add more. */
import { useEffect, useState } from "react";
import { inferShapes } from "../../graph";
import { useFilesStore } from "../files/filesStore";
import { type GraphSummary, listGraphs } from "../files/graphDb";
import { PRESETS, presetTitle } from "../files/presets";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { ColourSwatch } from "./ColourSwatch";
import {
  addCurrentGraph,
  addPreset,
  addSavedGraph,
  duplicateAsVariant,
  openEntryInEditor,
} from "./compareActions";
import {
  type CompareEntry,
  type CompareSource,
  MAX_COMPARED,
  useCompareStore,
} from "./compareStore";
import { compareText } from "./compareText";

type Text = (typeof compareText)["en"];

const SOURCE_LABEL: Record<CompareSource, keyof Text> = {
  current: "sourceCurrent",
  preset: "sourcePreset",
  saved: "sourceSaved",
  variant: "sourceVariant",
  external: "sourceExternal",
};

function EntryCard({ entry, index }: { readonly entry: CompareEntry; readonly index: number }) {
  const text = useText(compareText);
  const locale = useLocale();
  const remove = useCompareStore((s) => s.remove);
  const currentId = useFilesStore((s) => s.currentId);
  // "Current graph" only while it is the one in the editor; afterwards it is one of My graphs.
  const source: CompareSource =
    entry.source === "current" && entry.savedId !== currentId ? "saved" : entry.source;
  const params = inferShapes(entry.document).totals.params;
  return (
    <li className="compare-entry">
      <ColourSwatch index={index} />
      <div className="compare-entry-text">
        <strong>{entry.label}</strong>
        <span className="muted">
          {text[SOURCE_LABEL[source]]}
          {index === 0 ? ` · ${text.baseline}` : ""} ·{" "}
          {format(text.params, {
            count: params.toLocaleString(locale === "zh" ? "zh-CN" : "en-US"),
          })}
        </span>
      </div>
      <button
        type="button"
        className="button"
        aria-label={format(text.openInEditorOf, { name: entry.label })}
        onClick={() => void openEntryInEditor(entry)}
      >
        {text.openInEditor}
      </button>
      <button
        type="button"
        className="button"
        aria-label={format(text.removeOf, { name: entry.label })}
        onClick={() => remove(entry.id)}
      >
        {text.remove}
      </button>
    </li>
  );
}

export function CompareGraphs({ disabled }: { readonly disabled: boolean }) {
  const text = useText(compareText);
  const locale = useLocale();
  const entries = useCompareStore((s) => s.entries);
  const [saved, setSaved] = useState<GraphSummary[]>([]);
  const [preset, setPreset] = useState("");
  const [savedId, setSavedId] = useState("");
  useEffect(() => {
    listGraphs()
      .then(setSaved)
      .catch(() => setSaved([]));
  }, []);
  const full = entries.length >= MAX_COMPARED;
  const locked = disabled || full;
  return (
    <section className="compare-section" aria-labelledby="compare-graphs">
      <h3 id="compare-graphs">{text.graphs}</h3>
      {entries.length === 0 ? (
        <p className="muted">{text.noGraphs}</p>
      ) : (
        <ol className="compare-entries" aria-label={text.graphs}>
          {entries.map((entry, i) => (
            <EntryCard key={entry.id} entry={entry} index={i} />
          ))}
        </ol>
      )}
      {full ? <p className="muted">{text.full}</p> : null}
      {entries.length === 1 ? <p className="muted">{text.needTwo}</p> : null}
      <div className="compare-add">
        <button
          type="button"
          className="button"
          disabled={locked}
          onClick={() => void addCurrentGraph()}
        >
          {text.addCurrent}
        </button>
        <button
          type="button"
          className="button"
          disabled={locked}
          onClick={() => void duplicateAsVariant()}
        >
          {text.addVariant}
        </button>
        <span className="compare-pick">
          <select
            aria-label={text.addPreset}
            value={preset}
            disabled={locked}
            onChange={(e) => setPreset(e.target.value)}
          >
            <option value="">{text.choosePreset}</option>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {presetTitle(p, locale)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={locked || preset === ""}
            onClick={() => {
              addPreset(preset);
              setPreset("");
            }}
          >
            {text.add}
          </button>
        </span>
        <span className="compare-pick">
          <select
            aria-label={text.addSaved}
            value={savedId}
            disabled={locked || saved.length === 0}
            onChange={(e) => setSavedId(e.target.value)}
          >
            <option value="">{text.chooseSaved}</option>
            {saved.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={locked || savedId === ""}
            onClick={() => {
              void addSavedGraph(savedId);
              setSavedId("");
            }}
          >
            {text.add}
          </button>
        </span>
      </div>
    </section>
  );
}
