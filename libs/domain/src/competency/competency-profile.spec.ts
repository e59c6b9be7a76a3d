import { behaviouralIndex, buildProfile, knowledgeItemRating, type ProfileInputItem } from './competency-profile';

/** scoring-and-levels.md §2.4 (illustrative example): 中级, standard 2 on every item. */
const basic = [2, 2, 3, 2, 2, 1, 2, 2];
const functional = [2, 2, 1, 2, 3, 2];
const example: ProfileInputItem[] = [
  ...basic.map((rating, i) => ({ itemId: `b${i}`, code: `b${i}`, assessment: 'rating' as const, standard: 2, rating })),
  ...[0, 1, 2, 3].map((i) => ({ itemId: `k${i}`, code: `k${i}`, assessment: 'exam' as const, standard: 2, rating: 2 })),
  ...functional.map((rating, i) => ({ itemId: `f${i}`, code: `f${i}`, assessment: 'rating' as const, standard: 2, rating })),
];

describe('competency profile', () => {
  it('reproduces the worked example: B = 100 × 26/28 = 92.9 over the 14 rated items', () => {
    const p = buildProfile(example, 1);
    expect(p.behaviouralIndex).toBe(92.9);
    const below = p.items.filter((i) => i.belowStandard).map((i) => i.itemId);
    expect(below).toEqual(['b5', 'f2']);
    expect(p.items.find((i) => i.itemId === 'b2')).toMatchObject({ gap: 1, belowStandard: false, farBelow: false });
    expect(p.items.find((i) => i.itemId === 'b5')).toMatchObject({ gap: -1, farBelow: false });
  });

  it('caps each item at its standard and counts a missing rating as 0', () => {
    expect(behaviouralIndex([{ standard: 2, rating: 4 }, { standard: 2, rating: null }])).toBe(50);
    expect(behaviouralIndex([{ standard: 2, rating: null }])).toBeNull();
    expect(behaviouralIndex([{ standard: 0, rating: 1 }])).toBe(100);
  });

  it('marks an item more than one level below as far below (tenths compare exactly)', () => {
    const p = buildProfile([{ itemId: 'a', code: 'a', assessment: 'rating', standard: 3, rating: 1.9 }, { itemId: 'b', code: 'b', assessment: 'rating', standard: 3, rating: 2 }], 1);
    expect(p.items.map((i) => [i.gap, i.farBelow])).toEqual([[-1.1, true], [-1, false]]);
  });

  it('rates a knowledge item by the level paper: pass → the level, else the level held', () => {
    expect(knowledgeItemRating({ standardScore: 72, targetLevel: 2, heldLevel: 1, passMark: 60 })).toEqual({ rating: 2, basis: 'exam_passed' });
    expect(knowledgeItemRating({ standardScore: 60, targetLevel: 2, heldLevel: 1, passMark: 60 })).toEqual({ rating: 2, basis: 'exam_passed' });
    expect(knowledgeItemRating({ standardScore: 59.99, targetLevel: 2, heldLevel: 1, passMark: 60 })).toEqual({ rating: 1, basis: 'exam_below_pass_mark' });
    expect(knowledgeItemRating({ standardScore: null, targetLevel: 2, heldLevel: 1, passMark: 60 })).toEqual({ rating: 1, basis: 'held_level' });
    expect(knowledgeItemRating({ standardScore: null, targetLevel: 1, heldLevel: 0, passMark: 60 })).toEqual({ rating: null, basis: 'none' });
  });
});
