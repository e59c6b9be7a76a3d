import type { AssemblyConstraints, BankItem, Blueprint } from '@cm/domain';
import type { BankRow } from './exam-bank';

export function toBankItems(rows: BankRow[], seen: ReadonlySet<string> = new Set()): BankItem[] {
  return rows.map((r) => ({
    versionId: r.version_id,
    questionId: r.question_id,
    areaId: r.area_id,
    type: r.type,
    difficulty: r.difficulty,
    requirement: r.requirement,
    exposure: Number(r.exposure),
    seenByCandidate: seen.has(r.question_id),
    enemyIds: r.enemy_ids ?? [],
    ...(r.option_keys ? { optionKeys: r.option_keys } : {}),
  })) as BankItem[];
}

/** The paper-level constraints of a blueprint (mixes, window); the exposure cap is per session. */
export function constraintsOf(bp: Blueprint): AssemblyConstraints {
  return {
    mixes: { requirement: bp.requirementMix, difficulty: bp.difficultyMix, tolerancePercent: bp.mixTolerancePercent },
    ...(bp.difficultyWindow ? { difficultyWindow: bp.difficultyWindow } : {}),
  };
}
