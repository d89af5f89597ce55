import type { Category, LayerKind } from "../../graph";

export interface PaletteGroup {
  readonly category: Category;
  readonly kinds: readonly LayerKind[];
}

/** Palette order: from data in, through feature extractors, to merges. A Record so a new category cannot be forgotten. */
const CATEGORY_RANK: Readonly<Record<Category, number>> = {
  input: 0,
  core: 1,
  convolution: 2,
  pooling: 3,
  recurrent: 4,
  attention: 5,
  normalization: 6,
  merge: 7,
  generative: 8,
};

/** Groups layer kinds by category; within a category, kinds keep the registry's order. */
export function groupByCategory(kinds: readonly LayerKind[]): PaletteGroup[] {
  const groups = new Map<Category, LayerKind[]>();
  for (const kind of kinds) {
    const group = groups.get(kind.category);
    if (group) group.push(kind);
    else groups.set(kind.category, [kind]);
  }
  return [...groups]
    .map(([category, members]) => ({ category, kinds: members }))
    .sort((a, b) => CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category]);
}
