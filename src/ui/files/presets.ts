/**
 * The example graphs in presets/*.json, bundled at build time. Simplest
 * first: a gallery reads best from the smallest network to the largest.
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

/** Layers of a plain multilayer perceptron, where a newcomer starts. */
const MLP_LAYERS = new Set(["input", "dense", "activation", "dropout"]);

export const PRESETS: readonly Preset[] = Object.entries(modules)
  .flatMap(([path, raw]) => {
    const { document } = loadDocument(raw);
    // Every preset loads (the unit suite checks); a broken one is left out rather than breaking the app.
    return document ? [{ id: path.replace(/^.*\/|\.json$/g, ""), document }] : [];
  })
  .sort(
    (a, b) =>
      recipeRank(a.document) - recipeRank(b.document) ||
      a.document.nodes.length - b.document.nodes.length ||
      a.id.localeCompare(b.id),
  );

/** The order of the curriculum: perceptrons first, then other supervised networks, then the recipes beyond classification. */
function recipeRank(document: GraphDocument): number {
  const recipe = (document.training as { recipe?: unknown }).recipe;
  if (recipe !== undefined && recipe !== "supervised" && recipe !== "adversarial") return 2;
  return document.nodes.every((n) => MLP_LAYERS.has(n.type)) ? 0 : 1;
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
