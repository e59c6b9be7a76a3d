import fc from 'fast-check';
import { normaliseBlank, scoreObjective, scorePaper, standardScore, type ObjectiveKey } from './score-item';

const KEYS = ['A', 'B', 'C', 'D', 'E'];

describe('objective scoring', () => {
  it('scores single, judge, multiple and fill per the contract', () => {
    expect(scoreObjective({ type: 'single', answer: 'B' }, 'B', 200)).toBe(200);
    expect(scoreObjective({ type: 'single', answer: 'B' }, 'C', 200)).toBe(0);
    expect(scoreObjective({ type: 'judge', answer: false }, false, 100)).toBe(100);
    expect(scoreObjective({ type: 'multiple', answer: ['A', 'C'], scoring: 'partial' }, ['A'], 300)).toBe(150);
    expect(scoreObjective({ type: 'multiple', answer: ['A', 'C'], scoring: 'partial' }, ['A', 'B'], 300)).toBe(0);
    expect(scoreObjective({ type: 'multiple', answer: ['A', 'C'] }, ['A'], 300)).toBe(0);
    expect(scoreObjective({ type: 'multiple', answer: ['A', 'C'], scoring: 'partial' }, [], 300)).toBe(0);
    expect(scoreObjective({ type: 'fill', answer: [['政企分开'], ['破除垄断', '打破垄断']] }, ['政企分开', ' 打破垄断 '], 100)).toBe(100);
    expect(scoreObjective({ type: 'fill', answer: [['政企分开'], ['破除垄断']] }, ['政企分开', '错'], 100)).toBe(50);
    expect(scoreObjective({ type: 'fill', answer: [['TCP/IP']] }, ['ｔｃｐ/ｉｐ'], 100)).toBe(100);
    expect(normaliseBlank('  A   B\tC ')).toBe('a b c');
  });

  const keyArb: fc.Arbitrary<ObjectiveKey> = fc.oneof(
    fc.constantFrom(...KEYS).map((a) => ({ type: 'single' as const, answer: a })),
    fc.boolean().map((a) => ({ type: 'judge' as const, answer: a })),
    fc.tuple(fc.subarray(KEYS, { minLength: 2 }), fc.constantFrom<'partial' | 'all_or_nothing'>('partial', 'all_or_nothing')).map(([a, s]) => ({ type: 'multiple' as const, answer: a, scoring: s })),
    fc.array(fc.array(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }).map((a) => ({ type: 'fill' as const, answer: a })),
  );
  const responseArb = fc.oneof(fc.constantFrom(...KEYS), fc.boolean(), fc.subarray(KEYS), fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }), fc.constant(null));

  it('is bounded by the item points', () => {
    fc.assert(fc.property(keyArb, responseArb, fc.integer({ min: 0, max: 10000 }), (k, r, max) => {
      const s = scoreObjective(k, r, max);
      return s >= 0 && s <= max;
    }));
  });

  it('gives the maximum for the correct answer', () => {
    fc.assert(fc.property(keyArb, fc.integer({ min: 0, max: 10000 }), (k, max) => {
      const correct = k.type === 'fill' ? (k.answer as string[][]).map((alts) => alts[0]) : k.answer;
      return scoreObjective(k, correct, max) === max;
    }));
  });

  it('totals are order-independent and regrading is idempotent', () => {
    const itemArb = fc.record({ areaId: fc.constantFrom('a1', 'a2', 'a3'), maxCents: fc.integer({ min: 1, max: 2000 }), earnedCents: fc.integer({ min: 0, max: 2000 }) });
    fc.assert(fc.property(fc.array(itemArb, { maxLength: 60 }), fc.integer(), (items, seed) => {
      const shuffled = [...items].sort((a, b) => ((a.maxCents * 31 + seed) % 7) - ((b.maxCents * 31 + seed) % 7));
      const a = scorePaper(items);
      const b = scorePaper(shuffled);
      const c = scorePaper(items);
      return JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(a) === JSON.stringify(c) && a.score >= 0 && a.score <= 100;
    }));
  });

  it('weights a knowledge item by the points of its mapped areas', () => {
    const areas = [{ areaId: 'x', earnedCents: 1000, possibleCents: 2000 }, { areaId: 'y', earnedCents: 3000, possibleCents: 3000 }, { areaId: 'z', earnedCents: 0, possibleCents: 500 }];
    expect(standardScore(areas, ['x', 'y'])).toBe(80);
    expect(standardScore(areas, ['q'])).toBeNull();
  });
});
