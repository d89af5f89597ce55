/** The model's class probabilities for the drawing, as labelled meters. */
import { useText } from "../../i18n/catalog";
import { formatPercent } from "../formatRun";
import { useTrainingStore } from "../trainingStore";
import { evaluationText } from "./evaluationText";

/** Outputs that are not already a distribution (a linear last layer) go through a softmax. */
export function asProbabilities(outputs: Float32Array): number[] {
  const values = Array.from(outputs);
  const sum = values.reduce((a, b) => a + b, 0);
  if (values.every((v) => v >= 0 && v <= 1) && Math.abs(sum - 1) < 1e-3) return values;
  const max = Math.max(...values);
  const exps = values.map((v) => Math.exp(v - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function Probabilities() {
  const text = useText(evaluationText);
  const prediction = useTrainingStore((s) => s.prediction);
  const classNames = useTrainingStore((s) => s.info?.classNames ?? null);
  if (!prediction) return null;
  const probabilities = asProbabilities(prediction.outputs);
  const best = probabilities.indexOf(Math.max(...probabilities));
  return (
    <ul className="probabilities" aria-label={text.probabilities} data-testid="probabilities">
      {probabilities.map((p, i) => {
        const name = classNames?.[i] ?? String(i);
        return (
          <li key={name} className={i === best ? "best" : ""}>
            <span className="class-name">{name}</span>
            <meter min={0} max={1} value={p} aria-label={name} />
            <span>{formatPercent(p)}</span>
          </li>
        );
      })}
    </ul>
  );
}
