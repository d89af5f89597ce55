/** Keyboard shortcuts, dispatched from the command registry. */
import { useEffect } from "react";
import { allCommands } from "./registry";

const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Shift+Mod+Z" for this event, in the registry's notation. */
export function eventKeys(event: KeyboardEvent): string {
  const parts: string[] = [];
  if (event.shiftKey) parts.push("Shift");
  if (event.altKey) parts.push("Alt");
  if (IS_MAC ? event.metaKey : event.ctrlKey) parts.push("Mod");
  // With Option held, a Mac types "˜" for N: match letters and digits by their physical key then.
  const physical = event.altKey ? /^(?:Key([A-Z])|Digit(\d))$/.exec(event.code) : null;
  const key = physical
    ? (physical[1] ?? physical[2]!)
    : event.key.length === 1
      ? event.key.toUpperCase()
      : event.key;
  parts.push(key);
  return parts.join("+");
}

/** How a shortcut reads on this machine: "Ctrl+Shift+Z" or "⇧⌘Z". */
export function displayKeys(keys: string): string {
  if (IS_MAC) return keys.replace("Shift+", "⇧").replace("Alt+", "⌥").replace("Mod+", "⌘");
  return keys.replace("Mod", "Ctrl");
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const pressed = eventKeys(event);
      const typing = isTyping(event.target);
      for (const command of allCommands()) {
        if (!command.keys?.includes(pressed) || command.keysHandledByBrowser) continue;
        if (typing && !command.whileTyping) continue;
        if (command.enabled && !command.enabled()) continue;
        event.preventDefault();
        void command.run();
        return;
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
