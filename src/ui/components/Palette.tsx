import { useId } from "react";
import { LAYER_KINDS } from "../../graph";
import { useLocale, useMessages } from "../i18n/locale";
import { format } from "../i18n/messages";
import { groupByCategory } from "../model/paletteGroups";

const GROUPS = groupByCategory(LAYER_KINDS);

/** The layer kinds the registry defines; the editor will make them draggable onto the canvas. */
export function Palette() {
  const locale = useLocale();
  const m = useMessages();
  const titleId = useId();
  return (
    <aside className="palette" aria-labelledby={titleId}>
      <div className="palette-head">
        <h2 id={titleId}>{m.paletteTitle}</h2>
        <span className="muted">{format(m.paletteCount, { count: LAYER_KINDS.length })}</span>
      </div>
      {GROUPS.map((group) => {
        const groupId = `${titleId}-${group.category}`;
        return (
          <div key={group.category}>
            <h3 id={groupId}>{m.categories[group.category]}</h3>
            <ul aria-labelledby={groupId}>
              {group.kinds.map((kind) => (
                <li
                  key={kind.type}
                  className="kind"
                  data-category={kind.category}
                  title={kind.summary[locale]}
                >
                  {kind.label[locale]}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </aside>
  );
}
