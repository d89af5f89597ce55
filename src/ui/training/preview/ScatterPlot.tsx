/**
 * 2-D data as a scatter plot on a canvas, coloured by class; behind the
 * points, when given, the model's decision boundary as a heat map (each grid
 * cell in its predicted class's colour, fainter where the model is unsure).
 * One-feature regression data plots feature against target instead.
 */
import { useEffect, useRef } from "react";
import type { Boundary } from "../trainingStore";
import { CLASS_RGB, classColour } from "./classColours";

export interface ScatterData {
  readonly features: Float32Array;
  readonly labels: Float32Array;
  readonly count: number;
  /** Features per sample: 2 for the toys, 1 for a regression curve. */
  readonly width: number;
  readonly regression: boolean;
}

interface Props {
  readonly data: ScatterData;
  readonly boundary?: Boundary | null;
  readonly label: string;
  readonly size?: number;
}

interface Extent {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

function pointAt(data: ScatterData, i: number): [number, number] {
  return data.width >= 2
    ? [data.features[i * data.width]!, data.features[i * data.width + 1]!]
    : [data.features[i]!, data.labels[i]!];
}

function extentOf(data: ScatterData): Extent {
  let xMin = Number.POSITIVE_INFINITY;
  let xMax = Number.NEGATIVE_INFINITY;
  let yMin = Number.POSITIVE_INFINITY;
  let yMax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < data.count; i++) {
    const [x, y] = pointAt(data, i);
    xMin = Math.min(xMin, x);
    xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y);
    yMax = Math.max(yMax, y);
  }
  const padX = (xMax - xMin) * 0.05 || 1;
  const padY = (yMax - yMin) * 0.05 || 1;
  return { xMin: xMin - padX, xMax: xMax + padX, yMin: yMin - padY, yMax: yMax + padY };
}

function paintBoundary(context: CanvasRenderingContext2D, boundary: Boundary, size: number) {
  const n = boundary.resolution;
  const image = context.createImageData(n, n);
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++) {
      // Rows run from yMin upwards; the canvas runs downwards.
      const source = row * n + col;
      const target = ((n - 1 - row) * n + col) * 4;
      const rgb = CLASS_RGB[Math.round(boundary.predicted[source]!) % CLASS_RGB.length] ?? [
        128, 128, 128,
      ];
      const confidence = boundary.confidence[source] ?? 1;
      image.data[target] = rgb[0];
      image.data[target + 1] = rgb[1];
      image.data[target + 2] = rgb[2];
      image.data[target + 3] = 40 + 110 * Math.min(1, Math.max(0, confidence));
    }
  const scratch = new OffscreenCanvas(n, n);
  scratch.getContext("2d")!.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = true;
  context.drawImage(scratch, 0, 0, size, size);
}

export function ScatterPlot({ data, boundary, label, size = 220 }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    context.clearRect(0, 0, size, size);
    const extent: Extent = boundary ?? extentOf(data);
    if (boundary) paintBoundary(context, boundary, size);
    const toX = (x: number) => ((x - extent.xMin) / (extent.xMax - extent.xMin)) * size;
    const toY = (y: number) => size - ((y - extent.yMin) / (extent.yMax - extent.yMin)) * size;
    const shown = Math.min(data.count, 4000);
    for (let i = 0; i < shown; i++) {
      const [x, y] = pointAt(data, i);
      context.fillStyle = data.regression ? "#4e79a7" : classColour(data.labels[i]!);
      context.beginPath();
      context.arc(toX(x), toY(y), 2.4, 0, 2 * Math.PI);
      context.fill();
      context.strokeStyle = "rgb(255 255 255 / 70%)";
      context.lineWidth = 0.6;
      context.stroke();
    }
  }, [data, boundary, size]);
  return (
    <canvas
      ref={canvas}
      width={size}
      height={size}
      className="scatter-plot"
      role="img"
      aria-label={label}
    />
  );
}
