/**
 * The palette: layer kinds by category, with search. Drag an item onto the
 * canvas, or click it (Enter when focused) to add it below the selected layer.
 */
import { type DragEvent, useId, useMemo, useState } from "react";
import { LAYER_KINDS, type LayerKind } from "../../graph";
import { CATEGORY_COLOURS, CATEGORY_ICONS } from "../canvas/categoryStyle";
import { LAYER_DRAG_TYPE } from "../canvas/paletteDrag";
import { addLayer } from "../commands/layerCommands";
import { useText } from "../i18n/catalog";
import { useLocale, useMessages } from "../i18n/locale";
import { format } from "../i18n/messages";
import { groupByCategory } from "../model/paletteGroups";
import { paletteText } from "./paletteText";

function matches(kind: LayerKind, query: string): boolean {
  if (!query) return true;
  const haystack =
    `${kind.type} ${kind.label.en} ${kind.label.zh} ${kind.summary.en} ${kind.summary.zh}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

function onDragStart(event: DragEvent, type: string): void {
  event.dataTransfer.setData(LAYER_DRAG_TYPE, type);
  event.dataTransfer.setData("text/plain", type);
  event.dataTransfer.effectAllowed = "copy";
}

export function Palette() {
  const locale = useLocale();
  const m = useMessages();
  const text = useText(paletteText);
  const titleId = useId();
  const [query, setQuery] = useState("");
  const groups = useMemo(
    () => groupByCategory(LAYER_KINDS.filter((k) => matches(k, query.trim()))),
    [query],
  );
  return (
    <aside className="palette" aria-labelledby={titleId}>
      <div className="palette-head">
        <h2 id={titleId}>{text.title}</h2>
      </div>
      <input
        type="search"
        className="palette-search"
        aria-label={text.search}
        placeholder={text.searchPlaceholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="palette-hint muted">{text.hint}</p>
      {groups.length === 0 ? <p className="muted">{format(text.noMatch, { query })}</p> : null}
      {groups.map((group) => {
        const groupId = `${titleId}-${group.category}`;
        return (
          <section key={group.category} aria-labelledby={groupId}>
            <h3 id={groupId}>{m.categories[group.category]}</h3>
            <ul>
              {group.kinds.map((kind) => (
                <li key={kind.type}>
                  <button
                    type="button"
                    className="kind"
                    draggable
                    onDragStart={(e) => onDragStart(e, kind.type)}
                    onClick={() => addLayer(kind.type)}
                    title={kind.summary[locale]}
                    data-type={kind.type}
                    style={{ "--category": CATEGORY_COLOURS[kind.category] } as React.CSSProperties}
                  >
                    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                      <path d={CATEGORY_ICONS[kind.category]} />
                    </svg>
                    {kind.label[locale]}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
