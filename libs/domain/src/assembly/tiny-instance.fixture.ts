/**
 * Tiny assembly instances and their optimum by brute force (every paper enumerated), for the
 * tests of the exact parts of the search (priced-dp.ts, refine.ts, assemble.ts).
 */
import type { QuestionTypeValue } from '../question';
import { REQUIREMENT_VALUES } from '../question';
import type { AssemblyCell, AssemblyConstraints, BankItem } from './assembly.types';
import { boundsFor, type Bounds } from './bounds';
import { buildPool, toCents, type Pool } from './pool';
import { createRng, nextInt } from './prng';
import { EPS } from './search';

export interface TinyInstance extends AssemblyConstraints {
  cells: AssemblyCell[];
  items: BankItem[];
  lambda: number;
}

export interface TinyOptions {
  mix: boolean;
  window: boolean;
  /** share of items naming an enemy (default none) */
  enemyRate?: number;
}

const TYPES: QuestionTypeValue[] = ['single', 'judge', 'multiple'];
const POINTS = [1, 2, 3, 1.5];

/** 2–3 cells of 1–3 items, each with 2–4 spare items; exposures 0..2 so costs nearly tie. */
export function tinyInstance(seed: string, o: TinyOptions): TinyInstance {
  const rng = createRng(`tiny:${seed}`);
  const cells: AssemblyCell[] = [];
  const items: BankItem[] = [];
  const cellCount = 2 + nextInt(rng, 2);
  for (let c = 0; c < cellCount; c++) {
    const cell: AssemblyCell = { areaId: `A${c % 2}`, type: TYPES[c], count: 1 + nextInt(rng, 3), pointsEach: POINTS[nextInt(rng, POINTS.length)] };
    cells.push(cell);
    const size = cell.count + 2 + nextInt(rng, 3);
    for (let i = 0; i < size; i++) {
      const n = items.length;
      items.push({
        versionId: `v${n}`,
        questionId: `q${n}`,
        areaId: cell.areaId,
        type: cell.type,
        difficulty: 1 + nextInt(rng, 5),
        requirement: REQUIREMENT_VALUES[nextInt(rng, 3)],
        exposure: nextInt(rng, 3),
        seenByCandidate: false,
        enemyIds: [],
      });
    }
  }
  for (const item of items) if (rng() < (o.enemyRate ?? 0)) (item.enemyIds as string[]).push(items[nextInt(rng, items.length)].questionId);
  const out: TinyInstance = { cells, items, lambda: cells.reduce((n, c) => n + c.count, 0) };
  if (o.mix) {
    const u = 20 + nextInt(rng, 50);
    const m = nextInt(rng, 100 - u);
    out.mixes = { requirement: { understand: u, master: m, familiar: 100 - u - m }, tolerancePercent: 8 + nextInt(rng, 15) };
  }
  if (o.window) {
    const min = 1.8 + nextInt(rng, 12) / 10;
    out.difficultyWindow = { min, max: min + 0.3 + nextInt(rng, 8) / 10 };
  }
  return out;
}

export function tinyPool(t: TinyInstance, seed: string): { pool: Pool; bounds: Bounds } {
  const pool = buildPool(t.cells, t.items, seed, t.exposureCap);
  const total = t.cells.reduce((sum, c) => sum + c.count * toCents(c.pointsEach), 0);
  return { pool, bounds: boundsFor(t, total, t.lambda) };
}

export interface BruteForceOptions {
  /** price per cent of points of each requirement / difficulty (the relaxation's costs) */
  reqPrice?: Float64Array;
  diffPrice?: Float64Array;
  /** enforce the mixes (default true) */
  mixes?: boolean;
  /** enforce enemies and one version per question (default true) */
  enemies?: boolean;
}

/**
 * The least Σ (key + prices) + λ·|mean − target| over every paper that fills each cell, keeps
 * the window and (as asked) the mixes and enemies; Infinity when there is none.
 */
export function bruteForce(pool: Pool, b: Bounds, o: BruteForceOptions = {}): { cost: number; picks: number[][] } {
  const { key, req, diff, cellPts, order } = pool;
  const T = b.totalCents;
  const combos = pool.cells.map((cell, c) => choose(Array.from(order[c]), cell.count));
  let best = Infinity;
  let bestPicks: number[][] = [];
  const chosen: number[][] = [];
  const walk = (c: number): void => {
    if (c === combos.length) {
      const R = new Float64Array(3);
      const D = new Float64Array(5);
      let cost = 0;
      let pd = 0;
      const all: number[] = [];
      chosen.forEach((list, cc) => {
        const p = cellPts[cc];
        for (const k of list) {
          all.push(k);
          R[req[k]] += p;
          D[diff[k] - 1] += p;
          pd += diff[k] * p;
          cost += key[k] + (o.reqPrice ? o.reqPrice[req[k]] * p : 0) + (o.diffPrice ? o.diffPrice[diff[k] - 1] * p : 0);
        }
      });
      if (b.window) {
        if (pd < b.window.lo - EPS || pd > b.window.hi + EPS) return;
        cost += b.lambda * Math.abs(pd / T - b.window.target);
      }
      if (o.mixes !== false && (!within(R, b.reqLo, b.reqHi) || !within(D, b.diffLo, b.diffHi))) return;
      if (o.enemies !== false && clashes(pool, all)) return;
      if (cost < best) {
        best = cost;
        bestPicks = chosen.map((l) => [...l]);
      }
      return;
    }
    for (const combo of combos[c]) {
      chosen[c] = combo;
      walk(c + 1);
    }
  };
  walk(0);
  return { cost: best, picks: bestPicks };
}

/** Σ key + λ·|mean − target| of a paper given as pool indices per cell. */
export function costOf(pool: Pool, b: Bounds, picks: ArrayLike<number>[]): number {
  let cost = 0;
  let pd = 0;
  picks.forEach((list, c) => {
    for (let s = 0; s < list.length; s++) {
      cost += pool.key[list[s]];
      pd += pool.diff[list[s]] * pool.cellPts[c];
    }
  });
  return cost + (b.window ? b.lambda * Math.abs(pd / b.totalCents - b.window.target) : 0);
}

/** The paper meets every mix and the window. */
export function feasiblePicks(pool: Pool, b: Bounds, picks: ArrayLike<number>[]): boolean {
  const R = new Float64Array(3);
  const D = new Float64Array(5);
  let pd = 0;
  picks.forEach((list, c) => {
    for (let s = 0; s < list.length; s++) {
      const k = list[s];
      R[pool.req[k]] += pool.cellPts[c];
      D[pool.diff[k] - 1] += pool.cellPts[c];
      pd += pool.diff[k] * pool.cellPts[c];
    }
  });
  if (b.window && (pd < b.window.lo - EPS || pd > b.window.hi + EPS)) return false;
  return within(R, b.reqLo, b.reqHi) && within(D, b.diffLo, b.diffHi);
}

function within(v: Float64Array, lo: Float64Array | null, hi: Float64Array | null): boolean {
  if (!lo || !hi) return true;
  for (let i = 0; i < v.length; i++) if (v[i] < lo[i] - EPS || v[i] > hi[i] + EPS) return false;
  return true;
}

function clashes(pool: Pool, chosen: number[]): boolean {
  const items = chosen.map((k) => pool.items[pool.src[k]]);
  const qs = new Set(items.map((i) => i.questionId));
  if (qs.size < items.length) return true;
  return items.some((i) => i.enemyIds.some((e) => e !== i.questionId && qs.has(e)));
}

function choose(list: number[], k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = 0; i <= list.length - k; i++) for (const rest of choose(list.slice(i + 1), k - 1)) out.push([list[i], ...rest]);
  return out;
}
