/**
 * Tensor shapes as tfjs reports them: index 0 is the batch dimension (always
 * `null`), and any other dimension may be `null` when it is only known at run
 * time (e.g. a variable sequence length).
 */
export type Dim = number | null;
export type Shape = readonly Dim[];

export type DType = "float32" | "int32";

/** `[?, 28, 28, 1]` — the notation the canvas uses on edges and in messages. */
export function formatShape(shape: Shape): string {
  return `[${shape.map((d) => (d === null ? "?" : String(d))).join(", ")}]`;
}

/** Like formatShape but spells the batch dimension out, for error messages. */
export function describeShape(shape: Shape): string {
  return `[${shape.map((d, i) => (i === 0 ? "batch" : d === null ? "?" : String(d))).join(", ")}]`;
}

export function isFullyDefined(dims: readonly Dim[]): dims is readonly number[] {
  return dims.every((d) => d !== null);
}

/** Product of known dims, or null when any is unknown. */
export function product(dims: readonly Dim[]): number | null {
  let p = 1;
  for (const d of dims) {
    if (d === null) return null;
    p *= d;
  }
  return p;
}

/** Elements per sample (everything but the batch dimension), or null when unknown. */
export function elementsPerSample(shape: Shape): number | null {
  return product(shape.slice(1));
}

export function shapesEqual(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Resolve a possibly negative axis against a rank, tfjs-style; null when out of range. */
export function normalizeAxis(axis: number, rank: number): number | null {
  const resolved = axis < 0 ? rank + axis : axis;
  return resolved >= 0 && resolved < rank ? resolved : null;
}
