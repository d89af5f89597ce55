/** The top bar's menus, generated from the command registry. */
import { useEffect, useRef, useState } from "react";
import { commandsInMenu } from "../commands/registry";
import { displayKeys } from "../commands/shortcuts";
import type { MenuId } from "../commands/types";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { layoutText } from "./layoutText";

const MENUS: readonly MenuId[] = ["file", "edit", "view", "share", "export", "help"];

export function MenuBar() {
  const text = useText(layoutText);
  const locale = useLocale();
  const [open, setOpen] = useState<MenuId | null>(null);
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener("mousedown", close);
    return () => window.removeEventListener("mousedown", close);
  }, [open]);
  const titles: Record<MenuId, string> = {
    file: text.menuFile,
    edit: text.menuEdit,
    view: text.menuView,
    layer: text.menuLayer,
    share: text.menuShare,
    export: text.menuExport,
    help: text.menuHelp,
  };
  return (
    <nav className="menu-bar" ref={bar} aria-label="Menu">
      {MENUS.map((menu) => {
        const commands = commandsInMenu(menu);
        if (commands.length === 0) return null;
        const expanded = open === menu;
        return (
          <div key={menu} className="menu">
            <button
              type="button"
              aria-haspopup="menu"
              aria-expanded={expanded}
              onClick={() => setOpen(expanded ? null : menu)}
              onKeyDown={(e) => {
                if (e.key === "Escape") setOpen(null);
              }}
            >
              {titles[menu]}
            </button>
            {expanded ? (
              <div role="menu" className="menu-popup" aria-label={titles[menu]}>
                {commands.map((command) => {
                  const enabled = command.enabled?.() ?? true;
                  return (
                    <button
                      key={command.id}
                      type="button"
                      role="menuitem"
                      disabled={!enabled}
                      onClick={() => {
                        setOpen(null);
                        void command.run();
                      }}
                      onKeyDown={(e) => {
                        if (e.key === "Escape") setOpen(null);
                      }}
                    >
                      <span>{command.title[locale]}</span>
                      {command.keys?.[0] ? <kbd>{displayKeys(command.keys[0])}</kbd> : null}
                    </button>
                  );
                })}
              </div>
            ) : null}
          </div>
        );
      })}
    </nav>
  );
}
