import { aggregateItem, round1, type RaterLevel } from './aggregate-ratings';

const W = { supervisor: 60, peer: 30, self: 10 };
const r = (relation: RaterLevel['relation'], level: number): RaterLevel => ({ relation, level });

describe('aggregateItem: relation-weighted mean of submitted ratings', () => {
  it('weights supervisor 60, peers 30, self 10 with peers averaged first', () => {
    // supervisor 3; peers 2 and 3 → 2.5; self 4 → 0.6·3 + 0.3·2.5 + 0.1·4 = 2.95 → 3.0 (one decimal)
    const a = aggregateItem([r('supervisor', 3), r('peer', 2), r('peer', 3), r('self', 4)], W, 2);
    expect(a.rating).toBe(3);
    expect(a.byRelation).toEqual({ supervisor: 3, peer: 2.5, self: 4 });
    expect(a.raters).toBe(4);
  });

  it('re-spreads the weight of an absent relation over those present', () => {
    // no peers: (60·2 + 10·4) / 70 = 2.2857 → 2.3
    expect(aggregateItem([r('supervisor', 2), r('self', 4)], W, 2).rating).toBe(2.3);
    // no self: (60·2 + 30·3) / 90 = 2.333 → 2.3
    expect(aggregateItem([r('supervisor', 2), r('peer', 3)], W, 2).rating).toBe(2.3);
  });

  it('never counts the self rating without the supervisor, and self alone gives nothing', () => {
    const a = aggregateItem([r('peer', 2), r('self', 4)], W, 2);
    expect(a.rating).toBe(2);
    expect(a.selfIgnored).toBe(true);
    expect(aggregateItem([r('self', 4)], W, 2).rating).toBeNull();
    expect(aggregateItem([], W, 2).rating).toBeNull();
  });

  it('flags raters two or more levels apart', () => {
    expect(aggregateItem([r('supervisor', 1), r('peer', 3)], W, 2)).toMatchObject({ disagreement: true, spread: 2 });
    expect(aggregateItem([r('supervisor', 2), r('peer', 3)], W, 2)).toMatchObject({ disagreement: false, spread: 1 });
    expect(aggregateItem([r('supervisor', 4)], W, 2).disagreement).toBe(false);
  });

  it('rounds half up at one decimal despite binary fractions', () => {
    expect(round1(2.05)).toBe(2.1);
    expect(round1(2.25)).toBe(2.3);
    expect(round1(2.04)).toBe(2);
  });
});
