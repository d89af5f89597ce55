/**
 * Recently used commands, most recent first, remembered across visits (like
 * VS Code's palette). Storage may be unavailable (private mode, disabled):
 * then the list lives for this visit only.
 */
const STORAGE_KEY = "neurograph.recentCommands";
export const RECENT_LIMIT = 8;

let memory: string[] | null = null;

/** `id` moved to the front of `list`, which is kept to RECENT_LIMIT entries. */
export function withRecent(list: readonly string[], id: string): string[] {
  return [id, ...list.filter((x) => x !== id)].slice(0, RECENT_LIMIT);
}

export function recentCommands(): string[] {
  if (memory) return memory;
  try {
    const saved: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? "[]");
    memory = Array.isArray(saved)
      ? saved.filter((x): x is string => typeof x === "string").slice(0, RECENT_LIMIT)
      : [];
  } catch {
    memory = [];
  }
  return memory;
}

export function rememberCommand(id: string): void {
  memory = withRecent(recentCommands(), id);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(memory));
  } catch {
    // Not remembering is fine: the list still works for this visit.
  }
}
