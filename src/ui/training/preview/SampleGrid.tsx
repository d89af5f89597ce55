/** The first samples of an image dataset, each with its class name. */
import type { LoadedDataset } from "../../../training/datasets/types";
import { SampleImage } from "./SampleImage";

const SHOWN = 24;

export function SampleGrid({
  dataset,
  label,
}: {
  readonly dataset: LoadedDataset;
  readonly label: string;
}) {
  const { train, shapes } = dataset;
  const count = Math.min(SHOWN, train.count);
  const names = shapes.classNames;
  return (
    <figure className="sample-grid" aria-label={label}>
      {Array.from({ length: count }, (_, i) => {
        const cls = train.labels[i]!;
        const name = names?.[cls] ?? String(cls);
        return (
          <SampleImage
            // biome-ignore lint/suspicious/noArrayIndexKey: samples are fixed by index
            key={i}
            features={train.features}
            index={i}
            shape={shapes.inputShape}
            label={name}
          />
        );
      })}
    </figure>
  );
}
