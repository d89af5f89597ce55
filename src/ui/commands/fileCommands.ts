/** New, open, save, presets, share and export (filled in by the files feature). */
import type { Command } from "./types";

export function fileCommands(): Command[] {
  return [];
}
