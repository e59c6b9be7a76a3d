import type { AssemblyCell, BankItem } from './assembly.types';
import { boundsFor } from './bounds';
import { buildPool, classOf } from './pool';
import { placePicks, PricedDp, pricedStart } from './priced-dp';
import { createRng } from './prng';
import { Search } from './search';
import { bruteForce, costOf, feasiblePicks, tinyInstance, tinyPool } from './tiny-instance.fixture';

const SEEDS = Array.from({ length: 80 }, (_, i) => `s${i}`);

describe('PricedDp.solve', () => {
  it('is the exact optimum of the priced relaxation: any prices, the window hard, the difficulty term in', () => {
    let finite = 0;
    for (const seed of SEEDS) {
      const t = tinyInstance(seed, { mix: true, window: seed.length % 2 === 0 || seed.endsWith('3') });
      const { pool, bounds } = tinyPool(t, seed);
      const rng = createRng(`prices:${seed}`);
      const reqPrice = Float64Array.from({ length: 3 }, () => (rng() - 0.5) * 0.004);
      const diffPrice = Float64Array.from({ length: 5 }, () => (rng() < 0.5 ? 0 : (rng() - 0.5) * 0.004));
      const out = t.cells.map((c) => new Int32Array(c.count));
      const value = new PricedDp(pool, bounds).solve(reqPrice, diffPrice, out);
      const expected = bruteForce(pool, bounds, { reqPrice, diffPrice, mixes: false, enemies: false }).cost;
      if (expected === Infinity) {
        expect(value).toBe(Infinity);
        continue;
      }
      finite++;
      expect(value).toBeCloseTo(expected, 9);
      // the paper written out is the one priced: every cell full, no item twice
      expect(new Set(out.flatMap((l) => Array.from(l))).size).toBe(t.cells.reduce((n, c) => n + c.count, 0));
      out.forEach((list, c) => list.forEach((k) => expect(pool.cell[k]).toBe(c)));
      let priced = costOf(pool, bounds, out);
      out.forEach((list, c) => list.forEach((k) => (priced += (reqPrice[pool.req[k]] + diffPrice[pool.diff[k] - 1]) * pool.cellPts[c])));
      expect(priced).toBeCloseTo(expected, 9);
    }
    expect(finite).toBeGreaterThan(SEEDS.length / 2);
  });
});

describe('pricedStart', () => {
  it('without a mix places the optimum (enemies aside), and says it is exact', () => {
    for (const seed of SEEDS) {
      const t = tinyInstance(seed, { mix: false, window: !seed.endsWith('0') });
      const { pool, bounds } = tinyPool(t, seed);
      const st = new Search(pool, bounds);
      const start = pricedStart(st);
      const best = bruteForce(pool, bounds);
      if (best.cost === Infinity) {
        expect(start).toBeNull();
        continue;
      }
      expect(start).not.toBeNull();
      expect(start?.exact).toBe(true);
      expect(st.violation()).toBe(0);
      expect(st.cost()).toBeCloseTo(best.cost, 9);
      expect(start?.bound).toBeCloseTo(best.cost, 9);
    }
  });

  it('with a mix: its bound never exceeds the optimum; a paper it places that meets the mix is never below it, and equal to it when exact', () => {
    let priced = 0;
    let pricedFeasible = 0;
    for (const seed of SEEDS) {
      const t = tinyInstance(seed, { mix: true, window: !seed.endsWith('1') });
      const { pool, bounds } = tinyPool(t, seed);
      const st = new Search(pool, bounds);
      const start = pricedStart(st);
      const best = bruteForce(pool, bounds);
      if (!start) continue;
      expect(start.bound).toBeLessThanOrEqual(best.cost + 1e-9);
      if (!start.exact && best.cost < Infinity) {
        priced++;
        if (st.violation() === 0) pricedFeasible++;
      }
      if (st.violation() === 0) {
        expect(feasiblePicks(pool, bounds, st.sel)).toBe(true);
        expect(st.cost()).toBeGreaterThanOrEqual(best.cost - 1e-9);
        if (start.exact) expect(st.cost()).toBeCloseTo(best.cost, 9);
      }
    }
    // the pricing was exercised, and it mostly turned a paper that missed the mix into one that meets it
    expect(priced).toBeGreaterThan(5);
    expect(pricedFeasible).toBeGreaterThan(priced / 2);
  });
});

describe('placePicks', () => {
  const cells: AssemblyCell[] = [
    { areaId: 'A', type: 'single', count: 1, pointsEach: 2 },
    { areaId: 'A', type: 'judge', count: 1, pointsEach: 1 },
  ];
  const item = (versionId: string, type: BankItem['type'], over: Partial<BankItem> = {}): BankItem => ({
    versionId, questionId: `q-${versionId}`, areaId: 'A', type, difficulty: 3, requirement: 'understand', exposure: 0, seenByCandidate: false, enemyIds: [], ...over,
  });

  it('swaps a blocked pick for the next free item of its class in its cell', () => {
    const items = [
      item('s1', 'single'),
      item('j1', 'judge', { enemyIds: ['q-s1'] }),
      item('j-other-class', 'judge', { difficulty: 2 }),
      item('j2', 'judge', { exposure: 5 }),
    ];
    const pool = buildPool(cells, items, 'seed');
    const st = new Search(pool, boundsFor({}, 300, 2));
    const at = (v: string) => Array.from(pool.src).findIndex((i) => items[i].versionId === v);
    expect(placePicks(st, [Int32Array.of(at('s1')), Int32Array.of(at('j1'))])).toBe(true);
    const judge = st.sel[1][0];
    expect(items[pool.src[judge]].versionId).toBe('j2');
    expect(classOf(pool.req, pool.diff, judge)).toBe(classOf(pool.req, pool.diff, at('j1')));
  });

  it('fails, leaving an empty paper, when the class has no free item left', () => {
    const items = [item('s1', 'single'), item('j1', 'judge', { enemyIds: ['q-s1'] }), item('j-other-class', 'judge', { difficulty: 2 })];
    const pool = buildPool(cells, items, 'seed');
    const st = new Search(pool, boundsFor({}, 300, 2));
    const at = (v: string) => Array.from(pool.src).findIndex((i) => items[i].versionId === v);
    expect(placePicks(st, [Int32Array.of(at('s1')), Int32Array.of(at('j1'))])).toBe(false);
    expect(Array.from(st.chosen).every((x) => x === 0)).toBe(true);
  });
});

describe('pricedStart on a bank in any order', () => {
  it('places the same items whatever the order of the snapshot', () => {
    const rng = createRng('order');
    for (const seed of SEEDS.slice(0, 20)) {
      const t = tinyInstance(seed, { mix: true, window: true });
      const shuffled = [...t.items].sort(() => rng() - 0.5);
      const ids = (items: BankItem[]) => {
        const { pool, bounds } = tinyPool({ ...t, items }, seed);
        const st = new Search(pool, bounds);
        pricedStart(st);
        return st.sel.map((l) => Array.from(l, (k) => (k < 0 ? '' : items[pool.src[k]].versionId)).sort());
      };
      expect(ids(shuffled)).toEqual(ids(t.items));
    }
  });
});
