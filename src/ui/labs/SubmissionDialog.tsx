/**
 * Export submission: asks the student's name, then downloads the graph, the
 * lab's training setup and the run's results as one JSON file. The name is
 * remembered for the next lab.
 */
import { type FormEvent, useId, useState } from "react";
import type { RunResults } from "../../graph";
import { createSubmission, submissionFileName } from "../../graph/lab";
import { downloadBlob } from "../files/download";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { Dialog } from "../layout/Dialog";
import { useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import { useLabStore } from "./labStore";
import { labsText } from "./labsText";

export const SUBMISSION_DIALOG = "labs.submission";

export interface SubmissionDialogProps {
  readonly startingGraph: string;
  readonly results: RunResults;
}

const NAME_KEY = "neurograph.studentName";

function rememberedName(): string {
  try {
    return globalThis.localStorage?.getItem(NAME_KEY) ?? "";
  } catch {
    return "";
  }
}

export function SubmissionDialog({
  props,
  close,
}: {
  readonly props: Readonly<Record<string, unknown>>;
  readonly close: () => void;
}) {
  const { startingGraph, results } = props as unknown as SubmissionDialogProps;
  const text = useText(labsText);
  const ids = { name: useId(), hint: useId(), error: useId(), form: useId() };
  const [student, setStudent] = useState(rememberedName);
  const [error, setError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = student.trim();
    const lab = useLabStore.getState().session?.lab;
    if (!lab) return close();
    if (!name) {
      setError(true);
      return;
    }
    try {
      globalThis.localStorage?.setItem(NAME_KEY, name);
    } catch {
      // Only saves typing next time.
    }
    const submission = createSubmission({
      lab,
      startingGraph,
      student: name,
      document: useEditorStore.getState().document,
      results,
      now: new Date(),
    });
    const file = submissionFileName(submission);
    downloadBlob(
      new Blob([`${JSON.stringify(submission, null, 2)}\n`], { type: "application/json" }),
      file,
    );
    close();
    useUiStore.getState().notify(format(text.submitted, { file }), "info");
  };

  return (
    <Dialog
      title={text.submitTitle}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            {text.cancel}
          </button>
          <button type="submit" className="button primary" form={ids.form}>
            {text.download}
          </button>
        </>
      }
    >
      <p className="muted">{text.submitIntro}</p>
      <form id={ids.form} className="lab-submit-form" onSubmit={submit} noValidate>
        <label htmlFor={ids.name}>{text.studentName}</label>
        <input
          id={ids.name}
          type="text"
          autoComplete="name"
          data-autofocus
          maxLength={200}
          value={student}
          aria-invalid={error}
          aria-describedby={`${ids.hint}${error ? ` ${ids.error}` : ""}`}
          onChange={(e) => {
            setStudent(e.currentTarget.value);
            setError(false);
          }}
        />
        <p className="muted lab-hint" id={ids.hint}>
          {text.studentNameHint}
        </p>
        {error ? (
          <p className="lab-error-text" id={ids.error} role="alert">
            {text.nameRequired}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
