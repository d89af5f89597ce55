/**
 * The Labs dialog: the example labs, each with its title and the start of
 * its instructions, and a lab file of one's own. A file that is not a lab
 * shows the loader's message and changes nothing.
 */
import { useId, useRef, useState } from "react";
import type { I18nText } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { Dialog } from "../layout/Dialog";
import { BUNDLED_LABS, excerpt, type LoadedLab } from "./bundledLabs";
import { labsText } from "./labsText";
import { openLab, readLabFile } from "./openLab";

export function LabsDialog({ close }: { readonly close: () => void }) {
  const text = useText(labsText);
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const [error, setError] = useState<{ name: string; message: I18nText } | null>(null);

  const choose = (loaded: LoadedLab) => {
    close();
    void openLab(loaded);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readLabFile(file);
    if (result.ok) choose(result.loaded);
    else setError({ name: file.name, message: result.message });
  };

  return (
    <Dialog
      title={text.labs}
      onClose={close}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={() => input.current?.click()}>
            {text.openLabFile}
          </button>
          <button type="button" className="button" onClick={close}>
            {text.close}
          </button>
        </>
      }
    >
      <p className="muted labs-intro">{text.labsIntro}</p>
      <ul className="labs-list" aria-label={text.labList}>
        {BUNDLED_LABS.map((loaded) => {
          const { lab } = loaded;
          const descriptionId = `lab-${lab.id}-description`;
          return (
            <li key={lab.id}>
              <button
                type="button"
                className="labs-card"
                aria-describedby={descriptionId}
                onClick={() => choose(loaded)}
              >
                <span className="labs-card-title">{lab.title[locale]}</span>
                <span className="labs-card-excerpt" id={descriptionId}>
                  {excerpt(lab, locale)}
                </span>
                <span className="labs-card-stats muted">
                  {lab.goals.length === 1
                    ? text.goalsCountOne
                    : format(text.goalsCount, { count: lab.goals.length })}
                  {lab.graphs.length > 1
                    ? ` · ${format(text.graphsCount, { count: lab.graphs.length })}`
                    : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={text.labFile}
        data-testid="lab-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          void onFile(file);
        }}
      />
      {error ? (
        <div className="labs-error" role="alert" id={errorId}>
          <strong>{format(text.cannotOpenLab, { name: error.name })}</strong>
          <p>{error.message[locale]}</p>
        </div>
      ) : null}
    </Dialog>
  );
}
