import { createRng, hashString, keyedUnit, mulberry32, optionOrderFor, shuffled } from './prng';

describe('prng', () => {
  it('is pinned: the same seed gives the same numbers on every platform', () => {
    expect(hashString('golden-1')).toBe(hashString('golden-1'));
    const rng = createRng('golden-1');
    const first = [rng(), rng(), rng()];
    expect(first).toEqual([...Array(3)].map(((r) => () => r())(createRng('golden-1'))));
    expect(mulberry32(0)()).toBeCloseTo(0.26642920868471265, 15);
  });

  it('draws in [0, 1) with a roughly uniform mean', () => {
    const rng = createRng('uniform');
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 10000).toBeGreaterThan(0.48);
    expect(sum / 10000).toBeLessThan(0.52);
  });

  it('keys the jitter by (seed, item), not by draw order', () => {
    const a = keyedUnit(hashString('seed-a'), 'v1');
    expect(keyedUnit(hashString('seed-a'), 'v1')).toBe(a);
    expect(keyedUnit(hashString('seed-b'), 'v1')).not.toBe(a);
    expect(keyedUnit(hashString('seed-a'), 'v2')).not.toBe(a);
  });

  it('shuffles into a permutation and fixes the option order per (seed, version)', () => {
    const keys = ['A', 'B', 'C', 'D', 'E'];
    expect([...shuffled(keys, createRng('x'))].sort()).toEqual(keys);
    expect(optionOrderFor('s1', 'v1', keys)).toEqual(optionOrderFor('s1', 'v1', keys));
    const orders = new Set(Array.from({ length: 30 }, (_, i) => optionOrderFor(`seed-${i}`, 'v1', keys).join('')));
    expect(orders.size).toBeGreaterThan(10);
  });
});
