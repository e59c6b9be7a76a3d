/**
 * The state of the search behind `assemblePaper` (greedy fill here; repair.ts and improve.ts
 * move it), on the flat pool arrays. Every move is a swap inside one cell, so cell counts and points stay exact by
 * construction; only the mixes, the difficulty window and the enemies need watching.
 *
 * A swap's candidates are the class heads of the cell: per (requirement × difficulty) class
 * the cheapest item that is neither chosen nor blocked by an enemy. A swap's effect on the
 * mixes and the window depends only on the classes it trades, so looking at 15 heads per
 * chosen item sees every distinct effect at its lowest cost.
 */
import type { Bounds } from './bounds';
import { CLASS_COUNT, Pool } from './pool';

/** A bound is met within this many cents: far below one cent, far above float noise. */
export const EPS = 1e-7;

export class Search {
  readonly chosen: Uint8Array;
  /** per cell: the chosen pool indices */
  readonly sel: Int32Array[];
  readonly reqPts = new Float64Array(3);
  readonly diffPts = new Float64Array(5);
  dSum = 0;
  /** every swap applied (repair, lookahead, kicks and improvement) */
  swaps = 0;
  improveSwaps = 0;
  /** per cell × class: the head (cheapest free item) or -1 */
  readonly heads: Int32Array;
  /** questionId → how many chosen items block it (itself or as an enemy) */
  private readonly blockedQ = new Map<string, number>();
  /** questionId → how many chosen items carry it */
  private readonly chosenQ = new Map<string, number>();
  /** some mix or window is set (else every swap keeps feasibility) */
  readonly constrained: boolean;
  /** cells by ascending slack (candidates − count): the scarcest fill first */
  private readonly scarcity: number[];

  constructor(
    readonly pool: Pool,
    readonly b: Bounds,
  ) {
    this.chosen = new Uint8Array(pool.src.length);
    this.sel = pool.cells.map((c) => new Int32Array(c.count).fill(-1));
    this.heads = new Int32Array(pool.cells.length * CLASS_COUNT).fill(-1);
    this.constrained = b.reqLo !== null || b.diffLo !== null || b.window !== null;
    const size = (c: number) => pool.classStart[c][CLASS_COUNT] - pool.cells[c].count;
    this.scarcity = pool.cells.map((_, c) => c).sort((a, b) => size(a) - size(b) || a - b);
  }

  /**
   * Fills every cell with its cheapest unblocked items, scarcest cell first; returns -1, or the
   * cell it could not fill. With a tilt μ each item costs key + μ × difficulty × points / T:
   * within a class the order does not change, so a cell is a merge of its sorted class lists.
   */
  greedy(mu = 0): number {
    const { byClass, classStart, key, diff, cellPts } = this.pool;
    const ptr = new Int32Array(CLASS_COUNT);
    for (const c of this.scarcity) {
      const list = byClass[c];
      const start = classStart[c];
      const slots = this.sel[c];
      const tilt = (mu * cellPts[c]) / this.b.totalCents;
      ptr.set(start.subarray(0, CLASS_COUNT));
      for (let s = 0; s < slots.length; s++) {
        let best = -1;
        let bestCost = Infinity;
        for (let x = 0; x < CLASS_COUNT; x++) {
          let i = ptr[x];
          while (i < start[x + 1] && (this.chosen[list[i]] || this.isBlocked(list[i]))) i++;
          ptr[x] = i;
          if (i === start[x + 1]) continue;
          const cost = key[list[i]] + tilt * diff[list[i]];
          if (cost < bestCost) {
            bestCost = cost;
            best = list[i];
          }
        }
        if (best < 0) return c;
        this.move(best, 1);
        slots[s] = best;
      }
    }
    return -1;
  }

  /** Empties the paper (for another greedy start). */
  reset(): void {
    for (const slots of this.sel) {
      for (let s = 0; s < slots.length; s++) if (slots[s] >= 0) this.move(slots[s], -1);
      slots.fill(-1);
    }
  }

  /** Σ key + λ·|mean − target|: the objective (with the seen penalty) of the current paper. */
  cost(): number {
    let sum = 0;
    for (const slots of this.sel) for (let s = 0; s < slots.length; s++) sum += this.pool.key[slots[s]];
    const w = this.b.window;
    return sum + (w ? this.b.lambda * Math.abs(this.dSum / this.b.totalCents - w.target) : 0);
  }

  /** Sum of how far each bound is missed (0 = every mix and the window hold). */
  violation(): number {
    const b = this.b;
    let v = 0;
    if (b.reqLo && b.reqHi) v += outside(this.reqPts, b.reqLo, b.reqHi);
    if (b.diffLo && b.diffHi) v += outside(this.diffPts, b.diffLo, b.diffHi);
    if (b.window) {
      if (this.dSum < b.window.lo - EPS) v += b.window.lo - this.dSum;
      else if (this.dSum > b.window.hi + EPS) v += this.dSum - b.window.hi;
    }
    return v;
  }

  /** The violation after trading `out` for `inn` (same cell, `p` cents each), state unchanged. */
  vAfter(out: number, inn: number, p: number): number {
    this.shift(out, inn, p);
    const v = this.violation();
    this.shift(inn, out, p);
    return v;
  }

  /** Moves `p` cents from the classes of `from` to those of `to` (the running sums only). */
  shift(from: number, to: number, p: number): void {
    const { req, diff } = this.pool;
    this.reqPts[req[from]] -= p;
    this.reqPts[req[to]] += p;
    this.diffPts[diff[from] - 1] -= p;
    this.diffPts[diff[to] - 1] += p;
    this.dSum += (diff[to] - diff[from]) * p;
  }

  computeHeads(c: number): void {
    const list = this.pool.byClass[c];
    const start = this.pool.classStart[c];
    for (let x = 0; x < CLASS_COUNT; x++) {
      let head = -1;
      for (let i = start[x]; i < start[x + 1]; i++) {
        const k = list[i];
        if (!this.chosen[k] && !this.isBlocked(k)) {
          head = k;
          break;
        }
      }
      this.heads[c * CLASS_COUNT + x] = head;
    }
  }

  /** Puts `k` into the empty slot `s` of cell `c` (after `reset`). */
  place(c: number, s: number, k: number): void {
    this.move(k, 1);
    this.sel[c][s] = k;
  }

  swap(c: number, s: number, inn: number): void {
    this.move(this.sel[c][s], -1);
    this.move(inn, 1);
    this.sel[c][s] = inn;
    this.swaps++;
  }

  /** Blocked = its question is chosen or named as an enemy by a chosen item, or it names a chosen question. */
  isBlocked(k: number): boolean {
    const item = this.pool.items[this.pool.src[k]];
    if ((this.blockedQ.get(item.questionId) ?? 0) > 0) return true;
    for (const e of item.enemyIds) if ((this.chosenQ.get(e) ?? 0) > 0) return true;
    return false;
  }

  private move(k: number, sign: 1 | -1): void {
    const { items, src, cell, req, diff, cellPts } = this.pool;
    const item = items[src[k]];
    const p = cellPts[cell[k]] * sign;
    this.chosen[k] = sign > 0 ? 1 : 0;
    this.reqPts[req[k]] += p;
    this.diffPts[diff[k] - 1] += p;
    this.dSum += diff[k] * p;
    bump(this.chosenQ, item.questionId, sign);
    bump(this.blockedQ, item.questionId, sign);
    for (const e of item.enemyIds) if (e !== item.questionId) bump(this.blockedQ, e, sign);
  }
}

function bump(map: Map<string, number>, id: string, by: number): void {
  map.set(id, (map.get(id) ?? 0) + by);
}

function outside(values: Float64Array, lo: Float64Array, hi: Float64Array): number {
  let v = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < lo[i] - EPS) v += lo[i] - values[i];
    else if (values[i] > hi[i] + EPS) v += values[i] - hi[i];
  }
  return v;
}
