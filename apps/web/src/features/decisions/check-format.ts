import type { DecisionCheckDto } from '@cm/contracts';

/** "actual ≥ required" in the check's own terms (a count must stay ≤ 0, a share is a percent). */
export function checkNumbers(check: Pick<DecisionCheckDto, 'code' | 'actual' | 'required'>): { actual: string; required: string } {
  const unit = check.code === 'SHARE_AT_STANDARD' ? '%' : '';
  const value = (n: number | null) => (n === null ? '—' : `${n}${unit}`);
  const comparator = check.code === 'NO_ITEM_FAR_BELOW_STANDARD' ? '≤' : '≥';
  return { actual: value(check.actual), required: check.required === null ? '—' : `${comparator} ${value(check.required)}` };
}
