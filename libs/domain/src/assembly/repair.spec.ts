import type { AssemblyCell, BankItem } from './assembly.types';
import { boundsFor } from './bounds';
import { buildPool } from './pool';
import { createRng } from './prng';
import { repair } from './repair';
import { Search } from './search';

const item = (versionId: string, over: Partial<BankItem>): BankItem => ({
  versionId, questionId: `q-${versionId}`, areaId: 'A', type: 'judge', difficulty: 3, requirement: 'familiar', exposure: 0, seenByCandidate: false, enemyIds: [], ...over,
});

describe('repair', () => {
  const cells: AssemblyCell[] = [{ areaId: 'A', type: 'judge', count: 2, pointsEach: 1 }];
  // two familiar items chosen; the mix wants one understand item (50 % ± 10 of 2 points)
  const items = [
    item('f1', {}),
    item('f2', {}),
    // cheap, but moves the mean from 3 to 2: the difficulty term grows by λ·1 = 10
    item('u-easy', { requirement: 'understand', difficulty: 1 }),
    // dearer by 3, keeps the mean on the target
    item('u-dear', { requirement: 'understand', exposure: 3 }),
  ];
  const constraints = { mixes: { requirement: { understand: 50, familiar: 50 }, tolerancePercent: 10 }, difficultyWindow: { min: 1, max: 5 } };

  it('meets the mix with the swap that costs the objective least, difficulty term included', () => {
    const pool = buildPool(cells, items, 'seed');
    const st = new Search(pool, boundsFor(constraints, 200, 10));
    const at = (v: string) => Array.from(pool.src).findIndex((i) => items[i].versionId === v);
    st.place(0, 0, at('f1'));
    st.place(0, 1, at('f2'));
    const before = st.cost();
    expect(st.violation()).toBeGreaterThan(0);
    expect(repair(st, createRng('r'))).toBe(true);
    expect(st.violation()).toBe(0);
    const chosen = Array.from(st.sel[0], (k) => items[pool.src[k]].versionId);
    expect(chosen).toContain('u-dear');
    expect(chosen).not.toContain('u-easy');
    expect(st.cost() - before).toBeLessThan(4);
  });
});
