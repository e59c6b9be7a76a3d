/**
 * The G4 objective, recomputed from a list of chosen versions (not from the engine's own
 * bookkeeping): Σ (exposure + jitter) + λ·|points-weighted mean difficulty − window midpoint|.
 *
 * The jitter is the engine's, reproduced exactly with the functions @cm/domain exports
 * (libs/domain/src/assembly/pool.ts: `keyedUnit(hashString(`jitter:${seed}`), versionId)`), so the
 * MIP baseline minimises the very objective the heuristic minimises.
 */
import { hashString, keyedUnit, type BankItem } from '@cm/domain';
import type { Instance } from './instance';

/** The per-candidate jitter of every item of the bank, in bank order. */
export function jitterFor(items: readonly BankItem[], seed: string): Float64Array {
  const seedHash = hashString(`jitter:${seed}`);
  return Float64Array.from(items, (item) => keyedUnit(seedHash, item.versionId));
}

export interface ObjectiveParts {
  exposure: number;
  jitter: number;
  /** λ·|mean − target| */
  penalty: number;
  mean: number;
  total: number;
}

/** The objective of a paper given as bank indices (`chosen`), with the jitter of its seed. */
export function objectiveOf(inst: Instance, chosen: readonly number[], jitter: Float64Array): ObjectiveParts {
  const pointsOf = new Map(inst.cells.map((c) => [`${c.areaId}\u0000${c.type}`, c.pointsEach]));
  let exposure = 0;
  let jit = 0;
  let weighted = 0;
  let total = 0;
  for (const i of chosen) {
    const item = inst.items[i]!;
    const p = pointsOf.get(`${item.areaId}\u0000${item.type}`);
    if (p === undefined) throw new Error(`item ${item.versionId} is in no cell`);
    exposure += item.exposure;
    jit += jitter[i]!;
    weighted += item.difficulty * p;
    total += p;
  }
  const w = inst.constraints.difficultyWindow;
  const mean = total > 0 ? weighted / total : 0;
  const penalty = w ? inst.lambda * Math.abs(mean - (w.min + w.max) / 2) : 0;
  return { exposure, jitter: jit, penalty, mean, total: exposure + jit + penalty };
}
