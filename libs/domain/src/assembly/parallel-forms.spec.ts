import { allocate } from '../blueprint/allocate';
import { defaultBlueprint } from '../blueprint/defaults.fixture';
import type { AssemblyInput } from './assembly.types';
import { checkPaper } from './check-paper';
import { assembleParallelForms, formLabel } from './parallel-forms';
import { syntheticBank } from './synthetic-bank.fixture';

const bp = defaultBlueprint('vip-service-manager', 1);
const input = (perCell: number): AssemblyInput => ({
  cells: allocate(bp).cells,
  items: syntheticBank({ seed: 'forms', areas: bp.areas.map((a) => a.syllabusNodeId), types: ['fill', 'single', 'multiple', 'judge', 'short'], perCell, enemyRate: 0.02 }),
  mixes: { requirement: bp.requirementMix, tolerancePercent: 10 },
  seed: 'session-1',
});

describe('assembleParallelForms', () => {
  it('labels forms A, B, …, Z, AA', () => {
    expect([0, 1, 2, 25, 26, 27].map(formLabel)).toEqual(['A', 'B', 'C', 'Z', 'AA', 'AB']);
  });

  it('gives n valid papers without overlap when the bank allows, with an equivalence report', () => {
    const base = input(20);
    const r = assembleParallelForms(3, base, { maxOverlapPercent: 0, meanDifficultyTolerance: 0.15 });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.forms.map((f) => f.label)).toEqual(['A', 'B', 'C']);
    for (const f of r.forms) expect(checkPaper(f.paper, base.cells, base.items, base)).toEqual([]);
    expect(r.report.sharedItems).toEqual([[47, 0, 0], [0, 47, 0], [0, 0, 47]]);
    expect(r.report.overlapPercent[0]).toEqual([100, 0, 0]);
    expect(r.report.maxOverlapPercent).toBe(0);
    expect(r.report.meanDifficultySpread).toBeLessThanOrEqual(0.15 + 1e-9);
    expect(r.report.forms[1].pointsByRequirement.understand + r.report.forms[1].pointsByRequirement.familiar + r.report.forms[1].pointsByRequirement.master).toBe(100);
  });

  it('shares questions only as far as the cap allows, and says so when it cannot hold', () => {
    // 4 items per cell: the cell needing 4 (VIP-2.2 single) repeats itself on every form
    const small = input(4);
    const tight = assembleParallelForms(2, small, { maxOverlapPercent: 5, meanDifficultyTolerance: 1 });
    expect(tight.ok).toBe(false);
    if (!tight.ok) expect(tight.unmet[0].code).toBe('FORM_OVERLAP');
    const loose = assembleParallelForms(2, small, { maxOverlapPercent: 100, meanDifficultyTolerance: 1 });
    if (!loose.ok) throw new Error(JSON.stringify(loose));
    const shared = loose.report.sharedItems[0][1];
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThan(47);
  });

  it('is reproducible from the session seed', () => {
    const base = input(10);
    const options = { maxOverlapPercent: 30, meanDifficultyTolerance: 0.2 };
    expect(assembleParallelForms(2, base, options)).toEqual(assembleParallelForms(2, base, options));
  });
});
