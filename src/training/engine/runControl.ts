/**
 * The controls of a run as a small state machine: Pause and Resume, Step
 * (exactly one batch, then paused — or, while running, pause after the batch
 * under way) and Stop. The loop asks `nextBatch()` before every batch and
 * waits there while paused; controls only ever take effect between batches.
 */
import type { RunStatus } from "../protocol";

/** How the next batch runs: normally, as a manual Step, or not at all. */
export type BatchTurn = "run" | "step" | "stop";

export class RunControl {
  private state: RunStatus = "idle";
  private stopRequested = false;
  /** Batches to run while paused (Step). */
  private pendingSteps = 0;
  /** Step pressed while running: pause after the batch under way. */
  private pauseAfterBatch = false;
  private wake: (() => void) | null = null;

  constructor(private readonly onChange: (status: RunStatus) => void) {}

  get status(): RunStatus {
    return this.state;
  }

  get stopping(): boolean {
    return this.stopRequested;
  }

  get over(): boolean {
    return this.state === "finished" || this.state === "stopped" || this.state === "failed";
  }

  begin(paused: boolean): void {
    this.set(paused ? "paused" : "running");
  }

  /** Waits while paused; then says how the next batch runs. */
  async nextBatch(): Promise<BatchTurn> {
    while (this.state === "paused" && this.pendingSteps === 0 && !this.stopRequested)
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    if (this.stopRequested) return "stop";
    if (this.state !== "paused") return "run";
    this.pendingSteps--;
    return "step";
  }

  /** After each batch: pauses when it was a Step (or one was asked for while running); true when it did. */
  batchDone(turn: BatchTurn): boolean {
    if (turn !== "step" && !this.pauseAfterBatch) return false;
    this.pauseAfterBatch = false;
    this.set("paused");
    return true;
  }

  /** The run has ended; the trainer reports the final status itself (after any failure). */
  end(status: "finished" | "stopped" | "failed"): void {
    this.state = status;
    this.wakeUp();
  }

  pause(): void {
    if (this.state === "running") this.set("paused");
  }

  resume(): void {
    if (this.state !== "paused") return;
    this.pauseAfterBatch = false;
    this.set("running");
    this.wakeUp();
  }

  step(): void {
    if (this.state === "paused") {
      this.pendingSteps = 1;
      this.wakeUp();
    } else if (this.state === "running") this.pauseAfterBatch = true;
  }

  stop(): void {
    if (this.over) return;
    this.stopRequested = true;
    this.wakeUp();
  }

  private set(status: RunStatus): void {
    if (this.state === status) return;
    this.state = status;
    this.onChange(status);
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
