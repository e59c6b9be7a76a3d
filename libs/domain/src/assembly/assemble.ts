/**
 * assemblePaper: picks the question versions of one candidate's paper.
 *
 * Hard constraints: the exact count (and so points) of every cell from items of that area and
 * type; the requirement and difficulty mixes within tolerance (percent of points); the window on
 * the points-weighted mean difficulty; no two enemies and never one question twice; the
 * exposure cap. Soft: items the candidate saw before are used only when nothing else satisfies
 * the hard constraints (see pool.ts). Objective, minimised: Σ over chosen items of
 * (exposure + jitter ∈ [0, 1) seeded per candidate) + λ·|mean difficulty − window midpoint|
 * when a window is set (quality-bars.md, G4).
 *
 * Start: the exact dynamic program on Σ points × difficulty with the mixes priced by Lagrange
 * multipliers (priced-dp.ts); when it does not apply, greedy by cost per cell (with a window: the
 * cheapest greedy paper for a difficulty tilt found by bisection). Then repair swaps until the
 * mixes and the window hold (repair.ts), a bounded local search of objective-improving single
 * and pair swaps that keep every constraint (improve.ts), and, when a requirement mix binds, the
 * exact pruned program under the mix (refine.ts). Candidate lists are precomputed per cell and
 * class, sorted by cost (pool.ts); points are integer cents. When the bank cannot give a
 * paper the result says why (short cells from `feasibility`, and the constraints left unmet);
 * nothing is ever relaxed. Deterministic: same cells, bank snapshot and seed → same paper.
 */
import { DEFAULT_MIX_TOLERANCE_PERCENT, DIFFICULTY_KEYS } from '../blueprint/blueprint.types';
import { REQUIREMENT_VALUES } from '../question';
import type { AssembledPaper, AssemblyConstraints, AssemblyInput, AssemblyResult, PaperItem, UnmetConstraint } from './assembly.types';
import { feasibility } from './feasibility';
import { buildPool, Pool, toCents } from './pool';
import { createRng, optionOrderFor } from './prng';
import { Bounds, boundsFor } from './bounds';
import { improve, improvePair } from './improve';
import { placePicks, pricedStart, type PricedStart } from './priced-dp';
import { refineExact } from './refine';
import { repair } from './repair';
import { Search } from './search';

export const REQUIREMENT_LABELS = { understand: '了解', familiar: '熟悉', master: '掌握' } as const;

export function assemblePaper(input: AssemblyInput): AssemblyResult {
  const pool = buildPool(input.cells, input.items, input.seed, input.exposureCap);
  if (input.cells.some((cell, c) => pool.order[c].length < cell.count)) return infeasible(input, []);
  const itemCount = input.cells.reduce((n, c) => n + c.count, 0);
  const totalCents = input.cells.reduce((sum, c) => sum + c.count * toCents(c.pointsEach), 0);
  const bounds = boundsFor(input, totalCents, input.difficultyWeight ?? itemCount);
  const search = new Search(pool, bounds);
  const start = pricedStart(search);
  if (!start && tiltedStart(search, bounds) >= 0) {
    return infeasible(input, [{ code: 'ENEMY_CONFLICT', message: '互斥题目过多，某些单元无法选满不冲突的题目' }]);
  }
  if (!repair(search, createRng(`search:${input.seed}`)) && !(start && rescue(search, start))) return infeasible(input, unmetOf(search, input, totalCents));
  const passes = input.maxImprovePasses ?? 25;
  improve(search, passes);
  for (let round = 0; round < (input.maxPairMoves ?? 12) && improvePair(search); round++) improve(search, passes);
  if (start) refine(search, start, passes);
  return { ok: true, paper: paperOf(pool, search, bounds, input.seed) };
}

/**
 * With a window, the start is the cheapest greedy paper for a tilt μ on difficulty (a
 * Lagrangian view of λ·|mean − target|): bisection on μ ∈ [−λ, λ] moves the greedy mean to the
 * target, and the probe with the lowest objective is kept. Without a window, μ = 0.
 */
function tiltedStart(search: Search, b: Bounds): number {
  if (!b.window) return search.greedy();
  let lo = -b.lambda;
  let hi = b.lambda;
  let bestMu = 0;
  let bestCost = Infinity;
  for (let probe = 0; probe < TILT_PROBES; probe++) {
    const mu = probe === 0 ? 0 : (lo + hi) / 2;
    search.reset();
    if (search.greedy(mu) >= 0) {
      search.reset();
      return search.greedy(0);
    }
    const cost = search.cost();
    if (cost < bestCost) {
      bestCost = cost;
      bestMu = mu;
    }
    // a larger μ makes difficulty dearer and lowers the mean
    if (search.dSum / b.totalCents > b.window.target) lo = mu;
    else hi = mu;
  }
  search.reset();
  return search.greedy(bestMu);
}

const TILT_PROBES = 18;

/** When repair fails under a requirement mix, the exact program without a cost limit finds a paper if there is one. */
function rescue(search: Search, start: PricedStart): boolean {
  if (search.b.diffLo) return false;
  const picks = refineExact(search.pool, search.b, start.reqPrice, Infinity);
  if (!picks) return false;
  const kept = search.sel.map((slots) => slots.slice());
  if (placePicks(search, picks) && search.violation() === 0) return true;
  placePicks(search, kept);
  return false;
}

/**
 * Under a requirement mix (and no difficulty mix) the paper may still be above the optimum: the
 * exact pruned program (refine.ts) looks for a cheaper one, unless the priced start was already
 * optimal or the bound proves the paper is. Its paper is kept only when it is placed whole,
 * meets every bound and is cheaper.
 */
function refine(search: Search, start: PricedStart, passes: number): void {
  const b = search.b;
  if (!b.reqLo || b.diffLo || start.exact) return;
  const ub = search.cost();
  if (ub - start.bound <= 1e-9) return;
  const picks = refineExact(search.pool, b, start.reqPrice, ub);
  if (!picks) return;
  const kept = search.sel.map((slots) => slots.slice());
  if (placePicks(search, picks) && search.violation() === 0 && search.cost() < ub) {
    improve(search, passes);
    return;
  }
  placePicks(search, kept);
}

function infeasible(input: AssemblyInput, unmet: UnmetConstraint[]): AssemblyResult {
  return { ok: false, shortfalls: feasibility(input.cells, input.items, input).shortfalls, unmet };
}

function paperOf(pool: Pool, search: Search, b: Bounds, seed: string): AssembledPaper {
  const items: PaperItem[] = [];
  let exposureSum = 0;
  let jitterSum = 0;
  let seenCount = 0;
  pool.cells.forEach((cell, c) => {
    const chosen = Array.from(search.sel[c]).sort((x, y) => pool.key[x] - pool.key[y] || (versionOf(pool, x) < versionOf(pool, y) ? -1 : 1));
    for (const k of chosen) {
      const item = pool.items[pool.src[k]];
      exposureSum += item.exposure;
      jitterSum += pool.jitter[k];
      if (item.seenByCandidate) seenCount++;
      const entry: PaperItem = { versionId: item.versionId, questionId: item.questionId, areaId: cell.areaId, type: cell.type, points: cell.pointsEach };
      if ((item.type === 'single' || item.type === 'multiple') && item.optionKeys && item.optionKeys.length > 0) {
        entry.optionOrder = optionOrderFor(seed, item.versionId, item.optionKeys);
      }
      items.push(entry);
    }
  });
  const T = b.totalCents;
  const mean = search.dSum / T;
  const objective = exposureSum + jitterSum + (b.window ? b.lambda * Math.abs(mean - b.window.target) : 0);
  const pointsByRequirement = { understand: search.reqPts[0] / 100, familiar: search.reqPts[1] / 100, master: search.reqPts[2] / 100 };
  const pointsByDifficulty: Record<string, number> = {};
  DIFFICULTY_KEYS.forEach((d, i) => (pointsByDifficulty[d] = search.diffPts[i] / 100));
  return {
    seed,
    items,
    objective,
    stats: {
      totalPoints: T / 100,
      pointsByRequirement,
      pointsByDifficulty,
      meanDifficulty: mean,
      exposureSum,
      seenCount,
      repairSwaps: search.swaps - search.improveSwaps,
      improveSwaps: search.improveSwaps,
    },
  };
}

const versionOf = (pool: Pool, k: number): string => pool.items[pool.src[k]].versionId;

/** What the search could not reach, read off its final state, for officers. */
function unmetOf(search: Search, c: AssemblyConstraints, totalCents: number): UnmetConstraint[] {
  const out: UnmetConstraint[] = [];
  const tol = c.mixes?.tolerancePercent ?? DEFAULT_MIX_TOLERANCE_PERCENT;
  const pct = (cents: number) => Math.round((cents / totalCents) * 10000) / 100;
  const req = c.mixes?.requirement;
  if (req) {
    REQUIREMENT_VALUES.forEach((r, i) => {
      const actual = pct(search.reqPts[i]);
      const target = req[r] ?? 0;
      if (Math.abs(actual - target) > tol + 1e-9) {
        out.push({ code: 'REQUIREMENT_MIX', message: `认知要求“${REQUIREMENT_LABELS[r]}”最接近只能占 ${actual}%，要求 ${target}% ± ${tol}%` });
      }
    });
  }
  const dm = c.mixes?.difficulty;
  if (dm) {
    DIFFICULTY_KEYS.forEach((d, i) => {
      const actual = pct(search.diffPts[i]);
      const target = dm[d] ?? 0;
      if (Math.abs(actual - target) > tol + 1e-9) {
        out.push({ code: 'DIFFICULTY_MIX', message: `难度 ${d} 最接近只能占 ${actual}%，要求 ${target}% ± ${tol}%` });
      }
    });
  }
  const w = c.difficultyWindow;
  const mean = search.dSum / totalCents;
  if (w && (mean < w.min - 1e-9 || mean > w.max + 1e-9)) {
    out.push({ code: 'DIFFICULTY_WINDOW', message: `平均难度最接近只能达到 ${Math.round(mean * 100) / 100}，要求在 ${w.min} 至 ${w.max} 之间` });
  }
  if (out.length === 0) out.push({ code: 'ENEMY_CONFLICT', message: '互斥题目限制下找不到满足全部约束的组卷' });
  return out;
}
