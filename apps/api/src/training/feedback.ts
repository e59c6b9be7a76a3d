import type { PracticeFeedbackDto } from '@cm/contracts';
import { scoreObjective, toDisplayKeys, toOriginalKeys, type ObjectiveKey } from '@cm/domain';

export interface KeyedVersion {
  id: string;
  type: string;
  answer: unknown;
  explanation: string | null;
  rubric: { criterion: string; maxPoints: number }[] | null;
}

export const isSubjective = (type: string) => type === 'short' || type === 'case';

/** Grades a response given in display keys with the one objective scorer (cents); subjective
 * items are not graded here. `correct` means full marks. */
export function gradeResponse(
  v: KeyedVersion,
  displayResponse: unknown,
  optionOrder: readonly string[] | undefined,
  maxCents: number,
  scoring: ObjectiveKey['scoring'] = 'all_or_nothing',
): { original: unknown; earnedCents: number | null; correct: boolean | null } {
  const original = toOriginalKeys(v.type, displayResponse, optionOrder);
  if (isSubjective(v.type)) return { original, earnedCents: null, correct: null };
  const blank = displayResponse === null || displayResponse === undefined;
  const earnedCents = blank ? 0 : scoreObjective({ type: v.type as ObjectiveKey['type'], answer: v.answer, scoring }, original, maxCents);
  return { original, earnedCents, correct: earnedCents === maxCents && maxCents > 0 };
}

/** What the candidate learns after answering: the key in the keys they saw, the explanation
 * and, for 简答/案例分析, the rubric to check themselves against. */
export function revealOf(v: KeyedVersion, optionOrder: readonly string[] | undefined): Pick<PracticeFeedbackDto, 'key' | 'explanation' | 'rubric'> {
  return {
    key: isSubjective(v.type) ? null : toDisplayKeys(v.type, v.answer, optionOrder),
    explanation: v.explanation,
    rubric: isSubjective(v.type) ? v.rubric : null,
  };
}
