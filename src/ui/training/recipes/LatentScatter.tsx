/**
 * An autoencoder's latent space: validation codes coloured by label. A
 * click anywhere in the plane asks the decoder what lives there; the point
 * asked for is marked.
 */
import { useCallback, useMemo } from "react";
import { classColour } from "../preview/classColours";
import { extentOf } from "./plane";
import { type Place, paintDots, ScatterCanvas } from "./ScatterCanvas";

interface Props {
  /** count × 2 */
  readonly points: Float32Array;
  readonly labels: Int32Array;
  readonly marked: readonly [number, number] | null;
  readonly onPick: (x: number, y: number) => void;
  readonly label: string;
  readonly size?: number;
}

function paintCross(context: CanvasRenderingContext2D, px: number, py: number): void {
  context.strokeStyle = "#111";
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(px - 7, py);
  context.lineTo(px + 7, py);
  context.moveTo(px, py - 7);
  context.lineTo(px, py + 7);
  context.stroke();
}

export function LatentScatter({ points, labels, marked, onPick, label, size = 260 }: Props) {
  const extent = useMemo(() => extentOf(points), [points]);
  const paint = useCallback(
    (context: CanvasRenderingContext2D, place: Place) => {
      paintDots(context, place, points, (i) => classColour(labels[i] ?? 0));
      if (marked) paintCross(context, ...place(marked[0], marked[1]));
    },
    [points, labels, marked],
  );
  return (
    <ScatterCanvas
      extent={extent}
      size={size}
      paint={paint}
      onPick={onPick}
      label={label}
      testId="latent-scatter"
      className="latent-scatter"
    />
  );
}
