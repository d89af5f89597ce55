/**
 * Why a file or link cannot be opened (or opens with errors): every problem
 * with its code and message in the current language. Everything from the
 * document is rendered as React text, never as HTML.
 */

import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { format } from "../../i18n/messages";
import { Dialog } from "../../layout/Dialog";
import { filesText } from "../filesText";
import { openAsNewGraph } from "../library";
import type { ProblemsDialogProps } from "../opening";

/** Enough to see what is wrong; a document can hold thousands of problems. */
const SHOWN = 50;

export function ProblemsDialog({
  props,
  close,
}: {
  readonly props: Readonly<Record<string, unknown>>;
  readonly close: () => void;
}) {
  const { verdict, source } = props as unknown as ProblemsDialogProps;
  const text = useText(filesText);
  const locale = useLocale();
  const openable = verdict.kind === "hasErrors";
  const errors = verdict.problems.filter((p) => p.severity === "error").length;
  const title = format(openable ? text.hasProblems : text.cannotOpen, { source: source[locale] });
  const actions = openable ? (
    <>
      <button type="button" className="button" onClick={close}>
        {text.cancel}
      </button>
      <button
        type="button"
        className="button primary"
        onClick={() => {
          close();
          void openAsNewGraph(verdict.document);
        }}
      >
        {text.openAnyway}
      </button>
    </>
  ) : (
    <button type="button" className="button primary" data-autofocus onClick={close}>
      {text.close}
    </button>
  );
  return (
    <Dialog title={title} onClose={close} actions={actions} role="alertdialog">
      <p className="muted files-intro">
        {!openable
          ? text.nothingChanged
          : errors === 1
            ? text.hasProblemIntro
            : format(text.hasProblemsIntro, { count: errors })}
      </p>
      <ul className="files-problems" aria-label={text.problemList}>
        {verdict.problems.slice(0, SHOWN).map((problem, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity; the list never changes while shown
          <li key={i} className={`files-problem ${problem.severity}`}>
            <span className="visually-hidden">
              {problem.severity === "error" ? text.error : text.warning}:
            </span>
            <code className="files-problem-code">{problem.badge[locale]}</code>
            <span className="files-problem-message">{problem.message[locale]}</span>
          </li>
        ))}
      </ul>
      {verdict.problems.length > SHOWN ? (
        <p className="muted">
          {format(text.moreProblems, { count: verdict.problems.length - SHOWN })}
        </p>
      ) : null}
    </Dialog>
  );
}
