/** Automatic layout (filled in by the layout feature). */
import type { Command } from "./types";

export function layoutCommands(): Command[] {
  return [];
}
