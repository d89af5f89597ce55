/** Running sums over an epoch's batches (means weighted by batch size, as Keras reports them) and the speed. */
export class EpochTally {
  private readonly sums: Float64Array;
  private samples = 0;

  constructor(metricCount: number) {
    this.sums = new Float64Array(1 + metricCount);
  }

  add(loss: number, metrics: readonly number[], batchSize: number): void {
    this.sums[0]! += loss * batchSize;
    metrics.forEach((m, i) => {
      this.sums[i + 1]! += m * batchSize;
    });
    this.samples += batchSize;
  }

  get loss(): number {
    return this.sums[0]! / Math.max(1, this.samples);
  }

  get metrics(): number[] {
    return Array.from(this.sums.subarray(1), (s) => s / Math.max(1, this.samples));
  }
}

/** Samples per second, smoothed over the last few dozen batches. */
export class Speedometer {
  private value = 0;

  add(samples: number, milliseconds: number): void {
    const instant = (samples * 1000) / Math.max(milliseconds, 1e-3);
    this.value = this.value === 0 ? instant : 0.9 * this.value + 0.1 * instant;
  }

  get samplesPerSecond(): number {
    return this.value;
  }
}
