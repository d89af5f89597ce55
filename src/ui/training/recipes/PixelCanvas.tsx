/** Pixels (draw.ts) on a canvas, scaled up crisply by CSS: sample grids, attention heads. */
import { useEffect, useRef } from "react";
import type { Pixels } from "./draw";

interface Props {
  readonly pixels: Pixels;
  /** CSS size of the whole canvas. */
  readonly width: number;
  readonly height: number;
  readonly label: string;
  readonly className: string;
  readonly testId?: string;
  /** More data-* attributes for tests (e.g. data-count). */
  readonly data?: Readonly<Record<`data-${string}`, string | number>>;
}

export function PixelCanvas({ pixels, width, height, label, className, testId, data }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const image = context.createImageData(pixels.width, pixels.height);
    image.data.set(pixels.data);
    context.putImageData(image, 0, 0);
  }, [pixels]);
  return (
    <canvas
      ref={canvas}
      width={pixels.width}
      height={pixels.height}
      className={className}
      style={{ width, height }}
      role="img"
      aria-label={label}
      title={label}
      data-testid={testId}
      {...data}
    />
  );
}
