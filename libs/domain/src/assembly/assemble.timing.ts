/**
 * Quick timing of assemblePaper for G4 (quality-bars.md) — NOT a test, never run by jest.
 * One 100-item paper (the VIP level-1 structure scaled to 100 items / 212 points, 28 area × type
 * cells) from a 20,000- and a 100,000-item synthetic bank under the full blueprint: requirement
 * mix 50/35/15 ± 10, difficulty window 2.6–3.2, enemies (5 % of items), exposures 0..50, 2 %
 * seen items.
 *
 *   npx swc libs/domain/src -d /tmp/dom --config-file <swcrc with module commonjs>
 *   node /tmp/dom/libs/domain/src/assembly/assemble.timing.js [seeds] [checkSeeds]
 *
 * Prints the median / p95 time per paper (wall clock, and process CPU time, which a shared busy
 * machine inflates less), the violations found by checkPaper over `checkSeeds`
 * seeds, and the worst gap of the objective to a relaxation bound (see lowerBound), which
 * over-states the gap to the true optimum.
 */
import { allocate } from '../blueprint/allocate';
import type { Blueprint } from '../blueprint/blueprint.types';
import { defaultBlueprint } from '../blueprint/defaults.fixture';
import type { QuestionTypeValue } from '../question';
import { assemblePaper } from './assemble';
import type { AssemblyInput, BankItem } from './assembly.types';
import { checkPaper } from './check-paper';
import { hashString, keyedUnit } from './prng';
import { syntheticBank } from './synthetic-bank.fixture';

/** The VIP level-1 structure scaled to 100 items / 200 points (G4 asks for a 100-item form). */
function hundredItemBlueprint(): Blueprint {
  const bp = defaultBlueprint('vip-service-manager', 1);
  bp.sections = [
    { type: 'fill', count: 20, pointsEach: 1 },
    { type: 'single', count: 32, pointsEach: 2 },
    { type: 'multiple', count: 22, pointsEach: 3, scoring: 'partial' },
    { type: 'judge', count: 22, pointsEach: 1 },
    { type: 'short', count: 4, pointsEach: 10 },
  ];
  bp.totalPoints = 20 + 64 + 66 + 22 + 40;
  bp.difficultyWindow = { min: 2.6, max: 3.2 };
  return bp;
}

function inputFor(bankSize: number): Omit<AssemblyInput, 'seed'> {
  const bp = hundredItemBlueprint();
  const types: QuestionTypeValue[] = ['fill', 'single', 'multiple', 'judge', 'short'];
  const areas = bp.areas.map((a) => a.syllabusNodeId);
  const items: BankItem[] = syntheticBank({ seed: `bank-${bankSize}`, areas, types, perCell: Math.round(bankSize / (areas.length * types.length)), enemyRate: 0.05, seenRate: 0.02, maxExposure: 50 });
  return {
    cells: allocate(bp).cells,
    items,
    mixes: { requirement: bp.requirementMix, tolerancePercent: bp.mixTolerancePercent },
    difficultyWindow: bp.difficultyWindow,
  };
}

/**
 * The objective's relaxation bound: per cell the `count` smallest exposure + jitter among unseen
 * items, ignoring mixes, window and enemies (and the difficulty term, ≥ 0). The MIP optimum lies
 * between this bound and our objective, so (objective − bound) / bound over-states our gap.
 */
function lowerBound(base: Omit<AssemblyInput, 'seed'>, seed: string): number {
  const seedHash = hashString(`jitter:${seed}`);
  let bound = 0;
  for (const cell of base.cells) {
    const costs = base.items
      .filter((i) => i.areaId === cell.areaId && i.type === cell.type && !i.seenByCandidate)
      .map((i) => i.exposure + keyedUnit(seedHash, i.versionId))
      .sort((a, b) => a - b);
    bound += costs.slice(0, cell.count).reduce((a, b) => a + b, 0);
  }
  return bound;
}

function run(bankSize: number, seeds: number, checkSeeds: number): void {
  const base = inputFor(bankSize);
  const times: number[] = [];
  const cpu: number[] = [];
  let failures = 0;
  let gap = 0;
  for (let s = 0; s < seeds; s++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = assemblePaper({ ...base, seed: `timing-${s}` });
    const c1 = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c1.user + c1.system) / 1000);
    if (!r.ok) failures++;
    else gap = Math.max(gap, r.paper.objective / lowerBound(base, `timing-${s}`) - 1);
  }
  let violations = 0;
  let infeasible = 0;
  for (let s = 0; s < checkSeeds; s++) {
    const r = assemblePaper({ ...base, seed: `check-${s}` });
    if (!r.ok) infeasible++;
    else violations += checkPaper(r.paper, base.cells, base.items, base).length;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const q = (p: number, xs = times) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))].toFixed(2);
  const items = base.cells.reduce((n, c) => n + c.count, 0);
  console.log(
    `bank ${bankSize} items, paper ${items} items / ${base.cells.length} cells: wall median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms; CPU median ${q(0.5, cpu)} ms, p95 ${q(0.95, cpu)} ms over ${seeds} seeds; ` +
      `infeasible ${failures}; objective at most ${(gap * 100).toFixed(2)} % above the relaxation bound; ` +
      `checkPaper over ${checkSeeds} seeds: ${violations} violations, ${infeasible} infeasible`,
  );
}

const seeds = Number(process.argv[2] ?? 200);
const checkSeeds = Number(process.argv[3] ?? 0);
run(20_000, seeds, checkSeeds);
run(100_000, Math.max(20, Math.floor(seeds / 4)), Math.floor(checkSeeds / 10));
