/**
 * Ordered, pure, named migrations from older document versions to the current
 * one. Version 1 is the first published format, so the list is empty today;
 * when the format changes, append `{ name, from: 1, to: 2, migrate }` and bump
 * CURRENT_VERSION. A migration must never mutate its input (tested).
 */
export type RawDocument = Readonly<Record<string, unknown>>;

export interface Migration {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly migrate: (document: RawDocument) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

export type MigrationOutcome =
  | { readonly ok: true; readonly document: Record<string, unknown>; readonly applied: string[] }
  | { readonly ok: false; readonly stuckAt: number };

/** Walks the chain from `fromVersion` to `toVersion`, one named step at a time. */
export function runMigrations(
  document: RawDocument,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  let current: Record<string, unknown> = { ...document };
  let version = fromVersion;
  const applied: string[] = [];
  while (version < toVersion) {
    const step = migrations.find((m) => m.from === version);
    if (!step || step.to <= version) return { ok: false, stuckAt: version };
    current = { ...step.migrate(current), version: step.to };
    applied.push(step.name);
    version = step.to;
  }
  return { ok: true, document: current, applied };
}
