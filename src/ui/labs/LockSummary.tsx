/**
 * What the lab locks, and what the student changed anyway. Edits the editor
 * refuses never show up here; a hand-edited file or a changed training
 * setting does — and is what `neurograph grade` reports too.
 */
import type { GraphDocument } from "../../graph";
import type { LockViolation } from "../../graph/lab";
import type { Lab } from "../../graph/lab/schema";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { labsText } from "./labsText";

interface Props {
  readonly lab: Lab;
  readonly document: GraphDocument;
  readonly violations: readonly LockViolation[];
}

export function LockSummary({ lab, document, violations }: Props) {
  const text = useText(labsText);
  const locale = useLocale();
  const nameOf = (id: string) => document.nodes.find((n) => n.id === id)?.label || id;
  const { nodes, params, training } = lab.locks;
  const trainingChanged = violations.some((v) => v.kind === "trainingChanged");
  if (nodes.length + params.length + training.length === 0 && violations.length === 0) return null;
  return (
    <section className="lab-locks">
      <h3>{text.locks}</h3>
      <ul className="lab-lock-list">
        {nodes.length > 0 ? (
          <li>{format(text.lockedLayers, { names: nodes.map(nameOf).join(", ") })}</li>
        ) : null}
        {params.length > 0 ? (
          <li>
            {format(text.lockedParams, {
              names: params.map((p) => `${nameOf(p.node)}.${p.param}`).join(", "),
            })}
          </li>
        ) : null}
        {training.length > 0 ? (
          <li>{format(text.lockedTraining, { names: training.join(", ") })}</li>
        ) : null}
      </ul>
      {trainingChanged ? (
        <p className="lab-warn" role="alert">
          {text.trainingChanged}
        </p>
      ) : null}
      {violations.length === 0 ? (
        <p className="muted lab-ok">{text.noViolations}</p>
      ) : (
        <ul className="lab-violations" aria-label={text.violations}>
          {violations.map((v, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: recomputed as a whole on every change
            <li key={i}>{v.message[locale]}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
