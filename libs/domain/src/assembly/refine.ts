/**
 * Exact refinement under a requirement mix (assemble.ts, after the local search): a dynamic
 * program over the cells whose state is (Σ points × difficulty, understand points, master
 * points), so the mix is a hard bound instead of a price. The whole state space is far too large
 * to sweep in milliseconds, so it is pruned:
 *
 *  - a lower bound on the cells still to decide: the knapsack on Σ p·d alone (the mix priced,
 *    not enforced), computed backwards once;
 *  - an upper bound: the objective of the paper the search already has. With the requirement
 *    prices π of the Lagrangian step, a paper that meets the mix costs at least its priced cost
 *    + K (K = Σ max(0, −π)·lo − max(0, π)·hi), so a partial paper whose priced cost + lower bound
 *    of the rest reaches (upper bound − K) cannot beat it;
 *  - the mix itself: a partial paper over a bound, or unable to reach one with the points left.
 *
 * Within a cell only the cheapest choice for each (Σ difficulty, understand count, master count)
 * matters, and within a state only the cheapest partial paper, so nothing that could win is
 * dropped: the result is the optimum over every paper meeting the cells, the window and the
 * requirement mix (enemies and duplicate questions aside: placePicks swaps a blocked item for the
 * next of its class). The priced limit starts at a small share of the gap between the bounds (few
 * states) and widens until the paper found is proven optimal (its true cost − K within the limit
 * passed) or the limit is the whole gap. Past `maxStates` states it stops, returning the best
 * paper found so far if any (the search's paper stands otherwise).
 */
import type { Bounds } from './bounds';
import type { Pool } from './pool';
import { difficultyTerm, pdUnits, type PdUnits } from './priced-dp';

export const MAX_REFINE_STATES = 60000;
/** above this much work for the per-cell tables the refinement is skipped */
const MAX_TABLE_WORK = 4_000_000;
/** the shares of the gap between the bounds tried in turn as the limit */
const DEEPENING = [1 / 16, 1 / 4, 1];
/** a cheaper paper must beat the upper bound by more than float noise */
const TINY = 1e-9;

/** Per cell: the cheapest choice for each (E, u, m), grouped by E (= Σ(d − 1)) by ascending cost. */
interface CellEntries {
  /** the entries of E = e are byE[e] .. byE[e + 1] − 1 */
  byE: Int32Array;
  cost: Float64Array;
  /** understand and master counts (familiar: the rest) */
  u: Int32Array;
  m: Int32Array;
  /** Σ(d − 1) of the understand, master and familiar items */
  eu: Int32Array;
  em: Int32Array;
  ef: Int32Array;
}

/**
 * The cheapest paper that meets the requirement mix and the window and costs less than `limit`
 * (the true objective; Infinity: any paper), as pool indices per cell. Null when there is none
 * (the paper at `limit` is then optimal, enemies aside), when the pruned program outgrows
 * `maxStates`, or when there is no requirement mix.
 */
export function refineExact(pool: Pool, b: Bounds, reqPrice: Float64Array, limit: number, maxStates = MAX_REFINE_STATES, deepening: readonly number[] = DEEPENING): Int32Array[] | null {
  if (!b.reqLo || !b.reqHi) return null;
  const units = pdUnits(pool);
  const { unit, pu, n } = units;
  const C = pool.cells.length;
  const xMax = 4 * units.base;
  let work = 0;
  for (let c = 0; c < C; c++) work += tableWork(n[c]);
  if (C === 0 || xMax > 20000 || work > MAX_TABLE_WORK || n.some((x) => x > 100)) return null;

  const tables = pool.cells.map((_, c) => requirementTables(pool, c, n[c], reqPrice));
  const entries = tables.map((t, c) => cellEntries(t, n[c]));
  const fmin = entries.map((e, c) => leastPerE(e, n[c]));
  // B[c][x]: the least priced cost of cells c.. plus the difficulty term, with x = Σ pu·Σ(d − 1) so far
  const reach = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) reach[c + 1] = reach[c] + pu[c] * 4 * n[c];
  const B: Float64Array[] = new Array<Float64Array>(C + 1);
  B[C] = Float64Array.from({ length: xMax + 1 }, (_, x) => difficultyTerm(b, units, x));
  for (let c = C - 1; c >= 0; c--) {
    const next = B[c + 1];
    const f = fmin[c];
    const here = new Float64Array(reach[c] + 1);
    for (let x = 0; x <= reach[c]; x++) {
      let least = Infinity;
      for (let e = 0; e < f.length; e++) least = Math.min(least, f[e] + next[x + pu[c] * e]);
      here[x] = least;
    }
    B[c] = here;
  }
  let K = 0;
  for (let r = 0; r < 3; r++) K += Math.max(0, -reqPrice[r]) * b.reqLo[r] - Math.max(0, reqPrice[r]) * b.reqHi[r];
  const floor = B[0][0];
  const ctx: Forward = {
    units,
    lo: Float64Array.from(b.reqLo, (v) => v / unit - 1e-9),
    hi: Float64Array.from(b.reqHi, (v) => v / unit + 1e-9),
    totalU: b.totalCents / unit,
    entries,
    fmin,
    B,
    b,
    reqPrice,
    maxStates,
    table: new StateTable(maxStates),
  };
  let best: Found | null = null;
  for (let level = 0; ; level++) {
    const limitTrue = best ? best.cost : limit;
    const top = limitTrue - K - TINY;
    if (!(top > floor)) break;
    const last = level >= deepening.length - 1 || top === Infinity;
    const limitPC = last ? top : floor + (top - floor) * deepening[level];
    const found = forward(ctx, limitPC, limitTrue - TINY);
    if (found === CAPPED) break;
    if (found) best = found;
    // proven optimal: every paper cheaper than it has a priced cost within this pass's limit
    if (last || (found && found.cost - K <= limitPC)) break;
  }
  if (!best) return null;
  const out = pool.cells.map((cell) => new Int32Array(cell.count));
  for (let c = 0; c < C; c++) materialize(pool, c, tables[c], n[c], entries[c], best.path[c], out[c]);
  return out;
}

/** A paper of the forward pass: per cell its entry, and its true cost. */
interface Found {
  path: Int32Array;
  cost: number;
}

const CAPPED = 'capped' as const;

interface Forward {
  units: PdUnits;
  /** requirement bounds in units of points */
  lo: Float64Array;
  hi: Float64Array;
  totalU: number;
  entries: CellEntries[];
  fmin: Float64Array[];
  B: Float64Array[];
  b: Bounds;
  reqPrice: Float64Array;
  maxStates: number;
  table: StateTable;
}

/**
 * The pruned forward pass with the priced limit `limitPC`: the cheapest paper among those whose
 * priced cost is within it and whose true cost is below `limitTrue` (per cell its entry); null
 * when there is none, CAPPED when the states outgrow the cap.
 */
function forward(f: Forward, limitPC: number, limitTrue: number): Found | null | typeof CAPPED {
  const { pu, n, unit } = f.units;
  const { lo, hi, totalU, entries, fmin, B, table } = f;
  const C = entries.length;
  const slack = limitPC - B[0][0];
  const stride = totalU + 1;
  let X = [0];
  let U = [0];
  let M = [0];
  let cost = [0];
  const prevs: Int32Array[] = [];
  const picks: Int32Array[] = [];
  let pointsBefore = 0;
  let states = 1;
  for (let c = 0; c < C; c++) {
    const en = entries[c];
    const fm = fmin[c];
    const Bn = B[c + 1];
    const p = pu[c];
    const pointsAfter = pointsBefore + p * n[c];
    const left = totalU - pointsAfter;
    table.clear();
    const nX: number[] = [];
    const nU: number[] = [];
    const nM: number[] = [];
    const nCost: number[] = [];
    const nPrev: number[] = [];
    const nPick: number[] = [];
    for (let s = 0; s < X.length; s++) {
      const budget = limitPC - cost[s];
      for (let E = 0; E < fm.length; E++) {
        const x = X[s] + p * E;
        // entries of one E by ascending cost: stop at the first that cannot fit
        const room = Math.min(budget - Bn[x], fm[E] + slack);
        for (let k = en.byE[E]; k < en.byE[E + 1] && en.cost[k] <= room; k++) {
          const u = U[s] + p * en.u[k];
          const m = M[s] + p * en.m[k];
          const fam = pointsAfter - u - m;
          if (u > hi[0] || fam > hi[1] || m > hi[2]) continue;
          if (u + left < lo[0] || fam + left < lo[1] || m + left < lo[2]) continue;
          const v = cost[s] + en.cost[k];
          const key = (x * stride + u) * stride + m;
          const at = table.get(key);
          if (at < 0) {
            if (++states > f.maxStates) return CAPPED;
            table.set(key, nX.length);
            nX.push(x);
            nU.push(u);
            nM.push(m);
            nCost.push(v);
            nPrev.push(s);
            nPick.push(k);
          } else if (v < nCost[at]) {
            nCost[at] = v;
            nPrev[at] = s;
            nPick[at] = k;
          }
        }
      }
    }
    if (nX.length === 0) return null;
    prevs.push(Int32Array.from(nPrev));
    picks.push(Int32Array.from(nPick));
    X = nX;
    U = nU;
    M = nM;
    cost = nCost;
    pointsBefore = pointsAfter;
  }
  // every final state meets the mix; the true cost takes the prices back out
  const price = f.reqPrice;
  let best = -1;
  let bestTrue = limitTrue;
  for (let s = 0; s < X.length; s++) {
    const fam = totalU - U[s] - M[s];
    const t = cost[s] + difficultyTerm(f.b, f.units, X[s]) - (price[0] * U[s] + price[1] * fam + price[2] * M[s]) * unit;
    if (t < bestTrue) {
      bestTrue = t;
      best = s;
    }
  }
  if (best < 0) return null;
  const path = new Int32Array(C);
  for (let c = C - 1, s = best; c >= 0; c--) {
    path[c] = picks[c][s];
    s = prevs[c][s];
  }
  return { path, cost: bestTrue };
}

interface ReqTable {
  /** (j, E) → the least cost of j items with Σ(d − 1) = E; row stride 4n + 1 */
  cost: Float64Array;
  /** per difficulty group e: (j, E) → the items taken from group e */
  take: Int8Array;
}

function tableWork(n: number): number {
  let w = 15 * (n + 1) * (n + 1) * (4 * n + 1);
  for (let u = 0; u <= n; u++) for (let m = 0; u + m <= n; m++) w += (4 * u + 1) * (4 * m + 1) * (4 * (n - u - m) + 1);
  return w;
}

/** Per requirement of cell c: the cheapest j items with Σ(d − 1) = E, from its 5 difficulty classes. */
function requirementTables(pool: Pool, c: number, n: number, reqPrice: Float64Array): ReqTable[] {
  const { byClass, classStart, key, cellPts } = pool;
  const list = byClass[c];
  const start = classStart[c];
  const W = 4 * n + 1;
  const size = (n + 1) * W;
  const pre = new Float64Array(n + 1);
  const out: ReqTable[] = [];
  for (let r = 0; r < 3; r++) {
    const off = reqPrice[r] * cellPts[c];
    let cur = new Float64Array(size).fill(Infinity);
    let nxt = new Float64Array(size);
    const take = new Int8Array(5 * size);
    cur[0] = 0;
    for (let e = 0; e < 5; e++) {
      const x = r * 5 + e;
      const m = Math.min(n, start[x + 1] - start[x]);
      for (let j = 0; j < m; j++) pre[j + 1] = pre[j] + key[list[start[x] + j]] + off;
      nxt.fill(Infinity);
      for (let k = 0; k <= n; k++) {
        const jMax = Math.min(n - k, m);
        for (let E = 0; E <= 4 * k; E++) {
          const v = cur[k * W + E];
          if (v === Infinity) continue;
          for (let j = 0; j <= jMax; j++) {
            const at = (k + j) * W + E + j * e;
            if (v + pre[j] < nxt[at]) {
              nxt[at] = v + pre[j];
              take[e * size + at] = j;
            }
          }
        }
      }
      [cur, nxt] = [nxt, cur];
    }
    out.push({ cost: cur, take });
  }
  return out;
}

/** The three requirement tables of a cell combined: the cheapest choice for each (E, u, m). */
function cellEntries(t: ReqTable[], n: number): CellEntries {
  const W = 4 * n + 1;
  const pairs = ((n + 1) * (n + 2)) / 2;
  const all = new Float64Array(pairs * W).fill(Infinity);
  const allEu = new Int16Array(pairs * W);
  const allEm = new Int16Array(pairs * W);
  const pairU = new Int32Array(pairs);
  const pairM = new Int32Array(pairs);
  for (let u = 0, pair = 0; u <= n; u++) {
    for (let m = 0; u + m <= n; m++, pair++) {
      pairU[pair] = u;
      pairM[pair] = m;
      const fam = n - u - m;
      const row = pair * W;
      for (let eu = 0; eu <= 4 * u; eu++) {
        const cu = t[0].cost[u * W + eu];
        if (cu === Infinity) continue;
        for (let em = 0; em <= 4 * m; em++) {
          const cum = cu + t[2].cost[m * W + em];
          if (cum === Infinity) continue;
          for (let ef = 0; ef <= 4 * fam; ef++) {
            const v = cum + t[1].cost[fam * W + ef];
            const at = row + eu + em + ef;
            if (v < all[at]) {
              all[at] = v;
              allEu[at] = eu;
              allEm[at] = em;
            }
          }
        }
      }
    }
  }
  const byE = new Int32Array(W + 1);
  for (let at = 0; at < all.length; at++) if (all[at] < Infinity) byE[(at % W) + 1]++;
  for (let E = 0; E < W; E++) byE[E + 1] += byE[E];
  const size = byE[W];
  const e: CellEntries = { byE, cost: new Float64Array(size), u: new Int32Array(size), m: new Int32Array(size), eu: new Int32Array(size), em: new Int32Array(size), ef: new Int32Array(size) };
  const fill = byE.slice(0, W);
  for (let pair = 0; pair < pairs; pair++) {
    for (let E = 0; E < W; E++) {
      const at = pair * W + E;
      if (all[at] === Infinity) continue;
      // insertion into the group of E, by ascending cost (ties: (u, m) order)
      let k = fill[E]++;
      while (k > byE[E] && e.cost[k - 1] > all[at]) {
        moveEntry(e, k - 1, k);
        k--;
      }
      e.cost[k] = all[at];
      e.u[k] = pairU[pair];
      e.m[k] = pairM[pair];
      e.eu[k] = allEu[at];
      e.em[k] = allEm[at];
      e.ef[k] = E - allEu[at] - allEm[at];
    }
  }
  return e;
}

function moveEntry(e: CellEntries, from: number, to: number): void {
  e.cost[to] = e.cost[from];
  e.u[to] = e.u[from];
  e.m[to] = e.m[from];
  e.eu[to] = e.eu[from];
  e.em[to] = e.em[from];
  e.ef[to] = e.ef[from];
}

function leastPerE(e: CellEntries, n: number): Float64Array {
  const f = new Float64Array(4 * n + 1).fill(Infinity);
  for (let E = 0; E < f.length; E++) if (e.byE[E + 1] > e.byE[E]) f[E] = e.cost[e.byE[E]];
  return f;
}

/** The items of one cell for entry k, read back from its requirement tables. */
function materialize(pool: Pool, c: number, t: ReqTable[], n: number, e: CellEntries, k: number, out: Int32Array): void {
  const { byClass, classStart } = pool;
  const list = byClass[c];
  const start = classStart[c];
  const W = 4 * n + 1;
  const size = (n + 1) * W;
  const want: Array<[number, number, number]> = [[0, e.u[k], e.eu[k]], [1, n - e.u[k] - e.m[k], e.ef[k]], [2, e.m[k], e.em[k]]];
  let s = 0;
  for (const [r, count, sum] of want) {
    let j = count;
    let E = sum;
    for (let g = 4; g >= 0; g--) {
      const taken = t[r].take[g * size + j * W + E];
      const x = r * 5 + g;
      for (let i = 0; i < taken; i++) out[s++] = list[start[x] + i];
      j -= taken;
      E -= taken * g;
    }
  }
}

/** Open addressing from a state key (an integer below 2^53) to its index in the layer. */
class StateTable {
  private readonly keys: Float64Array;
  private readonly vals: Int32Array;
  private readonly stamp: Int32Array;
  private readonly mask: number;
  private now = 0;

  constructor(maxStates: number) {
    let size = 1024;
    while (size < maxStates * 2) size *= 2;
    this.keys = new Float64Array(size);
    this.vals = new Int32Array(size);
    this.stamp = new Int32Array(size);
    this.mask = size - 1;
  }

  clear(): void {
    this.now++;
  }

  get(key: number): number {
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      if (this.stamp[i] !== this.now) return -1;
      if (this.keys[i] === key) return this.vals[i];
    }
  }

  set(key: number, val: number): void {
    let i = this.slot(key);
    while (this.stamp[i] === this.now) i = (i + 1) & this.mask;
    this.stamp[i] = this.now;
    this.keys[i] = key;
    this.vals[i] = val;
  }

  private slot(key: number): number {
    const low = key % 4294967296;
    const high = (key - low) / 4294967296;
    return (Math.imul(low | 0, 0x9e3779b1) ^ Math.imul(high | 0, 0x85ebca6b)) & this.mask;
  }
}
