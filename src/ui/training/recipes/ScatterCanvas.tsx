/**
 * A square canvas showing data coordinates (plane.ts): the scatters of the
 * recipe panels draw on it through `paint`, and a click reports the data
 * point under the pointer, whatever size CSS shows the canvas at.
 */
import { type MouseEvent, useEffect, useRef } from "react";
import { type Extent, fromCanvas, toCanvas } from "./plane";

export type Place = (x: number, y: number) => [number, number];

interface Props {
  readonly extent: Extent;
  readonly size: number;
  /** Draws the picture; `place` turns data coordinates into canvas pixels. Memoise it: it redraws when it changes. */
  readonly paint: (context: CanvasRenderingContext2D, place: Place) => void;
  readonly onPick?: (x: number, y: number) => void;
  readonly label: string;
  readonly testId: string;
  readonly className?: string;
}

/** The data point under a click, for a canvas drawn `size` wide but shown at any CSS size. */
export function pointUnder(
  extent: Extent,
  size: number,
  rect: { left: number; top: number; width: number; height: number },
  clientX: number,
  clientY: number,
): [number, number] {
  const px = ((clientX - rect.left) / rect.width) * size;
  const py = ((clientY - rect.top) / rect.height) * size;
  return fromCanvas(extent, size, px, py);
}

/** Round markers with a thin outline, for points of `points` (x, y interleaved). */
export function paintDots(
  context: CanvasRenderingContext2D,
  place: Place,
  points: ArrayLike<number>,
  colour: (i: number) => string,
  radius = 2.2,
): void {
  context.strokeStyle = "rgb(255 255 255 / 80%)";
  context.lineWidth = 0.6;
  for (let i = 0; 2 * i + 1 < points.length; i++) {
    const [px, py] = place(points[2 * i]!, points[2 * i + 1]!);
    context.fillStyle = colour(i);
    context.beginPath();
    context.arc(px, py, radius, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  }
}

export function ScatterCanvas({ extent, size, paint, onPick, label, testId, className }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    context.clearRect(0, 0, size, size);
    paint(context, (x, y) => toCanvas(extent, size, x, y));
  }, [extent, size, paint]);
  const onClick = onPick
    ? (event: MouseEvent<HTMLCanvasElement>) => {
        const rect = event.currentTarget.getBoundingClientRect();
        onPick(...pointUnder(extent, size, rect, event.clientX, event.clientY));
      }
    : undefined;
  return (
    <canvas
      ref={canvas}
      width={size}
      height={size}
      className={`scatter-plot${className ? ` ${className}` : ""}`}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-x-min={extent.xMin}
      data-x-max={extent.xMax}
      data-y-min={extent.yMin}
      data-y-max={extent.yMax}
      onClick={onClick}
    />
  );
}
