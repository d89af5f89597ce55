/**
 * A CSV of the user's own: choose the file, then the label column. The text
 * is checked by the datasets module exactly as the worker will read it; its
 * errors (ragged rows, non-numeric cells, an empty file) are shown as they
 * come, and what it found (features, classes) goes into the dataset options
 * so that the graph's diagnostics can check the shapes.
 */
import { useEffect, useId, useState } from "react";
import type { I18nText } from "../../../graph";
import type { TrainingSetup } from "../../../graph/training/setup";
import { useI18n, useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { useEditorStore } from "../../store/editorStore";
import { setSetupValue } from "../setup/setupPaths";
import { setupText } from "../setup/setupText";
import { currentGraphId } from "../trainingActions";
import { keepUpload, useUploadStore } from "../uploads";
import { csvHeader, guessLabelColumn } from "./csvHeader";
import { FilePicker } from "./FilePicker";
import { checkUpload } from "./uploadCheck";

export function CsvUpload({ setup }: { readonly setup: TrainingSetup }) {
  const text = useText(setupText);
  const i18n = useI18n();
  const selectId = useId();
  const csv = useUploadStore((s) => s.csv);
  const [problem, setProblem] = useState<I18nText | null>(null);
  const columns = csv ? csvHeader(csv.text) : [];
  const stored = setup.dataset.options.labelColumn;
  const labelColumn = typeof stored === "string" && columns.includes(stored) ? stored : "";

  const check = async (label: string) => {
    const upload = useUploadStore.getState().csv;
    if (!upload || label === "") return;
    const result = await checkUpload({
      kind: "csv",
      name: upload.name,
      text: upload.text,
      labelColumn: label,
      task: setup.task,
    });
    setProblem(result.ok ? null : result.error);
    const options = result.ok ? result.options : { fileName: upload.name, labelColumn: label };
    useEditorStore.getState().edit((d) => {
      const base = setSetupValue(d, "dataset.options.labelColumn", label);
      return Object.entries(options).reduce(
        (doc, [name, value]) => setSetupValue(doc, `dataset.options.${name}`, value),
        base,
      );
    });
  };

  // A new file, or the task changed (classes vs. a numeric target): check again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-check only when the data or task changes
  useEffect(() => {
    if (csv && labelColumn) void check(labelColumn);
  }, [csv, setup.task]);

  const onFiles = async ([file]: File[]) => {
    if (!file) return;
    const content = await file.text();
    await keepUpload(currentGraphId(), { kind: "csv", name: file.name, text: content });
    await check(guessLabelColumn(csvHeader(content)));
  };

  return (
    <div className="upload">
      <FilePicker
        label={text.chooseCsv}
        accept=".csv,text/csv"
        testId="csv-file"
        onFiles={onFiles}
      />
      {csv ? (
        <p className="setup-note">
          {format(text.csvLoaded, {
            name: csv.name,
            rows: Math.max(0, csv.text.trim().split(/\r?\n/).length - 1),
            columns: columns.length,
          })}
        </p>
      ) : null}
      {columns.length > 0 ? (
        <div className="setup-field">
          <label htmlFor={selectId} className="setup-label">
            {text.labelColumn}
          </label>
          <select
            id={selectId}
            className="select"
            value={labelColumn}
            onChange={(event) => void check(event.target.value)}
          >
            <option value="" disabled>
              —
            </option>
            {columns.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {problem && csv ? (
        <div
          className="setup-error-box"
          role="alert"
          aria-label={format(text.csvProblems, { name: csv.name })}
        >
          {i18n(problem)}
        </div>
      ) : null}
    </div>
  );
}
