/** Loss and metrics of a whole split in inference mode, in chunks so that large splits fit in memory. */
import * as tf from "@tensorflow/tfjs";
import type { DeviceSplit } from "./deviceData";
import { batchObjective, type ObjectiveSpec } from "./objective";
import { totalLoss } from "./step";

export const EVALUATION_CHUNK = 256;

export interface SplitScores {
  readonly loss: number;
  readonly metrics: readonly number[];
}

export function scoreSplit(
  model: tf.LayersModel,
  data: DeviceSplit,
  objective: ObjectiveSpec,
  chunk = EVALUATION_CHUNK,
): SplitScores {
  const sums = new Float64Array(1 + objective.metrics.length);
  for (let start = 0; start < data.count; start += chunk) {
    const end = Math.min(data.count, start + chunk);
    const values = tf.tidy(() => {
      const { x, y } = data.slice(start, end);
      const output = model.apply(x, { training: false }) as tf.Tensor;
      const scored = batchObjective(objective, y, output);
      // Penalties count here too, so training and validation losses compare like for like.
      return tf.stack([totalLoss(model, scored.loss), ...scored.metrics]);
    });
    const read = values.dataSync();
    values.dispose();
    for (let i = 0; i < sums.length; i++) sums[i]! += read[i]! * (end - start);
  }
  const n = Math.max(1, data.count);
  return { loss: sums[0]! / n, metrics: Array.from(sums.subarray(1), (s) => s / n) };
}
