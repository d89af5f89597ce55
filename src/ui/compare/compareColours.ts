/** Each compared graph's colour, by its place in the comparison (readable on light and dark, and in print). */
export const COMPARE_COLOURS = ["#3b5bdb", "#e8590c", "#2b8a3e", "#ae3ec9"] as const;

export function colourOf(index: number): string {
  return COMPARE_COLOURS[index % COMPARE_COLOURS.length]!;
}
