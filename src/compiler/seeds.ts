/**
 * Deterministic seeds: every random initialiser gets a seed derived from the
 * compile seed, the node id and a slot name, so the same document and seed
 * give the same initial weights, and editing one node leaves others' alone.
 */
export function deriveSeed(seed: number, nodeId: string, slot: string): number {
  // FNV-1a over the text; Math.imul keeps it in 32 bits.
  let hash = 0x811c9dc5;
  const text = `${seed}\u0000${nodeId}\u0000${slot}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
