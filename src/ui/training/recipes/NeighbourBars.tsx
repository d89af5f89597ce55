/** Words with their cosine similarity as bars (nearest neighbours, analogy answers). */
import type { Neighbour } from "../../../training/recipeViews";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { wordText } from "./wordText";

interface Props {
  readonly neighbours: readonly Neighbour[];
  readonly label: string;
  readonly testId: string;
}

export function NeighbourBars({ neighbours, label, testId }: Props) {
  const text = useText(wordText);
  return (
    <ol className="neighbour-bars" aria-label={label} data-testid={testId}>
      {neighbours.map((n) => {
        const value = n.similarity.toFixed(3);
        return (
          <li key={n.word} data-word={n.word} data-similarity={n.similarity}>
            <span className="neighbour-word">{n.word}</span>
            <span className="neighbour-track" aria-hidden="true">
              <span
                className="neighbour-fill"
                style={{ width: `${Math.max(0, Math.min(1, n.similarity)) * 100}%` }}
              />
            </span>
            <span className="neighbour-value" title={format(text.similarity, { value })}>
              {value}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
