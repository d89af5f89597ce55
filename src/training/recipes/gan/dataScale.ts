/**
 * The units the networks see. Image pixels lie in [0, 1]; a generator ending
 * in tanh makes values in [−1, 1], so real images are trained as 2x − 1 and
 * generated ones shown as (y + 1) / 2. Other data (2-D points) is trained
 * as it is. Pure.
 */
import type { LoadedDataset } from "../../datasets/types";

export interface DataScale {
  readonly images: boolean;
  /** Dataset units → network units, in place. */
  toNetwork(values: Float32Array): Float32Array;
  /** Network units → dataset units (images clipped to [0, 1]), in place. */
  toData(values: Float32Array): Float32Array;
}

const IDENTITY: DataScale = {
  images: false,
  toNetwork: (values) => values,
  toData: (values) => values,
};

const PIXELS: DataScale = {
  images: true,
  toNetwork: (values) => {
    for (let i = 0; i < values.length; i++) values[i] = 2 * values[i]! - 1;
    return values;
  },
  toData: (values) => {
    for (let i = 0; i < values.length; i++)
      values[i] = Math.min(1, Math.max(0, (values[i]! + 1) / 2));
    return values;
  },
};

/** Images are the datasets whose samples are height × width × channels. */
export function dataScaleOf(dataset: LoadedDataset): DataScale {
  return dataset.shapes.inputShape.length === 3 ? PIXELS : IDENTITY;
}
