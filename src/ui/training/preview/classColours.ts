/** Colours for classes in scatter plots and the decision boundary (Tableau 10: distinct, colour-blind aware). */
export const CLASS_COLOURS: readonly string[] = [
  "#4e79a7",
  "#f28e2b",
  "#59a14f",
  "#e15759",
  "#76b7b2",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

export const CLASS_RGB: readonly (readonly [number, number, number])[] = CLASS_COLOURS.map(
  (hex) => [
    Number.parseInt(hex.slice(1, 3), 16),
    Number.parseInt(hex.slice(3, 5), 16),
    Number.parseInt(hex.slice(5, 7), 16),
  ],
);

export function classColour(index: number): string {
  return CLASS_COLOURS[((index % 10) + 10) % 10]!;
}
