/** Copy, cut, paste and duplicate (filled in by the clipboard feature). */
import type { Command } from "./types";

export function clipboardCommands(): Command[] {
  return [];
}
