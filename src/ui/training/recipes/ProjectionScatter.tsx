/** The embeddings of the most frequent words in 2-D (PCA), each point with its word; click a word to look it up. */
import { useCallback, useMemo } from "react";
import { extentOf, nearestPoint } from "./plane";
import { type Place, paintDots, ScatterCanvas } from "./ScatterCanvas";

interface Props {
  readonly words: readonly string[];
  readonly points: Float32Array;
  readonly onPick: (word: string) => void;
  readonly label: string;
  readonly size?: number;
}

/** A click counts for a word within about this many pixels of its point. */
const HIT_PIXELS = 8;

export function ProjectionScatter({ words, points, onPick, label, size = 320 }: Props) {
  const extent = useMemo(() => extentOf(points), [points]);
  const paint = useCallback(
    (context: CanvasRenderingContext2D, place: Place) => {
      paintDots(context, place, points, () => "#4e79a7", 2);
      context.font = "10px system-ui, sans-serif";
      context.textBaseline = "middle";
      context.fillStyle = "#333";
      words.forEach((word, i) => {
        const [px, py] = place(points[2 * i]!, points[2 * i + 1]!);
        context.fillText(word, px + 3, py);
      });
    },
    [words, points],
  );
  const pick = (x: number, y: number) => {
    const radius =
      (HIT_PIXELS / size) * Math.max(extent.xMax - extent.xMin, extent.yMax - extent.yMin);
    const hit = nearestPoint(points, x, y, radius);
    if (hit !== null && words[hit] !== undefined) onPick(words[hit]);
  };
  return (
    <ScatterCanvas
      extent={extent}
      size={size}
      paint={paint}
      onPick={pick}
      label={label}
      testId="w2v-projection"
    />
  );
}
