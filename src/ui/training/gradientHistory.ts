/**
 * Each layer's gradient norm over time, as rows ready for a recharts
 * LineChart ({ step, [nodeId]: norm }). Capped: when full, every other row
 * is dropped, so a long run keeps its whole history at a coarser grain.
 */
import type { LayerProbe } from "../../training/protocol";

export type GradientRow = { readonly step: number } & Readonly<Record<string, number>>;

export class GradientHistory {
  rows: GradientRow[] = [];
  readonly nodeIds = new Set<string>();
  /** Probes kept per stored row; doubles each time the history is thinned. */
  private every = 1;
  private seen = 0;

  constructor(readonly capacity = 400) {}

  add(step: number, layers: readonly LayerProbe[]): boolean {
    const row: Record<string, number> = { step };
    let any = false;
    for (const layer of layers) {
      // A zero norm cannot be drawn on a log scale; it is also what "vanished" looks like, so clamp it.
      if (layer.gradientNorm === undefined || !Number.isFinite(layer.gradientNorm)) continue;
      row[layer.nodeId] = Math.max(layer.gradientNorm, 1e-12);
      this.nodeIds.add(layer.nodeId);
      any = true;
    }
    if (!any) return false;
    this.seen++;
    if (this.seen % this.every !== 0) return false;
    // A new array each time: the chart redraws on a new reference.
    this.rows = [...this.rows, row as GradientRow];
    if (this.rows.length >= this.capacity) {
      this.rows = this.rows.filter((_, i) => i % 2 === 1);
      this.every *= 2;
    }
    return true;
  }
}
