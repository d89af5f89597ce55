/**
 * Lets the message handler run between batches. Messages from the main
 * thread (pause, stop, step…) are macrotasks; an `await` on a resolved
 * promise only runs microtasks, so the loop yields a real macrotask now and
 * then. setTimeout(0) is clamped to 4 ms in browsers; a MessageChannel is not.
 */
export function nextMacrotask(): Promise<void> {
  if (typeof setImmediate === "function") return new Promise((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === "function")
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Yields at most every `everyMs` of busy time, so yielding costs nothing measurable. */
export class Yielder {
  private last: number;
  constructor(
    private readonly everyMs = 25,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now();
  }

  async maybeYield(): Promise<void> {
    if (this.now() - this.last < this.everyMs) return;
    await nextMacrotask();
    this.last = this.now();
  }
}
