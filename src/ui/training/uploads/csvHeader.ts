/**
 * The column names of a CSV text, for the label-column choice. Only the
 * header row is read here (quotes and doubled quotes understood); parsing
 * and checking the rows is the datasets module's work.
 */
export function csvHeader(text: string): string[] {
  const line = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .find((l) => l.trim() !== "");
  if (line === undefined) return [];
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell.trim());
      cell = "";
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/** The column a label most likely sits in: one named like a label, else the last. */
export function guessLabelColumn(columns: readonly string[]): string {
  return (
    columns.find((c) => /^(label|class|target|y|species|category)$/i.test(c)) ??
    columns.at(-1) ??
    ""
  );
}
