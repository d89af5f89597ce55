/**
 * A small RFC 4180 CSV reader: quoted fields (with "" for a quote, commas and
 * line breaks inside), CRLF or LF, a byte-order mark, and semicolon- or
 * tab-separated files (the separator is guessed from the header line).
 * Pure; reports problems instead of throwing.
 */
import { type I18nText, t } from "../../graph/i18n";

export interface CsvRow {
  readonly cells: readonly string[];
  /** 1-based line of the file where the row starts (the header is line 1). */
  readonly line: number;
}

export type CsvTable =
  | { readonly ok: true; readonly header: readonly string[]; readonly rows: readonly CsvRow[] }
  | { readonly ok: false; readonly message: I18nText };

function guessSeparator(text: string): string {
  const end = text.indexOf("\n");
  const first = end < 0 ? text : text.slice(0, end);
  const counts = [",", ";", "\t"].map((s) => [s, first.split(s).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ",";
}

/** Splits the text into rows of cells; blank lines are skipped. */
export function readCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === "") return { ok: false, message: t("The file is empty.", "文件是空的。") };
  const separator = guessSeparator(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    cells.push(cell);
    // A line with nothing on it is not a row (files often end with blank lines).
    if (!(cells.length === 1 && cells[0]!.trim() === "")) rows.push({ cells, line: rowLine });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (c === separator) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted)
    return {
      ok: false,
      message: t(
        `Line ${quoteLine}: a quoted field is never closed (a " is missing).`,
        `第 ${quoteLine} 行：引号括起的字段没有闭合（缺少一个 "）。`,
      ),
    };
  endRow();
  const [header, ...data] = rows;
  if (!header) return { ok: false, message: t("The file is empty.", "文件是空的。") };
  return { ok: true, header: header.cells.map((h) => h.trim()), rows: data };
}
