import fc from 'fast-check';
import { checkCriterionScores, effectiveRubric, resolveItemMark, scaledMarkCents } from './rubric-mark';

const rubric = [
  { criterion: '要点一', maxPoints: 4 },
  { criterion: '要点二', maxPoints: 6 },
];

describe('rubric marks', () => {
  it('uses one 总分 criterion worth the item points when there is no rubric', () => {
    expect(effectiveRubric(null, 15)).toEqual([{ criterion: '总分', maxPoints: 15 }]);
    expect(effectiveRubric([], 15)).toEqual([{ criterion: '总分', maxPoints: 15 }]);
    expect(effectiveRubric(rubric, 15)).toEqual(rubric);
  });

  it('reports every problem: unknown, duplicate, missing, above max, negative, precision', () => {
    const problems = checkCriterionScores(rubric, [
      { criterion: '要点一', points: 5 },
      { criterion: '要点一', points: -1 },
      { criterion: '其他', points: 1 },
      { criterion: '要点一', points: 1.005 },
    ]);
    expect(problems.map((p) => p.code).sort()).toEqual(
      ['CRITERION_DUPLICATE', 'CRITERION_DUPLICATE', 'CRITERION_MISSING', 'CRITERION_UNKNOWN', 'POINTS_ABOVE_MAX', 'POINTS_NEGATIVE', 'POINTS_PRECISION'].sort(),
    );
    expect(checkCriterionScores(rubric, [{ criterion: '要点二', points: 6 }, { criterion: '要点一', points: 0 }])).toEqual([]);
  });

  it('scales the rubric linearly to the item points, exactly to 1/10,000 cent', () => {
    expect(scaledMarkCents(rubric, [{ criterion: '要点一', points: 4 }, { criterion: '要点二', points: 6 }], 15)).toBe(1500);
    expect(scaledMarkCents(rubric, [{ criterion: '要点一', points: 2 }, { criterion: '要点二', points: 1.5 }], 15)).toBe(525);
    expect(scaledMarkCents([{ criterion: 'a', maxPoints: 3 }], [{ criterion: 'a', points: 1 }], 10)).toBe(333.3333);
  });

  it('a scaled mark is bounded by the item points and monotone in the criterion points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 5000 }), (a, b, itemCents) => {
        const s = (x: number, y: number) => scaledMarkCents(rubric, [{ criterion: '要点一', points: x / 100 }, { criterion: '要点二', points: y / 100 }], itemCents / 100);
        const mark = s(a, b);
        expect(mark).toBeGreaterThanOrEqual(0);
        expect(mark).toBeLessThanOrEqual(itemCents);
        if (a < 400) expect(s(a + 1, b)).toBeGreaterThanOrEqual(mark);
      }),
    );
  });
});

describe('double marking', () => {
  const rounds = (entries: [number, number | null][]) => new Map(entries);

  it('single marking is final once round 1 is marked', () => {
    expect(resolveItemMark({ double: false, thresholdPercent: 10, maxCents: 1000, rounds: rounds([[1, null]]) })).toEqual({ kind: 'waiting' });
    expect(resolveItemMark({ double: false, thresholdPercent: 10, maxCents: 1000, rounds: rounds([[1, 700]]) })).toEqual({ kind: 'final', cents: 700, rule: 'single' });
  });

  it('takes the mean when the two marks differ by no more than the threshold (inclusive)', () => {
    expect(resolveItemMark({ double: true, thresholdPercent: 10, maxCents: 1000, rounds: rounds([[1, 700], [2, null]]) })).toEqual({ kind: 'waiting' });
    expect(resolveItemMark({ double: true, thresholdPercent: 10, maxCents: 1000, rounds: rounds([[1, 700], [2, 800]]) })).toEqual({ kind: 'final', cents: 750, rule: 'mean' });
    expect(resolveItemMark({ double: true, thresholdPercent: 10, maxCents: 1000, rounds: rounds([[1, 700], [2, 725]]) })).toEqual({ kind: 'final', cents: 712.5, rule: 'mean' });
  });

  it('sends a larger difference to an arbiter whose mark decides', () => {
    expect(resolveItemMark({ double: true, thresholdPercent: 10, maxCents: 1000, rounds: rounds([[1, 500], [2, 800]]) })).toEqual({ kind: 'needs_arbiter', differenceCents: 300, thresholdCents: 100 });
    expect(resolveItemMark({ double: true, thresholdPercent: 10, maxCents: 1000, rounds: rounds([[1, 500], [2, 800], [3, null]]) })).toEqual({ kind: 'waiting' });
    expect(resolveItemMark({ double: true, thresholdPercent: 10, maxCents: 1000, rounds: rounds([[1, 500], [2, 800], [3, 600]]) })).toEqual({ kind: 'final', cents: 600, rule: 'arbiter' });
  });

  it('the final mark always lies within the marks given (never invented)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }), (a, b, c, t) => {
        const r = resolveItemMark({ double: true, thresholdPercent: t, maxCents: 1000, rounds: rounds([[1, a], [2, b], [3, c]]) });
        expect(r.kind).toBe('final');
        if (r.kind !== 'final') return;
        expect(r.cents).toBeGreaterThanOrEqual(Math.min(a, b, c));
        expect(r.cents).toBeLessThanOrEqual(Math.max(a, b, c));
      }),
    );
  });
});
