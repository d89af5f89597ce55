/**
 * One image sample drawn from typed arrays onto a canvas: greyscale or RGB,
 * channels last, values scaled from their own range (datasets may be in
 * [0, 1] or normalised).
 */
import { useEffect, useRef } from "react";

interface Props {
  readonly features: Float32Array;
  /** Index of the sample in `features`. */
  readonly index: number;
  /** [height, width, channels]. */
  readonly shape: readonly number[];
  readonly label: string;
  readonly size?: number;
}

export function SampleImage({ features, index, shape, label, size = 40 }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [height = 1, width = 1, channels = 1] = shape;
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const length = height * width * channels;
    const offset = index * length;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < length; i++) {
      const v = features[offset + i]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const span = max - min > 1e-12 ? max - min : 1;
    const image = context.createImageData(width, height);
    for (let p = 0; p < height * width; p++) {
      for (let c = 0; c < 3; c++) {
        const v = features[offset + p * channels + (channels === 3 ? c : 0)]!;
        image.data[p * 4 + c] = ((v - min) / span) * 255;
      }
      image.data[p * 4 + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }, [features, index, height, width, channels]);
  return (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      className="sample-image"
      style={{ width: size, height: size }}
      role="img"
      aria-label={label}
      title={label}
    />
  );
}
