/**
 * A deterministic synthetic bank for tests and timing: items spread over given areas and types,
 * with skewed difficulty and requirement distributions, exposures, a few enemy pairs (listed on
 * one side only, to exercise the symmetric reading) and a few items seen by the candidate.
 */
import type { QuestionTypeValue, RequirementValue } from '../question';
import type { BankItem } from './assembly.types';
import { createRng, nextInt } from './prng';

export interface SyntheticBankOptions {
  seed: string;
  areas: readonly string[];
  types: readonly QuestionTypeValue[];
  /** items per area × type */
  perCell: number;
  /** share of items naming one random enemy */
  enemyRate?: number;
  /** share of items the candidate saw */
  seenRate?: number;
  /** exposures drawn from 0..maxExposure */
  maxExposure?: number;
}

const REQ_WEIGHTS: Array<[RequirementValue, number]> = [['understand', 0.45], ['familiar', 0.35], ['master', 0.2]];
const DIFF_WEIGHTS: Array<[number, number]> = [[1, 0.1], [2, 0.25], [3, 0.35], [4, 0.2], [5, 0.1]];

function weighted<T>(rng: () => number, table: ReadonlyArray<[T, number]>): T {
  let x = rng();
  for (const [v, w] of table) {
    if ((x -= w) < 0) return v;
  }
  return table[table.length - 1][0];
}

export function syntheticBank(o: SyntheticBankOptions): BankItem[] {
  const rng = createRng(o.seed);
  const items: BankItem[] = [];
  let n = 0;
  for (const areaId of o.areas) {
    for (const type of o.types) {
      for (let i = 0; i < o.perCell; i++, n++) {
        const choice = type === 'single' || type === 'multiple';
        items.push({
          versionId: `v${n}`,
          questionId: `q${n}`,
          areaId,
          type,
          difficulty: weighted(rng, DIFF_WEIGHTS),
          requirement: weighted(rng, REQ_WEIGHTS),
          exposure: nextInt(rng, (o.maxExposure ?? 20) + 1),
          seenByCandidate: rng() < (o.seenRate ?? 0),
          enemyIds: [],
          ...(choice ? { optionKeys: type === 'single' ? ['A', 'B', 'C', 'D'] : ['A', 'B', 'C', 'D', 'E'] } : {}),
        });
      }
    }
  }
  const rate = o.enemyRate ?? 0;
  for (const item of items) {
    if (rng() < rate) {
      const other = items[nextInt(rng, items.length)];
      if (other.questionId !== item.questionId) (item.enemyIds as string[]).push(other.questionId);
    }
  }
  return items;
}
