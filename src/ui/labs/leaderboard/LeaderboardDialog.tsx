/**
 * Grade submissions: the teacher picks the lab, loads the students' files
 * (picker or drop, many at once) and reads a sortable table; any two to four
 * rows open in the compare view. The figures are what the students' own
 * runs reported — the note says so, and names `neurograph grade`.
 */
import { type DragEvent, useId, useMemo, useRef, useState } from "react";
import { loadSubmissionText } from "../../../graph/lab";
import { openCompare } from "../../compare/openCompare";
import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { format } from "../../i18n/messages";
import { Dialog } from "../../layout/Dialog";
import { BUNDLED_LABS, bundledLab } from "../bundledLabs";
import { CodeText } from "../CodeText";
import { labsI18n, labsText } from "../labsText";
import { MAX_LAB_BYTES, readLabFile } from "../openLab";
import { LeaderboardTable } from "./LeaderboardTable";
import { gradeSubmission, type SubmissionFile } from "./leaderboard";
import {
  addSubmissionFiles,
  chooseLab,
  clearSubmissions,
  useLeaderboardStore,
} from "./leaderboardStore";

async function readSubmissionFile(file: File): Promise<Omit<SubmissionFile, "key">> {
  if (file.size > MAX_LAB_BYTES)
    return {
      name: file.name,
      text: "",
      failure: labsI18n("tooLarge", { size: Math.round(file.size / 1024) }),
    };
  try {
    return { name: file.name, text: await file.text() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { name: file.name, text: "", failure: labsI18n("readFailed", { detail }) };
  }
}

/** With no lab chosen yet, the bundled lab the first readable submission names. */
function guessLab(files: readonly Omit<SubmissionFile, "key">[]): void {
  if (useLeaderboardStore.getState().lab) return;
  for (const file of files) {
    const loaded = loadSubmissionText(file.text);
    const lab = loaded.ok ? bundledLab(loaded.submission.lab) : undefined;
    if (lab) {
      chooseLab(lab);
      return;
    }
  }
}

export function LeaderboardDialog({ close }: { readonly close: () => void }) {
  const text = useText(labsText);
  const locale = useLocale();
  const ids = { lab: useId(), note: useId() };
  const labInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const lab = useLeaderboardStore((s) => s.lab);
  const labError = useLeaderboardStore((s) => s.labError);
  const files = useLeaderboardStore((s) => s.files);
  const selected = useLeaderboardStore((s) => s.selected);
  const rows = useMemo(
    () => (lab ? files.map((file) => gradeSubmission(lab, file)) : []),
    [lab, files],
  );
  const chosen = rows.filter((row) => row.ok && selected.has(row.key));
  const canCompare = chosen.length >= 2 && chosen.length <= 4;

  const addFiles = async (list: readonly File[]) => {
    const read = await Promise.all(list.map(readSubmissionFile));
    addSubmissionFiles(read);
    guessLab(read);
  };

  const onLabFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readLabFile(file);
    if (result.ok) chooseLab(result.loaded);
    else chooseLab(lab, { name: file.name, message: result.message });
  };

  const compare = () => {
    const graphs = chosen.flatMap((row) =>
      row.ok ? [{ label: row.submission.student, document: row.document }] : [],
    );
    close();
    openCompare(graphs);
  };

  // The window's own drop handler opens a dropped file as a graph: stop the event here.
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    void addFiles([...event.dataTransfer.files]);
  };

  const bundledIds = new Set(BUNDLED_LABS.map((l) => l.lab.id));
  return (
    <Dialog
      title={text.leaderboard}
      onClose={close}
      wide
      actions={
        <>
          {rows.length > 0 ? (
            <span className="muted leaderboard-count">
              {rows.length === 1
                ? text.loadedCountOne
                : format(text.loadedCount, { count: rows.length })}
            </span>
          ) : null}
          <button
            type="button"
            className="button"
            onClick={clearSubmissions}
            disabled={files.length === 0}
          >
            {text.clear}
          </button>
          <button
            type="button"
            className="button primary"
            onClick={compare}
            disabled={!canCompare}
            title={text.compareHint}
          >
            {text.compare}
          </button>
          <button type="button" className="button" onClick={close}>
            {text.close}
          </button>
        </>
      }
    >
      <p className="lab-claimed-note" id={ids.note}>
        <CodeText text={text.leaderboardIntro} />
      </p>
      <div className="leaderboard-controls">
        <label htmlFor={ids.lab}>{text.lab}</label>
        <select
          id={ids.lab}
          value={lab?.lab.id ?? ""}
          onChange={(e) => chooseLab(bundledLab(e.currentTarget.value) ?? lab)}
        >
          <option value="" disabled>
            {text.chooseLab}
          </option>
          {BUNDLED_LABS.map((l) => (
            <option key={l.lab.id} value={l.lab.id}>
              {l.lab.title[locale]}
            </option>
          ))}
          {lab && !bundledIds.has(lab.lab.id) ? (
            <option value={lab.lab.id}>{lab.lab.title[locale]}</option>
          ) : null}
        </select>
        <button type="button" className="button" onClick={() => labInput.current?.click()}>
          {text.labFromFile}
        </button>
        <input
          ref={labInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={text.labFile}
          data-testid="leaderboard-lab-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            void onLabFile(file);
          }}
        />
      </div>
      {labError ? (
        <div className="labs-error" role="alert">
          <strong>{format(text.cannotOpenLab, { name: labError.name })}</strong>
          <p>{labError.message[locale]}</p>
        </div>
      ) : null}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the button beside it does the same from the keyboard */}
      <div
        className={`leaderboard-drop${dragging ? " dragging" : ""}`}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button type="button" className="button" onClick={() => filesInput.current?.click()}>
          {text.loadSubmissions}
        </button>
        <span className="muted">{text.dropSubmissions}</span>
        <input
          ref={filesInput}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          aria-label={text.submissionFiles}
          data-testid="submission-files"
          onChange={(event) => {
            const list = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = "";
            void addFiles(list);
          }}
        />
      </div>
      {!lab ? (
        <p className="muted">{text.pickLabFirst}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{text.noSubmissions}</p>
      ) : (
        <LeaderboardTable lab={lab.lab} rows={rows} describedBy={ids.note} />
      )}
    </Dialog>
  );
}
