/** Grouping, collapsing and ungrouping (filled in by the groups feature). */
import type { Command } from "./types";

export function groupCommands(): Command[] {
  return [];
}
