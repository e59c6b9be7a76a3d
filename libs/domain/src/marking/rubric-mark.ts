/** Marks of short/case answers: a rubric scored per criterion, scaled linearly to the item's
 * points; double marking resolved by the mean within a threshold, else by an arbiter. */

export interface RubricCriterion {
  criterion: string;
  maxPoints: number;
}

export interface CriterionScore {
  criterion: string;
  points: number;
}

export interface MarkProblem {
  path: string;
  code: 'CRITERION_UNKNOWN' | 'CRITERION_DUPLICATE' | 'CRITERION_MISSING' | 'POINTS_NEGATIVE' | 'POINTS_ABOVE_MAX' | 'POINTS_PRECISION';
  message: string;
}

/** The criteria a marker scores: the question's rubric, or one "总分" criterion worth the
 * item's points when the question has no rubric. */
export function effectiveRubric(rubric: readonly RubricCriterion[] | null | undefined, itemPoints: number): RubricCriterion[] {
  const usable = (rubric ?? []).filter((c) => c.maxPoints > 0);
  return usable.length > 0 ? usable.map((c) => ({ criterion: c.criterion, maxPoints: c.maxPoints })) : [{ criterion: '总分', maxPoints: itemPoints }];
}

const hasAtMostTwoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-9;

/** Every problem of a marker's scores against the rubric (empty when valid). */
export function checkCriterionScores(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[]): MarkProblem[] {
  const problems: MarkProblem[] = [];
  const max = new Map(rubric.map((c) => [c.criterion, c.maxPoints]));
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    const path = `scores.${i}.points`;
    if (!max.has(s.criterion)) {
      problems.push({ path: `scores.${i}.criterion`, code: 'CRITERION_UNKNOWN', message: `评分项“${s.criterion}”不在评分标准中` });
      return;
    }
    if (seen.has(s.criterion)) problems.push({ path: `scores.${i}.criterion`, code: 'CRITERION_DUPLICATE', message: `评分项“${s.criterion}”重复打分` });
    seen.add(s.criterion);
    if (s.points < 0) problems.push({ path, code: 'POINTS_NEGATIVE', message: '得分不能为负' });
    else if (s.points > max.get(s.criterion)!) problems.push({ path, code: 'POINTS_ABOVE_MAX', message: `“${s.criterion}”最高 ${max.get(s.criterion)} 分` });
    if (!hasAtMostTwoDecimals(s.points)) problems.push({ path, code: 'POINTS_PRECISION', message: '得分最多保留两位小数' });
  });
  rubric.forEach((c) => {
    if (!seen.has(c.criterion)) problems.push({ path: 'scores', code: 'CRITERION_MISSING', message: `评分项“${c.criterion}”尚未打分` });
  });
  return problems;
}

/** The item's mark in cents: Σ points / Σ max × item points. Kept exact to 1/10,000 cent
 * (a rubric of 3 points scaled to 10 is not a whole number of cents). */
export function scaledMarkCents(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[], itemPoints: number): number {
  const maxSum = rubric.reduce((t, c) => t + Math.round(c.maxPoints * 100), 0);
  const got = scores.reduce((t, s) => t + Math.round(s.points * 100), 0);
  if (maxSum <= 0) return 0;
  return Math.round((got * Math.round(itemPoints * 100) * 10000) / maxSum) / 10000;
}

export type ItemMarkState =
  | { kind: 'final'; cents: number; rule: 'single' | 'mean' | 'arbiter' }
  | { kind: 'waiting' }
  | { kind: 'needs_arbiter'; differenceCents: number; thresholdCents: number };

/** Resolves an item's mark from its marking rounds (cents of the done rounds by round
 * number). Double marking: the mean when the two differ by no more than the threshold
 * (percent of the item's points), else the arbiter's (round 3) mark. */
export function resolveItemMark(input: { double: boolean; thresholdPercent: number; maxCents: number; rounds: ReadonlyMap<number, number | null> }): ItemMarkState {
  const r1 = input.rounds.get(1) ?? null;
  if (!input.double) return r1 === null ? { kind: 'waiting' } : { kind: 'final', cents: r1, rule: 'single' };
  const r2 = input.rounds.get(2) ?? null;
  if (r1 === null || r2 === null) return { kind: 'waiting' };
  const differenceCents = Math.abs(r1 - r2);
  const thresholdCents = (input.maxCents * input.thresholdPercent) / 100;
  if (differenceCents <= thresholdCents + 1e-9) return { kind: 'final', cents: (r1 + r2) / 2, rule: 'mean' };
  if (!input.rounds.has(3)) return { kind: 'needs_arbiter', differenceCents, thresholdCents };
  const r3 = input.rounds.get(3) ?? null;
  return r3 === null ? { kind: 'waiting' } : { kind: 'final', cents: r3, rule: 'arbiter' };
}
