import { csvColumns } from "../../../training/datasets/csv";

/**
 * The column names of a CSV text, for the label-column choice — read by the
 * datasets module's own parser, so the choice offers exactly the columns
 * training will see (quotes, and `;` or tab separators, included).
 */
export function csvHeader(text: string): string[] {
  return csvColumns(text).map((column) => column.trim());
}

/** The column a label most likely sits in: one named like a label, else the last. */
export function guessLabelColumn(columns: readonly string[]): string {
  return (
    columns.find((c) => /^(label|class|target|y|species|category)$/i.test(c)) ??
    columns.at(-1) ??
    ""
  );
}
