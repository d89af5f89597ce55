/**
 * Help → Keyboard shortcuts: every command that has keys, read from the
 * registry (so the list cannot drift from what the keys do), grouped by
 * menu, in the current language, with a filter.
 */
import { useMemo, useState } from "react";
import { allCommands } from "../commands/registry";
import { displayKeys } from "../commands/shortcuts";
import type { Command, MenuId } from "../commands/types";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { Dialog } from "../layout/Dialog";
import { type DialogComponent, registerDialog } from "../layout/Dialogs";
import { layoutText } from "../layout/layoutText";
import "./commandPalette.css";
import { helpText } from "./helpText";
import { rankCommands } from "./rank";

export const SHORTCUTS_DIALOG = "help.shortcuts";

const SECTION_ORDER: readonly (MenuId | "other")[] = [
  "file",
  "edit",
  "view",
  "layer",
  "share",
  "export",
  "help",
  "other",
];

const ShortcutsDialog: DialogComponent = ({ close }) => {
  const text = useText(helpText);
  const menus = useText(layoutText);
  const locale = useLocale();
  const [filter, setFilter] = useState("");
  const withKeys = useMemo(() => allCommands().filter((c) => (c.keys?.length ?? 0) > 0), []);
  const shown = useMemo(
    () => new Set(rankCommands(withKeys, filter, locale, []).map((r) => r.command.id)),
    [withKeys, filter, locale],
  );
  const titles: Record<MenuId | "other", string> = {
    file: menus.menuFile,
    edit: menus.menuEdit,
    view: menus.menuView,
    layer: menus.menuLayer,
    share: menus.menuShare,
    export: menus.menuExport,
    help: menus.menuHelp,
    other: text.other,
  };
  const sections = SECTION_ORDER.map((section) => ({
    section,
    commands: withKeys.filter(
      (c) => (c.menu ?? "other") === section && shown.has(c.id),
    ) as Command[],
  })).filter((s) => s.commands.length > 0);
  const palette = withKeys.find((c) => c.id === "view.commandPalette")?.keys?.[0];
  return (
    <Dialog
      title={text.shortcutsTitle}
      onClose={close}
      wide
      actions={
        <button type="button" className="button primary" onClick={close}>
          {text.close}
        </button>
      }
    >
      <p className="muted">
        {format(text.shortcutsIntro, { palette: palette ? displayKeys(palette) : "Ctrl+K" })}
      </p>
      <input
        type="search"
        className="shortcuts-filter"
        aria-label={text.filter}
        placeholder={text.filter}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        data-autofocus
      />
      {sections.length === 0 ? <p className="muted">{text.noMatch}</p> : null}
      {sections.map(({ section, commands }) => (
        <table key={section} className="shortcuts-table">
          <caption>{titles[section]}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{text.columnCommand}</th>
              <th scope="col">{text.columnKeys}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.title[locale]}</th>
                <td>
                  {c.keys!.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? <span className="muted"> {text.or} </span> : null}
                      <kbd>{displayKeys(k)}</kbd>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Dialog>
  );
};

registerDialog(SHORTCUTS_DIALOG, ShortcutsDialog);
