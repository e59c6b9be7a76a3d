import type { AssemblyCell, BankItem } from './assembly.types';
import { feasibility } from './feasibility';

let n = 0;
const items = (count: number, over: Partial<BankItem> & Pick<BankItem, 'areaId' | 'type'>): BankItem[] =>
  Array.from({ length: count }, () => ({ versionId: `v${n}`, questionId: `q${n++}`, difficulty: 3, requirement: 'understand', exposure: 0, seenByCandidate: false, enemyIds: [], ...over }));

const cells: AssemblyCell[] = [
  { areaId: 'A', type: 'single', count: 5, pointsEach: 2 },
  { areaId: 'B', type: 'judge', count: 10, pointsEach: 1 },
];

describe('feasibility', () => {
  it('names exactly the short cells with needed and available, and supports no form then', () => {
    const bank = [...items(3, { areaId: 'A', type: 'single' }), ...items(30, { areaId: 'B', type: 'judge' })];
    expect(feasibility(cells, bank)).toEqual({ feasible: false, shortfalls: [{ areaId: 'A', type: 'single', needed: 5, available: 3 }], problems: [], forms: 0 });
  });

  it('counts distinct questions, usable items and the exposure cap', () => {
    const twoVersions = items(1, { areaId: 'A', type: 'single' }).map((x) => ({ ...x, versionId: `${x.versionId}-2` }));
    const bank = [...items(4, { areaId: 'A', type: 'single' }), ...twoVersions, ...twoVersions.map((x) => ({ ...x, versionId: `${x.versionId}-3` })),
      ...items(10, { areaId: 'B', type: 'judge', exposure: 5 }), ...items(1, { areaId: 'B', type: 'judge', difficulty: 9 })];
    expect(feasibility(cells, bank).shortfalls).toEqual([]);
    expect(feasibility(cells, bank, { exposureCap: 5 }).shortfalls).toEqual([{ areaId: 'B', type: 'judge', needed: 10, available: 0 }]);
  });

  it('says how many papers without a shared question the bank supports, refined by the mix', () => {
    const bank = [...items(12, { areaId: 'A', type: 'single' }), ...items(35, { areaId: 'B', type: 'judge' })];
    expect(feasibility(cells, bank).forms).toBe(2); // min(12/5, 35/10) = 2
    const mixed = [
      ...items(12, { areaId: 'A', type: 'single' }), ...items(3, { areaId: 'A', type: 'single', requirement: 'master' }),
      ...items(40, { areaId: 'B', type: 'judge' }),
    ];
    // 3 forms by counts; master ≥ 10 % of 20 points = 2 points per form = one single each → 3
    expect(feasibility(cells, mixed, { mixes: { requirement: { understand: 80, master: 20 } } }).forms).toBe(3);
    // master ≥ 20 % = 4 points per form = two singles each → only 1 form (3 master singles)
    expect(feasibility(cells, mixed, { mixes: { requirement: { understand: 70, master: 30 } } }).forms).toBe(1);
  });

  it('names the cells that cannot supply a requirement the mix needs (points-based minimum)', () => {
    const bank = [...items(5, { areaId: 'A', type: 'single' }), ...items(1, { areaId: 'A', type: 'single', requirement: 'master' }), ...items(12, { areaId: 'B', type: 'judge' })];
    // master ≥ 40 % of 20 = 8 points; A gives at most 1 × 2, B none → B needs 6, A needs 4 (has 1)
    const r = feasibility(cells, bank, { mixes: { requirement: { understand: 50, master: 50 }, tolerancePercent: 10 } });
    expect(r.feasible).toBe(false);
    expect(r.shortfalls).toEqual([
      { areaId: 'A', type: 'single', requirement: 'master', needed: 4, available: 1 },
      { areaId: 'B', type: 'judge', requirement: 'master', needed: 6, available: 0 },
    ]);
  });

  it('reports a difficulty level that is needed and a forced excess', () => {
    const bank = [...items(5, { areaId: 'A', type: 'single', difficulty: 2 }), ...items(10, { areaId: 'B', type: 'judge', difficulty: 3 })];
    const r = feasibility(cells, bank, { mixes: { difficulty: { '2': 20, '3': 30, '4': 50 } } });
    expect(r.shortfalls).toEqual([
      { areaId: 'A', type: 'single', difficulty: 4, needed: 4, available: 0 }, // ≥ 40 % of 20 = 8 points
      { areaId: 'B', type: 'judge', difficulty: 4, needed: 8, available: 0 },
    ]);
    expect(r.problems.map((p) => p.code)).toEqual(['DIFFICULTY_MIX_EXCESS', 'DIFFICULTY_MIX_EXCESS']);
  });

  it('reports a window no paper can reach', () => {
    const bank = [...items(5, { areaId: 'A', type: 'single', difficulty: 1 }), ...items(10, { areaId: 'B', type: 'judge', difficulty: 2 })];
    const r = feasibility(cells, bank, { difficultyWindow: { min: 3, max: 5 } });
    expect(r.problems).toEqual([{ code: 'DIFFICULTY_WINDOW_UNREACHABLE', message: '题库可达的平均难度为 1.5 至 1.5，与要求的 3 至 5 不相交' }]);
    expect(r.feasible).toBe(false);
    expect(r.forms).toBe(0);
  });
});
