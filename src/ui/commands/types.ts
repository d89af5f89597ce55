/**
 * Commands as data: menus, keyboard shortcuts and the command palette all read
 * the same registry, so every action is reachable from the keyboard.
 */
import type { I18nText } from "../../graph";

export type MenuId = "file" | "edit" | "view" | "layer" | "share" | "export" | "help";

export interface Command {
  /** Stable id, e.g. "edit.undo". */
  readonly id: string;
  readonly title: I18nText;
  /** The top-bar menu it appears in; commands without one are reachable from the palette and keys. */
  readonly menu?: MenuId;
  /** Shortcuts like "Mod+Z" (Mod is Ctrl, or ⌘ on a Mac), "Shift+Mod+Z", "Delete". */
  readonly keys?: readonly string[];
  /** Extra words the command palette matches (both languages). */
  readonly keywords?: string;
  /** Whether the shortcut also fires while typing in a field. */
  readonly whileTyping?: boolean;
  /**
   * The browser's own event does the work for these keys (copy, cut and paste
   * arrive as clipboard events carrying the system clipboard, with no
   * permission prompt): the keys are shown, and the dispatcher leaves them alone.
   */
  readonly keysHandledByBrowser?: boolean;
  readonly enabled?: () => boolean;
  readonly run: () => void | Promise<void>;
}
