/**
 * The command palette (Ctrl/⌘+K): a modal combobox over every command in the
 * registry, so anything the menus and shortcuts do — adding and connecting
 * layers included — can be done by typing. Focus stays in the input; the
 * active row is announced through aria-activedescendant; Escape closes and
 * focus returns to where it was.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { allCommands } from "../commands/registry";
import type { Command } from "../commands/types";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useUiStore } from "../store/uiStore";
import { CommandOption } from "./CommandOption";
import { commandPaletteText } from "./commandPaletteText";
import "./commandPalette.css";
import { rankCommands } from "./rank";
import { recentCommands, rememberCommand } from "./recent";

/** The palette lists every command but the one that opens it. */
const SELF = "view.commandPalette";
const PAGE = 8;

export function CommandPalette() {
  const open = useUiStore((s) => s.commandPaletteOpen);
  return open ? <PaletteModal /> : null;
}

function PaletteModal() {
  const locale = useLocale();
  const text = useText(commandPaletteText);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  // Where focus was when the palette opened, to give it back on close.
  const [previous] = useState(() => document.activeElement as HTMLElement | null);
  const [query, setQuery] = useState("");
  // null: the best match (follows the query); a number once the user moves.
  const [chosen, setChosen] = useState<number | null>(null);

  // A snapshot of the registry and of what is runnable, taken when the palette opens.
  const commands = useMemo(() => allCommands().filter((c) => c.id !== SELF), []);
  const enabled = useMemo(
    () => new Map(commands.map((c) => [c.id, c.enabled?.() ?? true])),
    [commands],
  );
  const ranked = useMemo(
    () => rankCommands(commands, query, locale, recentCommands()),
    [commands, query, locale],
  );
  // The best match is active even when it cannot run now: Enter then does nothing, rather
  // than running a weaker match the user did not ask for.
  const active = ranked.length === 0 ? -1 : Math.min(chosen ?? 0, ranked.length - 1);
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => {
    input.current?.focus();
    return () => {
      // Closed by a shortcut or a command: give focus back unless something else took it.
      const now = document.activeElement;
      if (!now || now === document.body) previous?.focus?.();
    };
  }, [previous]);

  useEffect(() => {
    if (active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  const close = () => {
    previous?.focus?.();
    useUiStore.getState().setCommandPaletteOpen(false);
  };

  const run = (command: Command) => {
    if (!(command.enabled?.() ?? true)) return;
    rememberCommand(command.id);
    // Close first, so a dialog the command opens is not stacked under the palette.
    close();
    void command.run();
  };

  const move = (delta: number) => {
    if (ranked.length === 0) return;
    const from = Math.max(active, 0);
    setChosen((from + delta + ranked.length) % ranked.length);
  };

  /** What a key does in the input; false when the key is the input's own (typing, caret). */
  const handleKey = (key: string): boolean => {
    switch (key) {
      case "ArrowDown":
        move(1);
        return true;
      case "ArrowUp":
        move(-1);
        return true;
      case "PageDown":
        setChosen(Math.min(ranked.length - 1, Math.max(active, 0) + PAGE));
        return true;
      case "PageUp":
        setChosen(Math.max(0, active - PAGE));
        return true;
      case "Enter": {
        const item = ranked[active];
        if (item) run(item.command);
        return true;
      }
      case "Escape":
        close();
        return true;
      case "Tab":
        return true; // the input is the dialog's only stop: focus stays inside
      default:
        return false;
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.nativeEvent.isComposing || !handleKey(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    // A click on the backdrop closes, as in every modal; the keyboard's way out is Escape.
    // biome-ignore lint/a11y/noStaticElementInteractions: see above
    <div
      className="command-palette-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="command-palette" role="dialog" aria-modal="true" aria-label={text.title}>
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label={text.title}
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          placeholder={text.placeholder}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setChosen(null);
          }}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" aria-label={text.results} className="command-palette-list">
          {ranked.map((item, i) => (
            <CommandOption
              key={item.command.id}
              id={optionId(i)}
              item={item}
              active={i === active}
              enabled={enabled.get(item.command.id) ?? true}
              onHover={() => setChosen(i)}
              onRun={() => run(item.command)}
            />
          ))}
        </div>
        {ranked.length === 0 ? (
          <p className="command-palette-empty">{format(text.none, { query: query.trim() })}</p>
        ) : null}
        <div className="command-palette-footer">
          <span role="status">
            {ranked.length === 1 ? text.countOne : format(text.count, { count: ranked.length })}
          </span>
          <span aria-hidden="true">{text.hintNavigate}</span>
          <span aria-hidden="true">{text.hintRun}</span>
          <span aria-hidden="true">{text.hintClose}</span>
        </div>
      </div>
    </div>
  );
}
