/**
 * Collects per-batch and per-epoch points and hands them out at most every
 * `intervalMs` (about ten messages a second), so charts never slow training:
 * a point is sent at once when the last message is old enough, otherwise a
 * timer sends the pending ones when the interval is up. Pause, stop and the
 * end of the run flush at once.
 */
import type { BatchPoint, EpochPoint } from "../protocol";

export interface ProgressBatch {
  readonly batches: readonly BatchPoint[];
  readonly epochs: readonly EpochPoint[];
}

export class ProgressBatcher {
  private batches: BatchPoint[] = [];
  private epochs: EpochPoint[] = [];
  private lastFlush = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: (batch: ProgressBatch) => void,
    private readonly intervalMs = 100,
    private readonly now: () => number = () => performance.now(),
  ) {}

  addBatch(point: BatchPoint): void {
    this.batches.push(point);
    this.flushIfDue();
  }

  addEpoch(point: EpochPoint): void {
    this.epochs.push(point);
    this.flushIfDue();
  }

  /** Sends whatever is pending now (also when nothing is: the status may have changed). */
  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.lastFlush = this.now();
    const batch = { batches: this.batches, epochs: this.epochs };
    this.batches = [];
    this.epochs = [];
    this.send(batch);
  }

  /** Sends the pending points now, if there are any. */
  flushPending(): void {
    if (this.batches.length > 0 || this.epochs.length > 0) this.flush();
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private flushIfDue(): void {
    const wait = this.lastFlush + this.intervalMs - this.now();
    if (wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait);
  }
}
