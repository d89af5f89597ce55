/** Per-class accuracy as labelled bars (a meter each, so assistive technology reads the value). */
import { useText } from "../../i18n/catalog";
import { formatPercent } from "../formatRun";
import type { Evaluation } from "../trainingStore";
import { evaluationText } from "./evaluationText";

export function ClassAccuracy({ evaluation }: { readonly evaluation: Evaluation }) {
  const text = useText(evaluationText);
  return (
    <section className="class-accuracy" aria-label={text.perClass}>
      <h4>{text.perClass}</h4>
      <ul>
        {evaluation.perClassAccuracy.map((accuracy, i) => {
          const name = evaluation.classNames[i] ?? String(i);
          return (
            <li key={name}>
              <span className="class-name">{name}</span>
              <meter min={0} max={1} value={accuracy} aria-label={name} />
              <span>{formatPercent(accuracy)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
