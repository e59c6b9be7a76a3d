/**
 * The start of the search (assemble.ts): the cheapest paper for each Σ points × difficulty by an
 * exact dynamic program, with the requirement and difficulty mixes priced by Lagrange
 * multipliers.
 *
 * Why: one step of Σ points × difficulty moves the objective's difficulty term by λ/T (≈ 0.5 on
 * a 100-item paper), more than most jitter differences, so the optimum sits on the Σ p·d nearest
 * the target and takes the cheapest items that reach it exactly. Greedy + swaps find that Σ p·d
 * but rarely the cheapest way across cells to it. The program is exact for it: per cell the
 * cheapest `count` items for every sum of difficulties (the class lists are sorted, so this is
 * a small table over the 5 difficulties), then a knapsack over the cells on Σ p·d in units of the
 * gcd of the cells' points.
 *
 * The mixes are linear in the choice, so they are priced into the item costs (a price per cent of
 * points of each requirement / difficulty). Each price moves towards the maximiser of the
 * Lagrangian dual (concave in it): bracketed by the sign of its bound's violation, then bisected.
 * Every paper seen that meets all mixes is a candidate; the best dual value is a lower bound on
 * the optimum that refine.ts uses. Enemies and duplicate questions are not modelled here: a
 * blocked pick gives way to the next free item of its cell and class (same effect on every bound).
 */
import type { Bounds } from './bounds';
import type { Pool } from './pool';
import { EPS, Search } from './search';

/** Above this many Σ p·d states, or this much work per solve, the program is skipped (greedy start). */
const MAX_STATES = 20000;
const MAX_WORK = 3_000_000;
/** dual steps at most when the unpriced optimum misses a mix */
const MAX_PRICE_STEPS = 20;
/** the first price tried for a mix bound (per cent of points): a thousandth of a jitter per point */
const FIRST_PRICE = 1e-5;

/** Σ p·d in integer units: the gcd of the cells' points (cents), each cell's points in it, and Σ p·n. */
export interface PdUnits {
  unit: number;
  pu: Int32Array;
  n: Int32Array;
  /** Σ pu·n: Σ p·d (in units) of a paper of difficulty-1 items; a paper's is base + Σ pu·Σ(d − 1) */
  base: number;
}

export function pdUnits(pool: Pool): PdUnits {
  let unit = 0;
  for (let c = 0; c < pool.cells.length; c++) unit = gcd(unit, pool.cellPts[c]);
  unit = Math.max(1, unit);
  const pu = Int32Array.from(pool.cellPts, (p) => p / unit);
  const n = Int32Array.from(pool.cells, (c) => c.count);
  let base = 0;
  for (let c = 0; c < n.length; c++) base += pu[c] * n[c];
  return { unit, pu, n, base };
}

/** λ·|mean − target| of a paper with Σ p·d = (base + x) units; Infinity outside the window. */
export function difficultyTerm(b: Bounds, u: PdUnits, x: number): number {
  const w = b.window;
  if (!w) return 0;
  const pd = (u.base + x) * u.unit;
  if (pd < w.lo - EPS || pd > w.hi + EPS) return Infinity;
  return b.lambda * Math.abs(pd / b.totalCents - w.target);
}

export class PricedDp {
  /** false when the program would be too large (the caller starts from greedy) */
  readonly usable: boolean;
  private readonly u: PdUnits;
  private readonly xMax: number;
  /** per cell: the cheapest items of each difficulty under the prices (`n` per difficulty) */
  private readonly merged: Int32Array[];
  /** per cell: the least cost of n items for each Σ (difficulty − 1) ∈ [0, 4n] */
  private readonly f: Float64Array[];
  /** per cell: how many items difficulty group e gives to reach (k items, Σ(d − 1) = E) */
  private readonly take: Int8Array[];
  /** per cell: the cell's Σ(d − 1) on the best path to each X (X after the cell) */
  private readonly via: Int16Array[];
  private g: Float64Array;
  private h: Float64Array;
  private readonly cur: Float64Array;
  private readonly nxt: Float64Array;
  private readonly pre: Float64Array;

  constructor(
    readonly pool: Pool,
    readonly b: Bounds,
  ) {
    const u = (this.u = pdUnits(pool));
    const cells = pool.cells.length;
    this.xMax = 4 * u.base;
    let maxN = 0;
    let work = 0;
    let reach = 0;
    for (let c = 0; c < cells; c++) {
      const n = u.n[c];
      maxN = Math.max(maxN, n);
      work += 5 * (n + 1) * (n + 1) * (4 * n + 1) + (reach + 1) * (4 * n + 1);
      reach += 4 * n * u.pu[c];
    }
    this.usable = cells > 0 && maxN <= 100 && this.xMax < MAX_STATES && work <= MAX_WORK;
    const size = this.usable ? this.xMax + 1 : 1;
    this.g = new Float64Array(size);
    this.h = new Float64Array(size);
    this.merged = [];
    this.f = [];
    this.take = [];
    this.via = [];
    let scratch = 1;
    for (let c = 0; c < cells; c++) {
      const n = this.usable ? u.n[c] : 0;
      const w = 4 * n + 1;
      this.merged.push(new Int32Array(5 * n));
      this.f.push(new Float64Array(w));
      this.take.push(new Int8Array(5 * (n + 1) * w));
      this.via.push(new Int16Array(size));
      scratch = Math.max(scratch, (n + 1) * w);
    }
    this.cur = new Float64Array(scratch);
    this.nxt = new Float64Array(scratch);
    this.pre = new Float64Array(maxN + 2);
  }

  /**
   * The cheapest paper under prices `reqPrice` (per cent of points of each requirement) and
   * `diffPrice` (per cent of points of each difficulty), the window hard and the difficulty term
   * in the objective; writes its pool indices per cell into `out`. Returns its priced cost
   * (difficulty term included), or Infinity when no Σ p·d in the window is reachable.
   */
  solve(reqPrice: Float64Array, diffPrice: Float64Array, out: Int32Array[]): number {
    const { pu, n } = this.u;
    const cells = this.pool.cells.length;
    for (let c = 0; c < cells; c++) this.cellTable(c, reqPrice, diffPrice);
    // knapsack over the cells on X = Σ pu·Σ(d − 1)
    let g = this.g;
    let h = this.h;
    g[0] = 0;
    let hiX = 0;
    for (let c = 0; c < cells; c++) {
      const p = pu[c];
      const f = this.f[c];
      const w = 4 * n[c];
      const via = this.via[c];
      const top = hiX + p * w;
      h.fill(Infinity, 0, top + 1);
      for (let x = 0; x <= hiX; x++) {
        const v = g[x];
        if (v === Infinity) continue;
        for (let e = 0; e <= w; e++) {
          const nv = v + f[e];
          const y = x + p * e;
          if (nv < h[y]) {
            h[y] = nv;
            via[y] = e;
          }
        }
      }
      [g, h] = [h, g];
      hiX = top;
    }
    this.g = g;
    this.h = h;
    let best = Infinity;
    let bestX = -1;
    for (let x = 0; x <= hiX; x++) {
      const cost = g[x] + difficultyTerm(this.b, this.u, x);
      if (cost < best) {
        best = cost;
        bestX = x;
      }
    }
    if (bestX < 0) return Infinity;
    for (let c = cells - 1, x = bestX; c >= 0; c--) {
      const e = this.via[c][x];
      x -= pu[c] * e;
      this.pickCell(c, e, out[c]);
    }
    return best;
  }

  /** The merged lists of one cell under the prices, then f[E] = the cheapest n items with Σ(d − 1) = E. */
  private cellTable(c: number, reqPrice: Float64Array, diffPrice: Float64Array): void {
    const { byClass, classStart, key, cellPts } = this.pool;
    const n = this.u.n[c];
    const p = cellPts[c];
    const list = byClass[c];
    const start = classStart[c];
    const merged = this.merged[c];
    const W = 4 * n + 1;
    const size = (n + 1) * W;
    const { cur, nxt, pre } = this;
    const take = this.take[c];
    cur.fill(Infinity, 0, size);
    cur[0] = 0;
    for (let e = 0; e < 5; e++) {
      // the three requirement lists of difficulty e + 1, merged by priced cost, n at most
      let i0 = start[e];
      let i1 = start[5 + e];
      let i2 = start[10 + e];
      const end0 = start[e + 1];
      const end1 = start[6 + e];
      const end2 = start[11 + e];
      const off0 = reqPrice[0] * p;
      const off1 = reqPrice[1] * p;
      const off2 = reqPrice[2] * p;
      const offD = diffPrice[e] * p;
      let m = 0;
      pre[0] = 0;
      while (m < n) {
        const c0 = i0 < end0 ? key[list[i0]] + off0 : Infinity;
        const c1 = i1 < end1 ? key[list[i1]] + off1 : Infinity;
        const c2 = i2 < end2 ? key[list[i2]] + off2 : Infinity;
        let k: number;
        let cost: number;
        if (c0 <= c1 && c0 <= c2) {
          if (c0 === Infinity) break;
          k = list[i0++];
          cost = c0;
        } else if (c1 <= c2) {
          k = list[i1++];
          cost = c1;
        } else {
          k = list[i2++];
          cost = c2;
        }
        merged[e * n + m] = k;
        m++;
        pre[m] = pre[m - 1] + cost + offD;
      }
      // add difficulty group e to the (k, E) table
      nxt.fill(Infinity, 0, size);
      const off = e * size;
      for (let k = 0; k <= n; k++) {
        const jMax = Math.min(n - k, m);
        for (let E = 0, top = Math.min(W - 1, 4 * k); E <= top; E++) {
          const v = cur[k * W + E];
          if (v === Infinity) continue;
          for (let j = 0; j <= jMax; j++) {
            const at = (k + j) * W + E + j * e;
            const nv = v + pre[j];
            if (nv < nxt[at]) {
              nxt[at] = nv;
              take[off + at] = j;
            }
          }
        }
      }
      cur.set(nxt.subarray(0, size));
    }
    const f = this.f[c];
    for (let E = 0; E < W; E++) f[E] = cur[n * W + E];
  }

  private pickCell(c: number, E: number, out: Int32Array): void {
    const n = this.u.n[c];
    const W = 4 * n + 1;
    const take = this.take[c];
    const merged = this.merged[c];
    let k = n;
    let s = 0;
    for (let e = 4; e >= 0; e--) {
      const j = take[e * (n + 1) * W + k * W + E];
      for (let t = 0; t < j; t++) out[s++] = merged[e * n + t];
      k -= j;
      E -= j * e;
    }
  }
}

export interface PricedStart {
  /** the best dual value: no paper meeting the mixes and the window costs less (enemies aside) */
  bound: number;
  /** the requirement prices of that bound */
  reqPrice: Float64Array;
  /** the unpriced program met every mix: the start is optimal, enemies aside */
  exact: boolean;
}

/**
 * Sets `st` to the cheapest priced-program paper that meets every mix (or, when none did, the
 * one that missed them least, for repair). Null when the program does not apply, no Σ p·d in the
 * window is reachable, or the picks cannot be placed; the caller then starts from greedy.
 */
export function pricedStart(st: Search): PricedStart | null {
  const dp = new PricedDp(st.pool, st.b);
  if (!dp.usable) return null;
  const b = st.b;
  const { req, diff, key, cellPts } = st.pool;
  const cells = st.pool.cells;
  const coords = priceCoordinates(b);
  const reqPrice = new Float64Array(3);
  const diffPrice = new Float64Array(5);
  const picks = cells.map((c) => new Int32Array(c.count));
  const best = cells.map((c) => new Int32Array(c.count));
  const least = cells.map((c) => new Int32Array(c.count));
  let bestCost = Infinity;
  let leastViol = Infinity;
  let bound = -Infinity;
  let exact = false;
  const boundPrice = new Float64Array(3);
  const R = new Float64Array(3);
  const D = new Float64Array(5);
  for (let step = 0; step <= (coords.length ? MAX_PRICE_STEPS : 0); step++) {
    const value = dp.solve(reqPrice, diffPrice, picks);
    if (value === Infinity) return null;
    R.fill(0);
    D.fill(0);
    let sum = 0;
    let pd = 0;
    for (let c = 0; c < cells.length; c++) {
      const p = cellPts[c];
      for (const k of picks[c]) {
        R[req[k]] += p;
        D[diff[k] - 1] += p;
        pd += diff[k] * p;
        sum += key[k];
      }
    }
    const cost = sum + (b.window ? b.lambda * Math.abs(pd / b.totalCents - b.window.target) : 0);
    let viol = 0;
    let dual = value;
    for (const co of coords) {
      const v = (co.req ? R : D)[co.i];
      const price = (co.req ? reqPrice : diffPrice)[co.i];
      viol += v < co.lo - EPS ? co.lo - v : v > co.hi + EPS ? v - co.hi : 0;
      dual += Math.max(0, -price) * co.lo - Math.max(0, price) * co.hi;
    }
    if (step === 0) exact = viol === 0;
    if (viol === 0 && cost < bestCost) {
      bestCost = cost;
      copy(picks, best);
    }
    if (viol > 0 && viol < leastViol) {
      leastViol = viol;
      copy(picks, least);
    }
    if (dual > bound) {
      bound = dual;
      boundPrice.set(reqPrice);
    }
    if (bestCost - bound <= 1e-9 || !movePrices(coords, R, D, reqPrice, diffPrice)) break;
  }
  if (!placePicks(st, bestCost < Infinity ? best : least)) return null;
  return { bound: coords.length ? bound : bestCost, reqPrice: boundPrice, exact };
}

interface PriceCoordinate {
  req: boolean;
  i: number;
  lo: number;
  hi: number;
  /** the bracket of the price's maximiser */
  a: number;
  b: number;
}

function priceCoordinates(b: Bounds): PriceCoordinate[] {
  const out: PriceCoordinate[] = [];
  const add = (req: boolean, lo: Float64Array | null, hi: Float64Array | null) => {
    if (!lo || !hi) return;
    for (let i = 0; i < lo.length; i++) out.push({ req, i, lo: lo[i], hi: hi[i], a: -Infinity, b: Infinity });
  };
  add(true, b.reqLo, b.reqHi);
  add(false, b.diffLo, b.diffHi);
  return out;
}

/**
 * One dual step: a price whose bound is missed (or that is dearer than its bound needs) moves
 * towards its maximiser, ×4 until bracketed, then halving the bracket. False when no price has
 * to move, or every moving one is pinned to within 5 %.
 */
function movePrices(coords: PriceCoordinate[], R: Float64Array, D: Float64Array, reqPrice: Float64Array, diffPrice: Float64Array): boolean {
  let moved = false;
  let open = false;
  for (const co of coords) {
    const prices = co.req ? reqPrice : diffPrice;
    const v = (co.req ? R : D)[co.i];
    const price = prices[co.i];
    const up = v > co.hi + EPS || (price < 0 && v > co.lo + EPS);
    const down = v < co.lo - EPS || (price > 0 && v < co.hi - EPS);
    if (up) co.a = price;
    else if (down) co.b = price;
    else continue;
    moved = true;
    if (co.a > -Infinity && co.b < Infinity) prices[co.i] = (co.a + co.b) / 2;
    else if (up) prices[co.i] = price === 0 ? FIRST_PRICE : price < 0 ? price / 4 : price * 4;
    else prices[co.i] = price === 0 ? -FIRST_PRICE : price > 0 ? price / 4 : price * 4;
    const pinned = co.a > -Infinity && co.b < Infinity && co.b - co.a <= 0.05 * Math.max(Math.abs(co.a), Math.abs(co.b));
    if (!pinned) open = true;
  }
  return moved && open;
}

/** Puts the picks on the paper; a blocked pick gives way to the next free item of its class in its cell. */
export function placePicks(st: Search, picks: readonly Int32Array[]): boolean {
  const { byClass, classStart, req, diff } = st.pool;
  const planned = new Uint8Array(st.pool.src.length);
  for (const list of picks) for (const k of list) planned[k] = 1;
  st.reset();
  for (let c = 0; c < picks.length; c++) {
    const list = byClass[c];
    for (let s = 0; s < picks[c].length; s++) {
      let k = picks[c][s];
      planned[k] = 0;
      if (st.chosen[k] || st.isBlocked(k)) {
        const x = req[k] * 5 + diff[k] - 1;
        k = -1;
        for (let i = classStart[c][x]; i < classStart[c][x + 1]; i++) {
          const q = list[i];
          if (!planned[q] && !st.chosen[q] && !st.isBlocked(q)) {
            k = q;
            break;
          }
        }
        if (k < 0) {
          st.reset();
          return false;
        }
      }
      st.place(c, s, k);
    }
  }
  return true;
}

function copy(from: Int32Array[], to: Int32Array[]): void {
  for (let c = 0; c < from.length; c++) to[c].set(from[c]);
}

export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
