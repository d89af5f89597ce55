/**
 * Divergence that the loss's own clipping hides. Keras and tfjs clip
 * probabilities to [ε, 1 − ε] inside cross-entropy, so a network whose
 * softmax has saturated on wrong classes — what a far too high learning rate
 * does — reports a finite loss near −ln ε ≈ 16.1 instead of ∞, and its
 * gradients vanish: it will never recover, yet no NaN ever appears. A mean
 * cross-entropy above half that ceiling means the true class gets on average
 * a probability below e⁻⁸ ≈ 0.0003 — far worse than guessing — so several
 * such batches in a row are treated like an infinite loss.
 */
import type { LossName } from "../../graph/training/setup";

const CLIPPED_CROSS_ENTROPY_CEILING = -Math.log(1e-7);
const SATURATED_LOSS = CLIPPED_CROSS_ENTROPY_CEILING / 2;
/** Consecutive saturated batches before giving up: one bad batch can happen while recovering. */
const PATIENCE = 5;

const CLIPPED_LOSSES: ReadonlySet<LossName> = new Set([
  "categoricalCrossentropy",
  "sparseCategoricalCrossentropy",
  "binaryCrossentropy",
]);

export class DivergenceWatch {
  private saturatedInARow = 0;
  private readonly watching: boolean;

  constructor(loss: LossName) {
    this.watching = CLIPPED_LOSSES.has(loss);
  }

  /** Feeds one batch's (finite) loss; true once the run has diverged. */
  observe(loss: number): boolean {
    if (!this.watching) return false;
    this.saturatedInARow = loss >= SATURATED_LOSS ? this.saturatedInARow + 1 : 0;
    return this.saturatedInARow >= PATIENCE;
  }
}
