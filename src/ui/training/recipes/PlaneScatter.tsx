/**
 * A GAN on 2-D data: real points (grey) and generated points (orange) over
 * the discriminator's (or critic's) output as a heat map — where it says
 * "real" is bright, so one sees the generator chase the bright regions. A
 * conditional GAN's points take the colour of the class they were asked for.
 */
import { useCallback, useMemo } from "react";
import type { PlaneGrid } from "../../../training/recipeViews";
import { classColour } from "../preview/classColours";
import { type Pixels, paintPlane } from "./draw";
import { extentOf } from "./plane";
import { type Place, paintDots, ScatterCanvas } from "./ScatterCanvas";

interface Props {
  readonly real: Float32Array | undefined;
  readonly generated: Float32Array;
  /** cGAN: the class each generated point was asked for. */
  readonly generatedLabels?: Int32Array | undefined;
  readonly grid: PlaneGrid | undefined;
  /** D(x) is a probability (GAN, cGAN); a critic's score is not (WGAN). */
  readonly probability: boolean;
  readonly label: string;
  readonly size?: number;
}

export const REAL_COLOUR = "#6b7280";
export const GENERATED_COLOUR = "#f28e2b";

function paintBackground(context: CanvasRenderingContext2D, pixels: Pixels, size: number): void {
  const scratch = new OffscreenCanvas(pixels.width, pixels.height);
  const image = new ImageData(pixels.width, pixels.height);
  image.data.set(pixels.data);
  scratch.getContext("2d")!.putImageData(image, 0, 0);
  context.globalAlpha = 0.65;
  context.imageSmoothingEnabled = true;
  context.drawImage(scratch, 0, 0, size, size);
  context.globalAlpha = 1;
}

export function PlaneScatter({
  real,
  generated,
  generatedLabels,
  grid,
  probability,
  label,
  size = 260,
}: Props) {
  // The grid covers the data (the worker chose it); without one, the points decide.
  const extent = useMemo(
    () => grid ?? extentOf(real ?? new Float32Array(), generated),
    [grid, real, generated],
  );
  const paint = useCallback(
    (context: CanvasRenderingContext2D, place: Place) => {
      if (grid) paintBackground(context, paintPlane(grid, probability), size);
      if (real) paintDots(context, place, real, () => REAL_COLOUR);
      paintDots(context, place, generated, (i) =>
        generatedLabels ? classColour(generatedLabels[i] ?? 0) : GENERATED_COLOUR,
      );
    },
    [real, generated, generatedLabels, grid, probability, size],
  );
  return (
    <ScatterCanvas extent={extent} size={size} paint={paint} label={label} testId="gan-scatter" />
  );
}
