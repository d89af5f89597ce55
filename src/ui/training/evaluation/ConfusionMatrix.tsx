/**
 * The confusion matrix as a table: rows are actual classes, columns
 * predicted; each cell's shade is its share of the row. Cells are buttons:
 * choosing one shows its example images below.
 */
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import type { Evaluation } from "../trainingStore";
import { evaluationText } from "./evaluationText";

interface Props {
  readonly evaluation: Evaluation;
  readonly chosen: readonly [number, number] | null;
  readonly onChoose: (cell: [number, number]) => void;
}

export function ConfusionMatrix({ evaluation, chosen, onChoose }: Props) {
  const text = useText(evaluationText);
  const names = evaluation.classNames;
  return (
    <table className="confusion" aria-label={text.confusion}>
      <caption>{text.confusion}</caption>
      <thead>
        <tr>
          <th scope="col">
            {text.actual} \ {text.predicted}
          </th>
          {names.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {evaluation.confusion.map((row, actual) => {
          const total = row.reduce((a, b) => a + b, 0) || 1;
          return (
            <tr key={names[actual] ?? actual}>
              <th scope="row">{names[actual] ?? actual}</th>
              {row.map((count, predicted) => {
                const share = count / total;
                const correct = actual === predicted;
                const isChosen = chosen?.[0] === actual && chosen[1] === predicted;
                return (
                  <td key={names[predicted] ?? predicted}>
                    <button
                      type="button"
                      className={`confusion-cell${correct ? " correct" : ""}`}
                      aria-pressed={isChosen}
                      aria-label={format(text.cell, {
                        count,
                        actual: names[actual] ?? actual,
                        predicted: names[predicted] ?? predicted,
                      })}
                      style={
                        {
                          "--share": share,
                          // Dark cells get light digits: readable at every shade.
                          color: share > 0.45 ? "#fff" : "var(--text)",
                        } as React.CSSProperties
                      }
                      onClick={() => onChoose([actual, predicted])}
                    >
                      {count}
                    </button>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
