/**
 * From a blueprint to the constraints of assembly. The exposure cap of a blueprint is a percent
 * of the papers of a session ("an item on at most 20 % of the papers"); assembly works with a
 * count, so the caller says how many papers the session plans, and passes as each item's
 * `exposure` its uses in that session when a cap is set.
 */
import type { Blueprint } from '../blueprint/blueprint.types';
import type { AssemblyConstraints } from './assembly.types';

/** Items used on `cap` or more papers are excluded; at least 1 so a tiny session can start. */
export function exposureCapFor(percent: number, plannedPapers: number): number {
  return Math.max(1, Math.floor((percent * plannedPapers) / 100));
}

export function constraintsFromBlueprint(
  bp: Pick<Blueprint, 'requirementMix' | 'difficultyMix' | 'mixTolerancePercent' | 'difficultyWindow' | 'exposureCapPercent'>,
  plannedPapers?: number,
): AssemblyConstraints {
  const out: AssemblyConstraints = {};
  if (bp.requirementMix || bp.difficultyMix) {
    out.mixes = { requirement: bp.requirementMix, difficulty: bp.difficultyMix, tolerancePercent: bp.mixTolerancePercent };
  }
  if (bp.difficultyWindow) out.difficultyWindow = { ...bp.difficultyWindow };
  if (bp.exposureCapPercent !== undefined && plannedPapers !== undefined) out.exposureCap = exposureCapFor(bp.exposureCapPercent, plannedPapers);
  return out;
}
