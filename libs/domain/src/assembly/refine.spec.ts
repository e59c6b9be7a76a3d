import { createRng } from './prng';
import { refineExact } from './refine';
import { bruteForce, costOf, feasiblePicks, tinyInstance, tinyPool } from './tiny-instance.fixture';

const SEEDS = Array.from({ length: 80 }, (_, i) => `r${i}`);
const zero = new Float64Array(3);

describe('refineExact', () => {
  it('finds the optimum under the requirement mix and the window, and proves nothing is cheaper — for any prices', () => {
    let found = 0;
    for (const seed of SEEDS) {
      const t = tinyInstance(seed, { mix: true, window: !seed.endsWith('2') });
      const { pool, bounds } = tinyPool(t, seed);
      const best = bruteForce(pool, bounds);
      const rng = createRng(`p:${seed}`);
      // the prices only change how hard the program prunes, never its answer
      for (const prices of [zero, Float64Array.from({ length: 3 }, () => (rng() - 0.5) * 0.003)]) {
        if (best.cost === Infinity) {
          expect(refineExact(pool, bounds, prices, Infinity)).toBeNull();
          continue;
        }
        const picks = refineExact(pool, bounds, prices, best.cost + 3);
        expect(picks).not.toBeNull();
        if (!picks) continue;
        expect(feasiblePicks(pool, bounds, picks)).toBe(true);
        picks.forEach((list, c) => {
          expect(list).toHaveLength(t.cells[c].count);
          list.forEach((k) => expect(pool.cell[k]).toBe(c));
        });
        expect(new Set(picks.flatMap((l) => Array.from(l))).size).toBe(picks.reduce((n, l) => n + l.length, 0));
        expect(costOf(pool, bounds, picks)).toBeCloseTo(best.cost, 9);
        // a limit just above the optimum: the pruning keeps the optimal path
        const tight = refineExact(pool, bounds, prices, best.cost + 1e-6);
        expect(tight && costOf(pool, bounds, tight)).toBeCloseTo(best.cost, 9);
        // without a cost limit too
        const any = refineExact(pool, bounds, prices, Infinity);
        expect(any && costOf(pool, bounds, any)).toBeCloseTo(best.cost, 9);
        // the optimum as the limit: nothing strictly cheaper exists
        expect(refineExact(pool, bounds, prices, best.cost)).toBeNull();
        found++;
      }
    }
    expect(found).toBeGreaterThan(SEEDS.length);
  });

  it('keeps widening its limit until the paper found is proven optimal (prices far from the dual optimum)', () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const t = tinyInstance(seed, { mix: true, window: !seed.endsWith('5') });
      const { pool, bounds } = tinyPool(t, seed);
      const best = bruteForce(pool, bounds);
      if (best.cost === Infinity) continue;
      const rng = createRng(`wide:${seed}`);
      // large prices order papers by priced cost very differently from their true cost
      const prices = Float64Array.from({ length: 3 }, () => (rng() - 0.5) * 0.05);
      for (const deepening of [[0.01, 1], [0.001, 0.1, 0.5, 1]]) {
        const picks = refineExact(pool, bounds, prices, best.cost + 10, undefined, deepening);
        expect(picks && costOf(pool, bounds, picks)).toBeCloseTo(best.cost, 9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('gives up (null) when the states outgrow the cap', () => {
    const seed = SEEDS.find((s) => {
      const t = tinyInstance(s, { mix: true, window: false });
      const { pool, bounds } = tinyPool(t, s);
      return bruteForce(pool, bounds).cost < Infinity && t.cells.length === 3;
    });
    expect(seed).toBeDefined();
    const t = tinyInstance(seed as string, { mix: true, window: false });
    const { pool, bounds } = tinyPool(t, seed as string);
    expect(refineExact(pool, bounds, zero, Infinity)).not.toBeNull();
    expect(refineExact(pool, bounds, zero, Infinity, 2)).toBeNull();
  });

  it('does nothing without a requirement mix', () => {
    const t = tinyInstance('plain', { mix: false, window: true });
    const { pool, bounds } = tinyPool(t, 'plain');
    expect(refineExact(pool, bounds, zero, Infinity)).toBeNull();
  });
});
