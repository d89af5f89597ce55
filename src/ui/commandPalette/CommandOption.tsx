/** One row of the command palette: title with the matched letters marked, category, recency, shortcut. */
import { memo } from "react";
import { displayKeys } from "../commands/shortcuts";
import type { Command } from "../commands/types";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { layoutText } from "../layout/layoutText";
import { commandPaletteText } from "./commandPaletteText";
import type { Ranked } from "./rank";

interface Props {
  readonly id: string;
  readonly item: Ranked<Command>;
  readonly active: boolean;
  readonly enabled: boolean;
  readonly onHover: () => void;
  readonly onRun: () => void;
}

/** The title split into plain and marked runs, so matched letters can be highlighted. */
function highlighted(title: string, positions: readonly number[]) {
  if (positions.length === 0) return title;
  const marked = new Set(positions);
  const parts: { text: string; mark: boolean }[] = [];
  for (let i = 0; i < title.length; i++) {
    const mark = marked.has(i);
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += title[i];
    else parts.push({ text: title[i]!, mark });
  }
  return parts.map((p, i) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the runs are positional and rebuilt each render
    p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
  );
}

function CommandOptionView({ id, item, active, enabled, onHover, onRun }: Props) {
  const locale = useLocale();
  const text = useText(commandPaletteText);
  const menus = useText(layoutText);
  const { command } = item;
  const category = command.menu
    ? {
        file: menus.menuFile,
        edit: menus.menuEdit,
        view: menus.menuView,
        layer: menus.menuLayer,
        share: menus.menuShare,
        export: menus.menuExport,
        help: menus.menuHelp,
      }[command.menu]
    : command.id.startsWith("layer.")
      ? menus.menuLayer
      : null;
  const keys = command.keys?.[0];
  return (
    // Keyboard interaction lives on the combobox input (aria-activedescendant); the mouse may click rows.
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above
    <div
      id={id}
      role="option"
      // Focus stays in the combobox (aria-activedescendant); -1 keeps options out of the Tab order.
      tabIndex={-1}
      aria-selected={active}
      aria-disabled={!enabled}
      className="command-palette-option"
      onMouseMove={active ? undefined : onHover}
      // Keep focus in the input while clicking a row.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onRun}
    >
      <span className="command-palette-title">
        {highlighted(command.title[locale], item.positions)}
      </span>
      {!enabled ? <span className="command-palette-note">{text.unavailable}</span> : null}
      {item.recent ? <span className="command-palette-note">{text.recent}</span> : null}
      {category ? <span className="command-palette-category">{category}</span> : null}
      {keys ? <kbd>{displayKeys(keys)}</kbd> : null}
    </div>
  );
}

export const CommandOption = memo(CommandOptionView);
