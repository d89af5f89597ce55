/** Samples of a SampleSet tiled on one canvas (generated digits, reconstructions, an adversarial image). */
import { useMemo } from "react";
import type { SampleSet } from "../../../training/recipeViews";
import { allIndices, tileSamples } from "./draw";
import { PixelCanvas } from "./PixelCanvas";

interface Props {
  readonly set: SampleSet;
  /** Which samples, in order (default: all). */
  readonly indices?: readonly number[];
  readonly columns: number;
  /** CSS pixels per image pixel. */
  readonly scale?: number;
  readonly label: string;
  readonly testId?: string;
}

export function SampleTiles({ set, indices, columns, scale = 2, label, testId }: Props) {
  const key = indices?.join(",") ?? "all";
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `indices` (a new array each render)
  const shown = useMemo(() => indices ?? allIndices(set), [set, key]);
  const pixels = useMemo(() => tileSamples(set, shown, columns), [set, shown, columns]);
  if (!pixels) return null;
  return (
    <PixelCanvas
      pixels={pixels}
      width={pixels.width * scale}
      height={pixels.height * scale}
      label={label}
      className="sample-tiles"
      testId={testId}
      data={{ "data-count": shown.length }}
    />
  );
}
