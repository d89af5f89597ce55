/**
 * A tiny seeded random source for dataset generation. Math.random cannot be
 * seeded, and the same seed must give the same data in the browser, the
 * worker and Node (the curves of two runs with one seed must match).
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Whole number in [0, n). */
  int(n: number): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
}

/** mulberry32: 32 bits of state, fast, and good enough for synthetic data (not for cryptography). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  // Box–Muller yields normals in pairs; keep the second for the next call.
  let spare: number | null = null;
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (n) => Math.min(n - 1, Math.floor(next() * n)),
    normal: () => {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      const u = 1 - next(); // (0, 1]: log(0) would be -Infinity
      const v = next();
      const radius = Math.sqrt(-2 * Math.log(u));
      spare = radius * Math.sin(2 * Math.PI * v);
      return radius * Math.cos(2 * Math.PI * v);
    },
  };
}

/** Fisher–Yates shuffle of 0..n-1 in a seeded order. */
export function shuffledIndices(n: number, random: Random): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = order[i]!;
    order[i] = order[j]!;
    order[j] = tmp;
  }
  return order;
}

/** Different datasets (and the train and test parts of one) draw from unrelated streams of one seed. */
export function deriveSeed(seed: number, salt: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < salt.length; i++)
    hash = Math.imul(hash ^ salt.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** One of `items`, uniformly. */
export function pick<T>(items: readonly T[], random: Random): T {
  return items[random.int(items.length)]!;
}
