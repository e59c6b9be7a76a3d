/**
 * The hard constraints of a paper as numbers the search can compare cheaply: mix bounds in
 * cents of points, the window in cents × difficulty (Σ difficulty × cents of the paper).
 */
import { DEFAULT_MIX_TOLERANCE_PERCENT, DIFFICULTY_KEYS } from '../blueprint/blueprint.types';
import { REQUIREMENT_VALUES } from '../question';
import type { AssemblyConstraints } from './assembly.types';

/** The hard bounds in integer-friendly units: cents of points, and cents × difficulty. */
export interface Bounds {
  totalCents: number;
  /** per requirement / difficulty: lowest and highest points (cents); null = no mix */
  reqLo: Float64Array | null;
  reqHi: Float64Array | null;
  diffLo: Float64Array | null;
  diffHi: Float64Array | null;
  /** bounds on Σ difficulty × cents; null = no window */
  window: { lo: number; hi: number; target: number } | null;
  /** λ of the difficulty term of the objective */
  lambda: number;
}

/** Mix bounds in cents of points; the window in cents × difficulty. */
export function boundsFor(c: AssemblyConstraints, totalCents: number, lambda: number): Bounds {
  const tol = c.mixes?.tolerancePercent ?? DEFAULT_MIX_TOLERANCE_PERCENT;
  const range = (keys: readonly string[], mix: Partial<Record<string, number>> | undefined) => {
    if (!mix) return [null, null] as const;
    const lo = Float64Array.from(keys, (k) => ((mix[k] ?? 0) - tol) * totalCents / 100);
    const hi = Float64Array.from(keys, (k) => ((mix[k] ?? 0) + tol) * totalCents / 100);
    return [lo, hi] as const;
  };
  const [reqLo, reqHi] = range(REQUIREMENT_VALUES, c.mixes?.requirement);
  const [diffLo, diffHi] = range(DIFFICULTY_KEYS, c.mixes?.difficulty);
  const w = c.difficultyWindow;
  const window = w ? { lo: w.min * totalCents, hi: w.max * totalCents, target: (w.min + w.max) / 2 } : null;
  return { totalCents, reqLo, reqHi, diffLo, diffHi, window, lambda };
}

