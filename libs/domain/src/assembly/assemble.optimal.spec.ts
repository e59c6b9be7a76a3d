import { assemblePaper } from './assemble';
import { checkPaper } from './check-paper';
import { bruteForce, tinyInstance, tinyPool } from './tiny-instance.fixture';

/**
 * On instances small enough to enumerate every paper, the search is exact when no enemies are
 * in play: priced start → repair → local search → refinement reach the optimum of
 * Σ (exposure + jitter) + λ·|mean − target| under the cells, the mixes and the window.
 */
describe('assemblePaper on tiny instances', () => {
  it('returns the optimum whenever a paper exists (mixes and window on or off), and reports infeasible otherwise', () => {
    let papers = 0;
    for (let i = 0; i < 160; i++) {
      const seed = `opt-${i}`;
      const t = tinyInstance(seed, { mix: i % 2 === 0, window: i % 3 !== 0 });
      const { pool, bounds } = tinyPool(t, seed);
      const best = bruteForce(pool, bounds);
      const r = assemblePaper({ ...t, seed, difficultyWeight: t.lambda });
      if (best.cost === Infinity) {
        expect(r.ok).toBe(false);
        continue;
      }
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      papers++;
      expect(checkPaper(r.paper, t.cells, t.items, t)).toEqual([]);
      expect(r.paper.objective).toBeCloseTo(best.cost, 9);
    }
    expect(papers).toBeGreaterThan(100);
  });

  it('with enemies never goes below the optimum and never breaks a constraint', () => {
    for (let i = 0; i < 80; i++) {
      const seed = `enemy-${i}`;
      const t = tinyInstance(seed, { mix: true, window: true, enemyRate: 0.3 });
      const { pool, bounds } = tinyPool(t, seed);
      const best = bruteForce(pool, bounds);
      const r = assemblePaper({ ...t, seed, difficultyWeight: t.lambda });
      if (!r.ok) continue;
      expect(checkPaper(r.paper, t.cells, t.items, t)).toEqual([]);
      expect(r.paper.objective).toBeGreaterThanOrEqual(best.cost - 1e-9);
    }
  });
});
