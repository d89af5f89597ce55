/** The evaluation: accuracy, confusion matrix with examples per cell, per-class accuracy, mistakes. */
import { useState } from "react";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { formatPercent } from "../formatRun";
import type { Evaluation } from "../trainingStore";
import { ClassAccuracy } from "./ClassAccuracy";
import { ConfusionMatrix } from "./ConfusionMatrix";
import { evaluationText } from "./evaluationText";
import { SampleGallery } from "./SampleGallery";

const MISTAKES_SHOWN = 48;

function overallAccuracy(evaluation: Evaluation): number {
  let correct = 0;
  let total = 0;
  evaluation.confusion.forEach((row, i) => {
    row.forEach((count, j) => {
      total += count;
      if (i === j) correct += count;
    });
  });
  return total > 0 ? correct / total : Number.NaN;
}

export function EvaluationResults({ evaluation }: { readonly evaluation: Evaluation }) {
  const text = useText(evaluationText);
  const [cell, setCell] = useState<[number, number] | null>(null);
  const names = evaluation.classNames;
  const nameOf = (i: number) => names[i] ?? String(i);
  const examples = cell ? (evaluation.cellExamples[cell[0]]?.[cell[1]] ?? []) : [];
  const cellLabel = cell
    ? format(text.cellExamples, { actual: nameOf(cell[0]), predicted: nameOf(cell[1]) })
    : "";
  return (
    <div className="evaluation-results">
      <p data-testid="evaluation-accuracy">
        <strong>
          {format(text.accuracy, { value: formatPercent(overallAccuracy(evaluation)) })}
        </strong>
      </p>
      <div className="evaluation-row">
        <div>
          <ConfusionMatrix evaluation={evaluation} chosen={cell} onChoose={setCell} />
          {cell ? (
            <section aria-label={cellLabel}>
              <h4>{cellLabel}</h4>
              {examples.length === 0 ? <p className="muted">{text.none}</p> : null}
              <SampleGallery
                evaluation={evaluation}
                items={examples.map((index) => ({
                  index,
                  label: `${nameOf(cell[0])} → ${nameOf(cell[1])}`,
                }))}
                label={cellLabel}
                testId="cell-examples"
              />
            </section>
          ) : null}
        </div>
        <ClassAccuracy evaluation={evaluation} />
      </div>
      <section aria-label={text.misclassified}>
        <h4>{text.misclassified}</h4>
        {evaluation.misclassified.length === 0 ? <p className="muted">{text.none}</p> : null}
        <SampleGallery
          evaluation={evaluation}
          items={evaluation.misclassified.slice(0, MISTAKES_SHOWN).map((m) => ({
            index: m.index,
            label: format(text.misclassifiedItem, {
              actual: nameOf(m.actual),
              predicted: nameOf(m.predicted),
              confidence: formatPercent(m.confidence),
            }),
          }))}
          label={text.misclassified}
        />
      </section>
    </div>
  );
}
