/**
 * The example labs in labs/*.json, bundled at build time like the presets.
 * Submissions (labs/submissions/…) live in subfolders and are not matched.
 */
import type { GraphDocument, Locale } from "../../graph";
import { loadLab } from "../../graph/lab";
import type { Lab } from "../../graph/lab/schema";

export interface LoadedLab {
  readonly lab: Lab;
  readonly graphs: ReadonlyMap<string, GraphDocument>;
  /** The lab file's text (kept so that a reload can restore the lab). */
  readonly source: string;
}

const modules = import.meta.glob<unknown>("../../../labs/*.json", {
  eager: true,
  import: "default",
});

export const BUNDLED_LABS: readonly LoadedLab[] = Object.values(modules)
  .flatMap((raw) => {
    const loaded = loadLab(raw);
    // Every example lab loads (the lab tests check); a broken one is left out rather than breaking the app.
    return loaded.ok
      ? [{ lab: loaded.lab, graphs: loaded.graphs, source: JSON.stringify(raw) }]
      : [];
  })
  .sort((a, b) => a.lab.id.localeCompare(b.lab.id));

export function bundledLab(id: string): LoadedLab | undefined {
  return BUNDLED_LABS.find((l) => l.lab.id === id);
}

/** The first paragraph of the instructions, cut to about `length` characters. */
export function excerpt(lab: Lab, locale: Locale, length = 180): string {
  const first = lab.instructions[locale].split(/\n\s*\n/)[0]?.trim() ?? "";
  return first.length <= length ? first : `${first.slice(0, length).trimEnd()}…`;
}

/** Paragraphs of a bilingual text (blank lines separate them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
