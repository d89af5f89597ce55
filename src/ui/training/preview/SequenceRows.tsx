/** The first few samples of a sequence or text dataset, as rows of numbers or words with their target. */
import type { LoadedDataset } from "../../../training/datasets/types";

const ROWS = 5;
const STEPS = 16;

function formatValue(value: number, vocabulary: readonly string[] | undefined): string {
  if (vocabulary) return vocabulary[value] ?? String(value);
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/**
 * One sample's steps as shown: one-hot steps ([steps, symbols]) as the index
 * of their symbol, one-feature steps as their value, token ids as words.
 */
function stepsOf(features: Float32Array, shape: readonly number[]): number[] {
  const width = shape.length === 2 ? shape[1]! : 1;
  if (width === 1) return Array.from(features);
  const steps: number[] = [];
  for (let s = 0; s * width < features.length; s++) {
    const row = features.subarray(s * width, (s + 1) * width);
    steps.push(row.indexOf(Math.max(...row)));
  }
  return steps;
}

export function SequenceRows({
  dataset,
  label,
}: {
  readonly dataset: LoadedDataset;
  readonly label: string;
}) {
  const { train, shapes, vocabulary } = dataset;
  const width = shapes.inputShape.reduce((a, b) => a * b, 1);
  const targetWidth = train.count > 0 ? train.labels.length / train.count : 1;
  const rows = Math.min(ROWS, train.count);
  return (
    <table className="sequence-rows" aria-label={label}>
      <tbody>
        {Array.from({ length: rows }, (_, i) => {
          const features = stepsOf(
            train.features.subarray(i * width, (i + 1) * width),
            shapes.inputShape,
          );
          // Padding (token 0) says nothing: leave it out of text rows.
          const shown = vocabulary ? features.filter((v) => v !== 0) : features;
          const inputText = shown
            .map((v) => formatValue(v, vocabulary))
            .join(vocabulary ? " " : ", ");
          const target = Array.from(train.labels.subarray(i * targetWidth, (i + 1) * targetWidth));
          const classNames = shapes.classNames;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by index
            <tr key={i}>
              <td className="sequence-input" title={inputText}>
                {shown
                  .slice(0, STEPS)
                  .map((v) => formatValue(v, vocabulary))
                  .join(vocabulary ? " " : ", ")}
                {shown.length > STEPS ? " …" : ""}
              </td>
              <td className="sequence-target">
                →{" "}
                {target
                  .slice(0, 8)
                  .map((v) =>
                    classNames ? (classNames[v] ?? String(v)) : formatValue(v, undefined),
                  )
                  .join(" ")}
                {target.length > 8 ? " …" : ""}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
