import { assemblePaper } from './assemble';
import type { AssemblyCell, AssemblyInput, BankItem } from './assembly.types';
import { checkPaper } from './check-paper';

let next = 0;
function item(over: Partial<BankItem> & Pick<BankItem, 'areaId' | 'type'>): BankItem {
  const n = next++;
  return { versionId: `v${n}`, questionId: `q${n}`, difficulty: 3, requirement: 'understand', exposure: 0, seenByCandidate: false, enemyIds: [], ...over };
}
const many = (n: number, over: Partial<BankItem> & Pick<BankItem, 'areaId' | 'type'>) => Array.from({ length: n }, () => item(over));
const ok = (input: AssemblyInput) => {
  const r = assemblePaper(input);
  if (!r.ok) throw new Error(`expected a paper: ${JSON.stringify(r)}`);
  expect(checkPaper(r.paper, input.cells, input.items, input)).toEqual([]);
  return r.paper;
};
const ids = (p: { items: Array<{ versionId: string }> }) => p.items.map((i) => i.versionId).sort();

const cells: AssemblyCell[] = [
  { areaId: 'A', type: 'single', count: 2, pointsEach: 2 },
  { areaId: 'B', type: 'judge', count: 3, pointsEach: 1 },
];

describe('assemblePaper', () => {
  it('fills every cell exactly with the least-exposed items and their section points', () => {
    const items = [...many(3, { areaId: 'A', type: 'single', exposure: 5 }), item({ areaId: 'A', type: 'single', exposure: 1, versionId: 'a-low', questionId: 'qa' }),
      item({ areaId: 'A', type: 'single', exposure: 0, versionId: 'a-zero', questionId: 'qz' }), ...many(5, { areaId: 'B', type: 'judge', exposure: 2 })];
    const paper = ok({ cells, items, seed: 's' });
    expect(paper.items.filter((i) => i.type === 'single').map((i) => i.versionId)).toEqual(['a-zero', 'a-low']);
    expect(paper.items.map((i) => i.points)).toEqual([2, 2, 1, 1, 1]);
    expect(paper.stats.totalPoints).toBe(7);
    expect(paper.stats.exposureSum).toBe(1 + 6);
  });

  it('never takes two enemies (named on either side) nor one question twice', () => {
    const a1 = item({ areaId: 'A', type: 'single', questionId: 'x' });
    const a2 = item({ areaId: 'A', type: 'single', questionId: 'x' }); // a second version of x
    const a3 = item({ areaId: 'A', type: 'single', exposure: 1 });
    const a4 = item({ areaId: 'A', type: 'single', exposure: 2 });
    const b = many(3, { areaId: 'B', type: 'judge' });
    const enemyOfB = item({ areaId: 'B', type: 'judge', enemyIds: [a1.questionId] });
    const paper = ok({ cells, items: [a1, a2, a3, a4, ...b, enemyOfB], seed: 's' });
    expect(paper.items.filter((i) => i.questionId === 'x').length).toBeLessThanOrEqual(1);
    const chosen = new Set(paper.items.map((i) => i.versionId));
    expect(chosen.has(a1.versionId) && chosen.has(enemyOfB.versionId)).toBe(false);
  });

  it('excludes items at or over the exposure cap and reports the cell short when that is all it had', () => {
    const items = [...many(2, { areaId: 'A', type: 'single', exposure: 3 }), item({ areaId: 'A', type: 'single', exposure: 2 }), ...many(3, { areaId: 'B', type: 'judge' })];
    const r = assemblePaper({ cells, items, seed: 's', exposureCap: 3 });
    expect(r).toEqual({ ok: false, shortfalls: [{ areaId: 'A', type: 'single', needed: 2, available: 1 }], unmet: [] });
    expect(ok({ cells, items, seed: 's', exposureCap: 4 }).items).toHaveLength(5);
  });

  it('avoids items the candidate saw, unless the bank leaves no other way', () => {
    const seenCheap = many(2, { areaId: 'A', type: 'single', seenByCandidate: true });
    const unseen = many(2, { areaId: 'A', type: 'single', exposure: 40 });
    const b = many(3, { areaId: 'B', type: 'judge' });
    const paper = ok({ cells, items: [...seenCheap, ...unseen, ...b], seed: 's' });
    expect(paper.stats.seenCount).toBe(0);
    const tight = ok({ cells, items: [...seenCheap, unseen[0], ...b], seed: 's' });
    expect(tight.stats.seenCount).toBe(1);
  });

  it('repairs the requirement mix (percent of points) and the difficulty window', () => {
    const big: AssemblyCell[] = [{ areaId: 'A', type: 'single', count: 10, pointsEach: 2 }];
    const items = [
      ...many(20, { areaId: 'A', type: 'single', requirement: 'understand', difficulty: 2, exposure: 0 }),
      ...many(20, { areaId: 'A', type: 'single', requirement: 'master', difficulty: 4, exposure: 9 }),
    ];
    const input: AssemblyInput = { cells: big, items, seed: 's', mixes: { requirement: { understand: 50, master: 50 }, tolerancePercent: 10 }, difficultyWindow: { min: 3, max: 3.2 } };
    const paper = ok(input);
    expect(paper.stats.pointsByRequirement.master).toBeGreaterThanOrEqual(8);
    expect(paper.stats.meanDifficulty).toBeGreaterThanOrEqual(3);
    expect(paper.stats.meanDifficulty).toBeLessThanOrEqual(3.2);
  });

  it('pulls the mean difficulty towards the window midpoint', () => {
    const one: AssemblyCell[] = [{ areaId: 'A', type: 'judge', count: 4, pointsEach: 1 }];
    const items = [...many(4, { areaId: 'A', type: 'judge', difficulty: 1 }), ...many(4, { areaId: 'A', type: 'judge', difficulty: 3 })];
    const paper = ok({ cells: one, items, seed: 's', difficultyWindow: { min: 1, max: 5 } });
    expect(paper.stats.meanDifficulty).toBe(3);
  });

  it('reports what is short and what is unmet, and never returns a paper then', () => {
    const items = [...many(4, { areaId: 'A', type: 'single', requirement: 'understand' }), ...many(3, { areaId: 'B', type: 'judge', requirement: 'understand' })];
    const r = assemblePaper({ cells, items, seed: 's', mixes: { requirement: { understand: 60, master: 40 } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.shortfalls).toEqual([
      // master ≥ 40 − 10 = 30 % of 7 points = 2.1 points: 2 singles (2 pts) or 3 judges (1 pt)
      { areaId: 'A', type: 'single', requirement: 'master', needed: 2, available: 0 },
      { areaId: 'B', type: 'judge', requirement: 'master', needed: 3, available: 0 },
    ]);
    expect(r.unmet.map((u) => u.code)).toEqual(['REQUIREMENT_MIX', 'REQUIREMENT_MIX']);
    expect(r.unmet[0].message).toContain('了解');
  });

  it('shuffles the options of choice items per candidate and keeps the permutation', () => {
    const items = [...many(2, { areaId: 'A', type: 'single', optionKeys: ['A', 'B', 'C', 'D'] }), ...many(3, { areaId: 'B', type: 'judge' })];
    const p1 = ok({ cells, items, seed: 'cand-1' });
    for (const it of p1.items) {
      if (it.type === 'single') expect([...(it.optionOrder ?? [])].sort()).toEqual(['A', 'B', 'C', 'D']);
      else expect(it.optionOrder).toBeUndefined();
    }
    const orders = new Set(Array.from({ length: 12 }, (_, i) => ok({ cells, items, seed: `cand-${i}` }).items[0].optionOrder?.join('')));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('gives the same paper for the same inputs and seed, whatever the order of the bank snapshot', () => {
    const items = [...many(30, { areaId: 'A', type: 'single', optionKeys: ['A', 'B', 'C'] }), ...many(30, { areaId: 'B', type: 'judge' })];
    const p = ok({ cells, items, seed: 'same' });
    expect(ok({ cells, items: [...items].reverse(), seed: 'same' })).toEqual(p);
    expect(ids(ok({ cells, items, seed: 'other' }))).not.toEqual(ids(p));
  });
});
