import type { AnalysedAttempt, AnalysedItem } from './analysis.types';
import { analyseSession } from './analyse-session';
import { authoredChoice, isDichotomous } from './choice';
import { analyseItems } from './item-analysis';
import { formReliability } from './reliability';

/** Right/wrong matrix → attempts with 1-point items (100 cents). */
function attemptsOf(rows: Record<string, number[]>, formId = 'A'): AnalysedAttempt[] {
  return Object.entries(rows).map(([attemptId, xs]) => ({
    attemptId,
    formId,
    responses: xs.map((x, j) => ({ key: `i${j + 1}`, maxCents: 100, earnedCents: x * 100 })),
  }));
}
const rightWrong = (k: number): AnalysedItem[] => Array.from({ length: k }, (_, j) => ({ key: `i${j + 1}`, type: 'single', dichotomous: true }));

// Ten candidates, six right/wrong items. Totals 5,4,4,3,3,3,2,1,1,1: the upper 27 % group
// (round(2.7) = 3) is c0–c2, the lower c7–c9, with no tie across either boundary.
const TEN: Record<string, number[]> = {
  c0: [1, 1, 1, 1, 1, 0],
  c1: [1, 1, 1, 1, 0, 0],
  c2: [1, 1, 1, 0, 1, 0],
  c3: [1, 1, 0, 1, 0, 0],
  c4: [1, 1, 0, 0, 0, 1],
  c5: [1, 0, 1, 0, 0, 1],
  c6: [1, 0, 0, 1, 0, 0],
  c7: [0, 1, 0, 0, 0, 0],
  c8: [1, 0, 0, 0, 0, 0],
  c9: [0, 0, 0, 0, 0, 1],
};

describe('classical item analysis (hand-computed values)', () => {
  const result = analyseItems(rightWrong(6), attemptsOf(TEN), { minN: 10 });
  const item = (k: string) => result.find((r) => r.key === k)!;

  it('facility p is the proportion right', () => {
    expect(result.map((r) => r.facility)).toEqual([0.8, 0.6, 0.4, 0.4, 0.2, 0.3]);
    expect(result.every((r) => r.n === 10)).toBe(true);
  });

  it('point-biserial correlates the item with the rest score (item left out)', () => {
    // item 5: x̄ = 0.2, rest = total − item; Σdxdy = 2.0, Σdx² = 1.6, Σdy² = 12.5 → 2/√20
    expect(item('i5').pointBiserial).toBeCloseTo(2 / Math.sqrt(20), 10); // 0.447214
    // item 6 (answered right by weak candidates): Σdxdy = −3.2, Σdx² = 2.1, Σdy² = 22.4
    expect(item('i6').pointBiserial).toBeCloseTo(-3.2 / Math.sqrt(2.1 * 22.4), 10); // −0.466569
    // item 1: Σdxdy = 1.8, Σdx² = 1.6, Σdy² = 12.9
    expect(item('i1').pointBiserial).toBeCloseTo(1.8 / Math.sqrt(1.6 * 12.9), 10); // 0.396203
  });

  it('upper–lower 27 % discrimination D = p(upper) − p(lower)', () => {
    expect(item('i1').groupSize).toBe(3);
    expect(item('i1').upperFacility).toBeCloseTo(1, 10);
    expect(item('i1').lowerFacility).toBeCloseTo(1 / 3, 10); // c8 right, c7 and c9 wrong
    expect(item('i1').discrimination).toBeCloseTo(2 / 3, 10);
    expect(item('i3').discrimination).toBeCloseTo(1, 10);
    expect(item('i6').discrimination).toBeCloseTo(-1 / 3, 10);
  });

  it('flags negative discrimination once n ≥ minN, and p outside (0.2, 0.95)', () => {
    expect(item('i6').flags).toEqual(['negative_discrimination']);
    expect(item('i5').flags).toEqual([]); // p = 0.2 exactly is not below 0.2
    expect(result.filter((r) => r.key !== 'i6').every((r) => r.flags.length === 0)).toBe(true);
    const few = analyseItems(rightWrong(6), attemptsOf(TEN)); // default minimum N = 20
    expect(few.every((r) => r.belowMinN && r.flags.length === 0)).toBe(true);
    const easyHard = attemptsOf(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`s${String(i).padStart(2, '0')}`, [1, i % 2 === 1 && i < 6 ? 1 : 0, i % 2]])));
    const flagged = analyseItems(rightWrong(3), easyHard);
    expect(flagged.map((r) => r.flags)).toEqual([['too_easy'], ['too_hard'], []]);
  });

  it('KR-20 of a fixed form: k/(k−1)·(1 − Σpq/σ²)', () => {
    // Σpq = .16 + .24 + .24 + .24 + .16 + .21 = 1.25; totals mean 2.7, σ² = 1.81
    // KR-20 = 6/5 · (1 − 1.25/1.81) = 0.672/1.81 = 0.371271
    const session = analyseSession('fixed', rightWrong(6), attemptsOf(TEN));
    expect(session.reliability).toHaveLength(1);
    const [r] = session.reliability;
    expect(r).toMatchObject({ formId: 'A', method: 'kr20', k: 6, n: 10 });
    expect(r!.value).toBeCloseTo(0.672 / 1.81, 10);
    expect(r!.meanPoints).toBeCloseTo(2.7, 10);
    expect(r!.sdPoints).toBeCloseTo(Math.sqrt(1.81), 10);
    expect(r!.sem).toBeCloseTo(Math.sqrt(1.81) * Math.sqrt(1 - 0.672 / 1.81), 10);
  });

  it('KR-20 on the classic 5 × 4 example is 8/17', () => {
    // p = .8, .6, .4, .4 → Σpq = 0.88; totals 4,3,2,1,1 → σ² = 1.36; 4/3 · (1 − .88/1.36) = 8/17
    const rows = { s1: [1, 1, 1, 1], s2: [1, 1, 1, 0], s3: [1, 1, 0, 0], s4: [1, 0, 0, 0], s5: [0, 0, 0, 1] };
    const kr20 = formReliability('A', new Map(rightWrong(4).map((i) => [i.key, i])), attemptsOf(rows));
    expect(kr20.value).toBeCloseTo(8 / 17, 12);
    // Coefficient alpha on the same 0/1 scores is the same number (KR-20 is its special case).
    const asPoints = formReliability('A', new Map(rightWrong(4).map((i) => [i.key, { ...i, dichotomous: false }])), attemptsOf(rows));
    expect(asPoints.method).toBe('alpha');
    expect(asPoints.value).toBeCloseTo(8 / 17, 12);
  });

  it('coefficient alpha for items scored in points', () => {
    // item variances .6875, .5, 1.25 (Σ 2.4375); totals 9, 6, 6, 2 → σ² = 6.1875
    // alpha = 3/2 · (1 − 2.4375/6.1875) = 10/11
    const scores: Record<string, number[]> = { c1: [2, 3, 4], c2: [1, 2, 3], c3: [2, 2, 2], c4: [0, 1, 1] };
    const attempts = Object.entries(scores).map(([attemptId, xs]) => ({ attemptId, formId: 'B', responses: xs.map((x, j) => ({ key: `q${j}`, maxCents: 400, earnedCents: x * 100 })) }));
    const items: AnalysedItem[] = [0, 1, 2].map((j) => ({ key: `q${j}`, type: 'short', dichotomous: false }));
    const [r] = analyseSession('fixed', items, attempts).reliability;
    expect(r).toMatchObject({ method: 'alpha', k: 3, n: 4 });
    expect(r!.value).toBeCloseTo(10 / 11, 12);
    // facility of a points item is the mean share of its points: (2+1+2+0)/4/4
    expect(analyseItems(items, attempts)[0]!.facility).toBeCloseTo(5 / 16, 12);
  });

  it('reports reliability per fixed form and n/a for per-candidate papers', () => {
    const two = [...attemptsOf(TEN, 'A'), ...attemptsOf({ x1: [1, 0, 1, 0, 1, 0], x2: [1, 1, 1, 1, 1, 1] }, 'B')];
    const fixed = analyseSession('fixed', rightWrong(6), two);
    expect(fixed.reliability.map((r) => [r.formId, r.n])).toEqual([['A', 10], ['B', 2]]);
    expect(analyseSession('fixed', rightWrong(6), attemptsOf({ only: [1, 0, 1, 0, 1, 0] })).reliability[0]).toMatchObject({ value: null, reason: 'too_few_candidates' });
    expect(analyseSession('fixed', rightWrong(2), attemptsOf({ a: [1, 1], b: [1, 1] })).reliability[0]).toMatchObject({ value: null, reason: 'no_variance' });
    const perCandidate = analyseSession('per_candidate', rightWrong(6), attemptsOf(TEN));
    expect(perCandidate.reliability).toEqual([]);
    expect(perCandidate.reliabilityNote).toBe('per_candidate');
    expect(perCandidate.items[0]!.facility).toBe(0.8);
  });

  it('pools attempts that saw the item only, with scores as shares of differing paper totals', () => {
    // Two papers with different totals: the rest score is a share of the rest's possible points.
    const attempts: AnalysedAttempt[] = [
      { attemptId: 'a', formId: 'p1', responses: [{ key: 'x', maxCents: 100, earnedCents: 100 }, { key: 'y', maxCents: 300, earnedCents: 300 }] },
      { attemptId: 'b', formId: 'p2', responses: [{ key: 'x', maxCents: 100, earnedCents: 0 }, { key: 'z', maxCents: 100, earnedCents: 0 }] },
      { attemptId: 'c', formId: 'p3', responses: [{ key: 'y', maxCents: 300, earnedCents: 0 }, { key: 'z', maxCents: 100, earnedCents: 100 }] },
    ];
    const items: AnalysedItem[] = ['x', 'y', 'z'].map((key) => ({ key, type: 'single', dichotomous: true }));
    const [x, y] = analyseItems(items, attempts);
    expect(x!.n).toBe(2);
    expect(x!.facility).toBe(0.5);
    expect(x!.pointBiserial).toBeCloseTo(1, 12); // rest shares 1 and 0 follow x = 1 and 0
    expect(y!.n).toBe(2);
    expect(x!.discrimination).toBe(1); // groups of one: a (total 1) above b (total 0)
  });
});

describe('distractors in authored option keys', () => {
  it('maps a displayed choice back through the paper permutation', () => {
    // The paper showed authored C first: displayed A means authored C.
    expect(authoredChoice('single', 'A', ['C', 'A', 'B', 'D'])).toEqual(['C']);
    expect(authoredChoice('multiple', ['A', 'C'], ['C', 'A', 'B', 'D'])).toEqual(['C', 'B']);
    expect(authoredChoice('single', 'B', undefined)).toEqual(['B']);
    expect(authoredChoice('judge', false, undefined)).toEqual(['false']);
    expect(authoredChoice('single', null, ['B', 'A'])).toBeNull();
    expect(authoredChoice('multiple', [], ['B', 'A'])).toBeNull();
    expect(authoredChoice('fill', ['x'], undefined)).toBeUndefined();
  });

  it('counts each option overall and in the upper and lower groups', () => {
    const choices: [string, string | null, number][] = [
      ['a1', 'B', 1], ['a2', 'B', 1], ['a3', 'B', 1], ['a4', 'A', 0], ['a5', 'C', 0],
      ['a6', 'B', 1], ['a7', 'A', 0], ['a8', null, 0], ['a9', 'A', 0], ['a10', 'B', 1],
    ];
    // A second item orders the candidates: a1 highest … a10 lowest (no ties); lower group a8–a10.
    const attempts: AnalysedAttempt[] = choices.map(([id, choice, x], i) => ({
      attemptId: id,
      formId: 'A',
      responses: [
        { key: 'q', maxCents: 100, earnedCents: x * 100, choice: choice ? [choice] : null },
        { key: 'order', maxCents: 2000, earnedCents: (10 - i) * 200 },
      ],
    }));
    const [q] = analyseItems([{ key: 'q', type: 'single', dichotomous: true, options: ['A', 'B', 'C', 'D'], correct: ['B'] }], attempts);
    expect(q!.omitted).toBe(1);
    expect(q!.distractors).toEqual([
      { option: 'A', correct: false, count: 3, share: 0.3, upperShare: 0, lowerShare: 1 / 3 },
      { option: 'B', correct: true, count: 5, share: 0.5, upperShare: 1, lowerShare: 1 / 3 },
      { option: 'C', correct: false, count: 1, share: 0.1, upperShare: 0, lowerShare: 0 },
      { option: 'D', correct: false, count: 0, share: 0, upperShare: 0, lowerShare: 0 },
    ]);
  });

  it('knows which items are right/wrong', () => {
    expect(isDichotomous('single')).toBe(true);
    expect(isDichotomous('judge')).toBe(true);
    expect(isDichotomous('multiple')).toBe(true);
    expect(isDichotomous('multiple', { scoring: 'partial' })).toBe(false);
    expect(isDichotomous('fill', { blanks: 1 })).toBe(true);
    expect(isDichotomous('fill', { blanks: 2 })).toBe(false);
    expect(isDichotomous('case')).toBe(false);
  });
});
