/** Validation samples by index: images when the dataset is one of images, else a list. */

import { SampleImage } from "../preview/SampleImage";
import type { Evaluation } from "../trainingStore";
import { imageShapeOf } from "./imageShape";

/** Without pictures, a list longer than this says nothing more. */
const LISTED = 12;

export interface GalleryItem {
  readonly index: number;
  readonly label: string;
}

interface Props {
  readonly evaluation: Evaluation;
  readonly items: readonly GalleryItem[];
  readonly label: string;
  readonly testId?: string;
}

export function SampleGallery({ evaluation, items, label, testId }: Props) {
  const shape = imageShapeOf(evaluation.sampleShape);
  const features = evaluation.features;
  if (!features || !shape)
    return (
      <ul className="sample-list" aria-label={label} data-testid={testId}>
        {items.slice(0, LISTED).map((item) => (
          <li key={item.index}>
            #{item.index}: {item.label}
          </li>
        ))}
      </ul>
    );
  return (
    <ul className="sample-grid plain-list" aria-label={label} data-testid={testId}>
      {items.map((item) => (
        <li key={item.index}>
          <SampleImage
            features={features}
            index={item.index}
            shape={shape}
            label={item.label}
            size={44}
          />
        </li>
      ))}
    </ul>
  );
}
