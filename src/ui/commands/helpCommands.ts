/** Help: keyboard shortcuts and about. */
import type { Command } from "./types";

export function helpCommands(): Command[] {
  return [];
}
