import { allocate } from '../blueprint/allocate';
import { defaultBlueprint } from '../blueprint/defaults.fixture';
import { assemblePaper } from './assemble';
import { checkPaper } from './check-paper';
import { constraintsFromBlueprint } from './constraints';
import { syntheticBank } from './synthetic-bank.fixture';

/**
 * Golden paper: the default VIP level-1 blueprint (requirement mix 50/35/15 ± 10) over a small
 * deterministic synthetic bank (8 items per area × type, some enemies, some seen items) for
 * seed "golden-1". A change here means every stored paper would be reproduced differently:
 * change the pin only on purpose.
 */
describe('assemblePaper (golden)', () => {
  const bp = defaultBlueprint('vip-service-manager', 1);
  const items = syntheticBank({ seed: 'golden-bank', areas: bp.areas.map((a) => a.syllabusNodeId), types: ['fill', 'single', 'multiple', 'judge', 'short'], perCell: 8, enemyRate: 0.05, seenRate: 0.1, maxExposure: 10 });
  const cells = allocate(bp).cells;
  const constraints = constraintsFromBlueprint(bp);

  it('gives the pinned paper for seed "golden-1"', () => {
    const r = assemblePaper({ cells, items, seed: 'golden-1', ...constraints });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.paper.items.map((i) => i.versionId)).toEqual([
      'v2', 'v7', 'v6', 'v40', 'v82', 'v81', 'v127', 'v125', 'v162', 'v202',
      'v11', 'v48', 'v54', 'v49', 'v92', 'v90', 'v94', 'v133', 'v135', 'v132', 'v134', 'v174', 'v175', 'v171', 'v214',
      'v20', 'v22', 'v19', 'v63', 'v61', 'v136', 'v176', 'v177', 'v223', 'v216',
      'v25', 'v71', 'v69', 'v111', 'v110', 'v150', 'v147', 'v187', 'v185', 'v225',
      'v116', 'v156',
    ]);
    expect(r.paper.items.slice(10, 12).map((i) => i.optionOrder)).toEqual([['C', 'A', 'D', 'B'], ['B', 'C', 'D', 'A']]);
    expect(r.paper.stats).toMatchObject({
      totalPoints: 100,
      pointsByRequirement: { understand: 47, familiar: 30, master: 23 },
      meanDifficulty: 2.97,
      exposureSum: 62,
      seenCount: 0,
    });
    expect(r.paper.objective).toBeCloseTo(83.2365043897, 8);
    expect(checkPaper(r.paper, cells, items, constraints)).toEqual([]);
  });
});
