import { scaledMarkCents } from '@cm/domain';
import type { CriterionScoreDto, RubricCriterionDto } from './api';

/** The form's values: one number per rubric criterion (by position), and the comment. */
export type RubricValues = Record<string, number | null | undefined> & { comment?: string };

/** Form field of the criterion at `index` (flat names keep antd's name paths simple). */
export const scoreField = (index: number): string => `score${index}`;

/** The request's scores, in rubric order (a blank counts as not scored and is left out). */
export function scoresFromValues(rubric: readonly RubricCriterionDto[], values: Partial<RubricValues>): CriterionScoreDto[] {
  return rubric.flatMap((c, index) => {
    const points = values[scoreField(index)];
    return typeof points === 'number' && Number.isFinite(points) ? [{ criterion: c.criterion, points }] : [];
  });
}

/** The item's mark as it stands: Σ points / Σ max × the item's points, blanks counted as 0;
 * the same rule (and rounding) the server applies. */
export function liveTotal(rubric: readonly RubricCriterionDto[], values: Partial<RubricValues>, itemPoints: number): { points: number; scored: number } {
  const scores = scoresFromValues(rubric, values);
  const cents = scaledMarkCents(rubric, scores, itemPoints);
  return { points: Math.round(cents) / 100, scored: scores.length };
}

/** API problem paths (`scores.1.points`, `comment`) → the form field that edits them; a
 * problem about the whole list (`scores`) fits no field and is shown apart. */
export function scoreErrorFields(rubric: readonly RubricCriterionDto[]): Record<string, string> {
  return Object.fromEntries([...rubric.map((_c, index) => [`scores.${index}`, scoreField(index)] as const), ['comment', 'comment'] as const]);
}

/** Characters as the candidate sees them (a surrogate pair counts once). */
export function charCount(text: string | null | undefined): number {
  return [...(text ?? '')].length;
}
