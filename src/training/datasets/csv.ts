/**
 * The user's own table as a dataset: one column is the label, every other
 * column a numeric feature, normalised to z-scores (the mean and standard
 * deviation are returned, so new inputs can be normalised the same way).
 * Classification labels become class indices over the sorted distinct
 * values; regression labels stay as they are. Never throws: every problem
 * comes back as a message in English and Chinese that names the line, row
 * or column at fault.
 */
import { type I18nText, t } from "../../graph/i18n";
import type { TaskName } from "../../graph/training/setup";
import { type CsvRow, readCsv } from "./csvParse";
import type { LoadedDataset } from "./types";

/** More distinct labels than this is almost surely a numeric column meant for regression. */
export const MAX_CSV_CLASSES = 256;

export interface CsvNormalization {
  readonly columns: readonly string[];
  readonly mean: readonly number[];
  /** Standard deviation; 1 for a constant column (it is then only centred). */
  readonly std: readonly number[];
}

export type CsvResult =
  | {
      readonly ok: true;
      readonly dataset: LoadedDataset;
      readonly normalization: CsvNormalization;
      /** The header, in file order (for the label column picker). */
      readonly columns: readonly string[];
    }
  | { readonly ok: false; readonly message: I18nText };

export interface CsvOptions {
  readonly labelColumn: string;
  readonly task: TaskName;
}

function fail(message: I18nText): CsvResult {
  return { ok: false, message };
}

/** A number as people write them in CSV files: "3", "-0.5", "1e3", " 42 " (not "", "NaN", "1,5"). */
function parseNumber(cell: string): number | null {
  const trimmed = cell.trim();
  if (trimmed === "" || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

function notANumber(row: CsvRow, index: number, column: string, cell: string): CsvResult {
  const rowNumber = index + 1;
  return cell.trim() === ""
    ? fail(
        t(
          `Row ${rowNumber} (line ${row.line}), column '${column}': the cell is empty; every feature must be a number.`,
          `第 ${rowNumber} 行（文件第 ${row.line} 行），'${column}' 列：单元格为空；每个特征都必须是数字。`,
        ),
      )
    : fail(
        t(
          `Row ${rowNumber} (line ${row.line}), column '${column}': '${cell.trim()}' is not a number. Remove the column or choose it as the label.`,
          `第 ${rowNumber} 行（文件第 ${row.line} 行），'${column}' 列：'${cell.trim()}' 不是数字。请删除该列，或把它选为标签列。`,
        ),
      );
}

export function loadCsv(text: string, options: CsvOptions, id = "csv"): CsvResult {
  const table = readCsv(text);
  if (!table.ok) return table;
  const { header, rows } = table;
  if (rows.length === 0)
    return fail(t("The file has a header row but no data rows.", "文件只有表头，没有数据行。"));
  const labelIndex = header.indexOf(options.labelColumn.trim());
  if (labelIndex < 0)
    return fail(
      t(
        `There is no column named '${options.labelColumn}'. The columns are: ${header.join(", ")}.`,
        `没有名为 '${options.labelColumn}' 的列。现有的列：${header.join("、")}。`,
      ),
    );
  if (header.length < 2)
    return fail(
      t(
        "The file has only the label column: at least one feature column is needed.",
        "文件只有标签列：至少还需要一个特征列。",
      ),
    );
  for (const row of rows)
    if (row.cells.length !== header.length)
      return fail(
        t(
          `Line ${row.line} has ${row.cells.length} fields, but the header has ${header.length}.`,
          `第 ${row.line} 行有 ${row.cells.length} 个字段，而表头有 ${header.length} 个。`,
        ),
      );

  const featureColumns = header.map((_, i) => i).filter((i) => i !== labelIndex);
  const featureCount = featureColumns.length;
  const count = rows.length;
  const features = new Float32Array(count * featureCount);
  for (let r = 0; r < count; r++) {
    const row = rows[r]!;
    for (let f = 0; f < featureCount; f++) {
      const column = featureColumns[f]!;
      const value = parseNumber(row.cells[column]!);
      if (value === null) return notANumber(row, r, header[column]!, row.cells[column]!);
      features[r * featureCount + f] = value;
    }
  }
  const normalization = normalize(
    features,
    count,
    featureColumns.map((i) => header[i]!),
  );

  const labels = new Float32Array(count);
  const labelName = header[labelIndex]!;
  let classNames: string[] | undefined;
  if (options.task === "regression") {
    for (let r = 0; r < count; r++) {
      const cell = rows[r]!.cells[labelIndex]!;
      const value = parseNumber(cell);
      if (value === null) return notANumber(rows[r]!, r, labelName, cell);
      labels[r] = value;
    }
  } else {
    const values = rows.map((row) => row.cells[labelIndex]!.trim());
    // Sorted, with numbers in numeric order ("2" before "10"), so the classes do not depend on row order.
    classNames = [...new Set(values)].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    if (classNames.length < 2)
      return fail(
        t(
          `The label column '${labelName}' has only one value ('${classNames[0]}'): classification needs at least two classes.`,
          `标签列 '${labelName}' 只有一个取值（'${classNames[0]}'）：分类至少需要两个类别。`,
        ),
      );
    if (classNames.length > MAX_CSV_CLASSES)
      return fail(
        t(
          `The label column '${labelName}' has ${classNames.length} different values — more than ${MAX_CSV_CLASSES} classes. If it is a quantity, choose the regression task.`,
          `标签列 '${labelName}' 有 ${classNames.length} 个不同取值，超过 ${MAX_CSV_CLASSES} 个类别。如果它是一个数值量，请选择回归任务。`,
        ),
      );
    const indexOf = new Map(classNames.map((name, i) => [name, i]));
    values.forEach((value, r) => {
      labels[r] = indexOf.get(value)!;
    });
  }

  const dataset: LoadedDataset = {
    id,
    shapes:
      options.task === "regression"
        ? { inputShape: [featureCount], task: "regression", targetShape: [1] }
        : {
            inputShape: [featureCount],
            task: "classification",
            numClasses: classNames!.length,
            classNames: classNames!,
          },
    train: { features, labels, count },
  };
  return { ok: true, dataset, normalization, columns: header };
}

/** z-scores in place, column by column; returns what was subtracted and divided. */
function normalize(features: Float32Array, count: number, columns: string[]): CsvNormalization {
  const width = columns.length;
  const mean = new Array<number>(width).fill(0);
  const std = new Array<number>(width).fill(0);
  for (let r = 0; r < count; r++)
    for (let f = 0; f < width; f++) mean[f]! += features[r * width + f]!;
  for (let f = 0; f < width; f++) mean[f]! /= count;
  for (let r = 0; r < count; r++)
    for (let f = 0; f < width; f++) std[f]! += (features[r * width + f]! - mean[f]!) ** 2;
  for (let f = 0; f < width; f++) std[f] = Math.sqrt(std[f]! / count) || 1;
  for (let r = 0; r < count; r++)
    for (let f = 0; f < width; f++)
      features[r * width + f] = (features[r * width + f]! - mean[f]!) / std[f]!;
  return { columns, mean, std };
}

/** The header of a CSV text (for the label-column picker), with the same parsing as loadCsv; [] when unreadable. */
export function csvColumns(text: string): readonly string[] {
  const table = readCsv(text);
  return table.ok ? table.header : [];
}
