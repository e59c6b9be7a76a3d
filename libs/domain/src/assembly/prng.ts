/**
 * Seeded randomness for assembly (house rule 1: randomness is an argument). Everything random
 * about a paper — the jitter that makes candidates' papers differ, the option orders, the kicks
 * of the search — is derived from the paper's seed string, so the same blueprint version, bank
 * snapshot and seed always give the same paper (house rule 2).
 *
 * Per-item values are hashed from (seed, versionId) rather than drawn in bank order, so the
 * result does not depend on the order in which the bank snapshot was loaded.
 */

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, started from `basis` and finalised by fmix32. */
export function hashString(s: string, basis = 0): number {
  let h = (0x811c9dc5 ^ basis) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const TWO_POW_32 = 4294967296;

/** A uniform number in [0, 1) fixed by (seed hash, key): the per-candidate jitter of an item. */
export function keyedUnit(seedHash: number, key: string): number {
  return hashString(key, seedHash) / TWO_POW_32;
}

/** mulberry32: a small, fast generator with a 32-bit state; plenty for shuffles and kicks. */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_POW_32;
  };
}

/** A generator seeded from a string seed. */
export function createRng(seed: string): () => number {
  return mulberry32(hashString(seed));
}

/** An integer in [0, n) from a generator. */
export function nextInt(rng: () => number, n: number): number {
  return Math.floor(rng() * n);
}

/** Fisher–Yates on a copy: a uniformly random permutation, fixed by the generator. */
export function shuffled<T>(values: readonly T[], rng: () => number): T[] {
  const out = values.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = nextInt(rng, i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * The option order one candidate sees for one item: a permutation of its option keys fixed by
 * (seed, versionId), stored with the paper so grading can map displayed keys back.
 */
export function optionOrderFor(seed: string, versionId: string, optionKeys: readonly string[]): string[] {
  return shuffled(optionKeys, mulberry32(hashString(versionId, hashString(`options:${seed}`))));
}
