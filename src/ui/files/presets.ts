/**
 * The example graphs in presets/*.json, bundled at build time, in the
 * curriculum's order: by lesson topic (the perceptron first, word2vec last),
 * then by the lesson's order within its topic.
 */
import { type GraphDocument, type Locale, loadDocument } from "../../graph";

export interface Preset {
  /** The file's base name, e.g. "mnist-mlp". */
  readonly id: string;
  readonly document: GraphDocument;
}

const modules = import.meta.glob<unknown>("../../../presets/*.json", {
  eager: true,
  import: "default",
});

export const PRESETS: readonly Preset[] = Object.entries(modules)
  .flatMap(([path, raw]) => {
    const { document } = loadDocument(raw);
    // Every preset loads (the unit suite checks); a broken one is left out rather than breaking the app.
    return document ? [{ id: path.replace(/^.*\/|\.json$/g, ""), document }] : [];
  })
  .sort(
    (a, b) =>
      topicOf(a) - topicOf(b) ||
      (a.document.lesson?.order ?? 0) - (b.document.lesson?.order ?? 0) ||
      a.id.localeCompare(b.id),
  );

/** The curriculum topic a preset teaches (1–16); presets without a lesson come last. */
export function topicOf(preset: Preset): number {
  return preset.document.lesson?.topic ?? Number.MAX_SAFE_INTEGER;
}

/** Presets grouped under their curriculum topic, in teaching order. */
export function presetsByTopic(): {
  readonly topic: number;
  readonly presets: readonly Preset[];
}[] {
  const groups: { topic: number; presets: Preset[] }[] = [];
  for (const preset of PRESETS) {
    const topic = topicOf(preset);
    const last = groups.at(-1);
    if (last?.topic === topic) last.presets.push(preset);
    else groups.push({ topic, presets: [preset] });
  }
  return groups;
}

/** The preset's name in the reader's language (the lesson's title), else the document's name. */
export function presetTitle(preset: Preset, locale: Locale): string {
  return preset.document.lesson?.title[locale] ?? preset.document.name;
}

/** What the learner should take away, in the reader's language ("" without a lesson). */
export function learningGoal(preset: Preset, locale: Locale): string {
  return preset.document.lesson?.goal[locale] ?? "";
}

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The description in the current language (descriptions may be one string or {en, zh}). */
export function descriptionText(document: GraphDocument, locale: Locale): string {
  const d = document.description;
  if (d === undefined) return "";
  if (typeof d === "string") return d;
  const localized = d as { en?: string; zh?: string };
  return localized[locale] ?? localized.en ?? localized.zh ?? "";
}
