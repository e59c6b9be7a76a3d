/**
 * Feasibility of a blueprint against the bank as it is today (`POST /api/blueprints/:id/feasibility`
 * and activation): which cells the bank cannot fill, and how many papers without a shared
 * question it supports.
 *
 * Counts are of distinct questions (two versions of one question can never be on one paper, nor
 * on two papers that must not share an item), among usable items (well-formed, under the
 * exposure cap). Items the candidate saw are counted: avoiding them is a preference.
 *
 * These are necessary conditions, cheap enough to run on every request; enemies are not
 * considered (`assemblePaper` is the final word and reports what it could not reach).
 */
import { DEFAULT_MIX_TOLERANCE_PERCENT, DIFFICULTY_KEYS } from '../blueprint/blueprint.types';
import { REQUIREMENT_VALUES } from '../question';
import type { AssemblyCell, AssemblyConstraints, BankItem, Shortfall } from './assembly.types';
import { cellLookup, difficultyIndex, isUsable, requirementIndex, toCents } from './pool';

export interface FeasibilityProblem {
  code: 'REQUIREMENT_MIX_EXCESS' | 'DIFFICULTY_MIX_EXCESS' | 'DIFFICULTY_WINDOW_UNREACHABLE';
  message: string;
}

export interface FeasibilityReport {
  feasible: boolean;
  /** every short cell, and every requirement/difficulty a cell cannot supply enough of */
  shortfalls: Shortfall[];
  /** bounds no cell is "short" for, e.g. too many items of one requirement are forced */
  problems: FeasibilityProblem[];
  /** papers without a shared question the bank supports now (0 when infeasible) */
  forms: number;
}

interface CellSupply {
  all: Set<string>;
  byReq: Set<string>[];
  byDiff: Set<string>[];
}

/** A mix dimension: per cell the count supplied of each key, and the bounds in cents. */
interface Dimension {
  keys: readonly string[];
  supply: (s: CellSupply, i: number) => number;
  lo: number[];
  hi: number[];
  shortfall: (i: number) => Pick<Shortfall, 'requirement' | 'difficulty'>;
  excess: FeasibilityProblem['code'];
  label: (i: number) => string;
}

const EPS = 1e-7;

export function feasibility(cells: readonly AssemblyCell[], items: readonly BankItem[], constraints: AssemblyConstraints = {}): FeasibilityReport {
  const lookup = cellLookup(cells);
  const supply: CellSupply[] = cells.map(() => ({ all: new Set(), byReq: [0, 1, 2].map(() => new Set()), byDiff: [0, 1, 2, 3, 4].map(() => new Set()) }));
  for (const item of items) {
    const c = lookup.get(item.areaId)?.get(item.type);
    if (c === undefined || !isUsable(item, constraints.exposureCap)) continue;
    const s = supply[c];
    s.all.add(item.questionId);
    s.byReq[requirementIndex(item.requirement)].add(item.questionId);
    s.byDiff[difficultyIndex(item.difficulty)].add(item.questionId);
  }
  const pts = cells.map((c) => toCents(c.pointsEach));
  const T = cells.reduce((sum, c, i) => sum + c.count * pts[i], 0);
  const shortfalls: Shortfall[] = [];
  cells.forEach((cell, c) => {
    const available = supply[c].all.size;
    if (available < cell.count) shortfalls.push({ areaId: cell.areaId, type: cell.type, needed: cell.count, available });
  });
  const problems: FeasibilityProblem[] = [];
  const dims = dimensions(constraints, T);
  for (const dim of dims) {
    dim.keys.forEach((_, i) => {
      const at = (k: number) => cells.map((cell, c) => Math.min(k * cell.count, dim.supply(supply[c], i)) * pts[c]);
      const most = at(1);
      const total = most.reduce((a, b) => a + b, 0);
      if (total < dim.lo[i] - EPS) {
        // Each cell that cannot give all its items from this key is short by what the points
        // still missing (with every other cell at its maximum) require of it.
        cells.forEach((cell, c) => {
          const available = dim.supply(supply[c], i);
          if (available >= cell.count) return;
          const needed = Math.min(cell.count, Math.ceil((dim.lo[i] - (total - most[c])) / pts[c] - 1e-9));
          shortfalls.push({ areaId: cell.areaId, type: cell.type, ...dim.shortfall(i), needed, available });
        });
      }
      if (forcedCents(cells, supply, pts, dim, i, 1) > dim.hi[i] + EPS) {
        problems.push({ code: dim.excess, message: `${dim.label(i)}的题目超出上限：其他题目不足，无法把比例压到要求以内` });
      }
    });
  }
  const window = constraints.difficultyWindow;
  if (window && T > 0) {
    const [lowest, highest] = meanRange(cells, supply, pts, T);
    if (lowest > window.max + 1e-9 || highest < window.min - 1e-9) {
      problems.push({ code: 'DIFFICULTY_WINDOW_UNREACHABLE', message: `题库可达的平均难度为 ${round2(lowest)} 至 ${round2(highest)}，与要求的 ${window.min} 至 ${window.max} 不相交` });
    }
  }
  const feasible = shortfalls.length === 0 && problems.length === 0;
  return { feasible, shortfalls, problems, forms: feasible ? formsSupported(cells, supply, pts, dims) : 0 };
}

function dimensions(c: AssemblyConstraints, T: number): Dimension[] {
  const tol = c.mixes?.tolerancePercent ?? DEFAULT_MIX_TOLERANCE_PERCENT;
  const dims: Dimension[] = [];
  const req = c.mixes?.requirement;
  if (req) {
    dims.push({
      keys: REQUIREMENT_VALUES,
      supply: (s, i) => s.byReq[i].size,
      lo: REQUIREMENT_VALUES.map((r) => Math.max(0, ((req[r] ?? 0) - tol) * T / 100)),
      hi: REQUIREMENT_VALUES.map((r) => ((req[r] ?? 0) + tol) * T / 100),
      shortfall: (i) => ({ requirement: REQUIREMENT_VALUES[i] }),
      excess: 'REQUIREMENT_MIX_EXCESS',
      label: (i) => `认知要求“${['了解', '熟悉', '掌握'][i]}”`,
    });
  }
  const diff = c.mixes?.difficulty;
  if (diff) {
    dims.push({
      keys: DIFFICULTY_KEYS,
      supply: (s, i) => s.byDiff[i].size,
      lo: DIFFICULTY_KEYS.map((d) => Math.max(0, ((diff[d] ?? 0) - tol) * T / 100)),
      hi: DIFFICULTY_KEYS.map((d) => ((diff[d] ?? 0) + tol) * T / 100),
      shortfall: (i) => ({ difficulty: i + 1 }),
      excess: 'DIFFICULTY_MIX_EXCESS',
      label: (i) => `难度 ${i + 1} `,
    });
  }
  return dims;
}

/** Cents of key `i` that k papers are forced to take because a cell lacks other items. */
function forcedCents(cells: readonly AssemblyCell[], supply: CellSupply[], pts: number[], dim: Dimension, i: number, k: number): number {
  return cells.reduce((sum, cell, c) => sum + Math.max(0, k * cell.count - (supply[c].all.size - dim.supply(supply[c], i))) * pts[c], 0);
}

/**
 * The largest k such that k papers fit side by side: every cell holds k × count questions, and
 * every mix bound can be met by k papers together (necessary; the bounds are monotone in k,
 * so a binary search finds it).
 */
function formsSupported(cells: readonly AssemblyCell[], supply: CellSupply[], pts: number[], dims: Dimension[]): number {
  let hi = Math.min(...cells.map((cell, c) => (cell.count > 0 ? Math.floor(supply[c].all.size / cell.count) : Infinity)));
  if (!Number.isFinite(hi)) return 0;
  const fits = (k: number) =>
    dims.every((dim) =>
      dim.keys.every((_, i) => {
        const most = cells.reduce((sum, cell, c) => sum + Math.min(k * cell.count, dim.supply(supply[c], i)) * pts[c], 0);
        return most >= k * dim.lo[i] - EPS && forcedCents(cells, supply, pts, dim, i, k) <= k * dim.hi[i] + EPS;
      }),
    );
  let lo = 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Lowest and highest points-weighted mean difficulty the cells could reach. */
function meanRange(cells: readonly AssemblyCell[], supply: CellSupply[], pts: number[], T: number): [number, number] {
  let low = 0;
  let high = 0;
  cells.forEach((cell, c) => {
    const counts = supply[c].byDiff.map((s) => s.size);
    low += pick(counts, cell.count, 1) * pts[c];
    high += pick(counts, cell.count, -1) * pts[c];
  });
  return [low / T, high / T];
}

/** Σ difficulty of `n` items taken from the easiest (dir 1) or hardest (dir −1) end. */
function pick(counts: number[], n: number, dir: 1 | -1): number {
  let sum = 0;
  let left = n;
  for (let j = 0; j < 5 && left > 0; j++) {
    const d = dir > 0 ? j : 4 - j;
    const take = Math.min(left, counts[d]);
    sum += take * (d + 1);
    left -= take;
  }
  return sum;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
