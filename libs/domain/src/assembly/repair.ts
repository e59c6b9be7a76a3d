/**
 * Repair: swaps inside cells until every mix and the difficulty window hold. Each step takes the
 * swap that buys its violation reduction at the lowest cost per unit (a cheap partial fix
 * beats an expensive complete one, which keeps the paper close to the cheapest). When no
 * single swap lowers the violation, a two-swap lookahead is tried; when that fails too, a
 * seeded random kick. Bounded; failing here means "report infeasible", never "relax".
 */
import { CLASS_COUNT, classOf } from './pool';
import { EPS, Search } from './search';

const MAX_REPAIR_STEPS = 400;
const MAX_KICKS = 4;
const LOOKAHEAD_WIDTH = 8;

interface Move {
  cell: number;
  slot: number;
  inn: number;
}

export function repair(st: Search, rng: () => number): boolean {
  let v = st.violation();
  let kicks = 0;
  for (let step = 0; v > 0 && step < MAX_REPAIR_STEPS; step++) {
    const move = bestMove(st, v);
    if (move) st.swap(move.cell, move.slot, move.inn);
    else if (!lookahead(st, v)) {
      if (kicks++ >= MAX_KICKS) return false;
      kick(st, rng);
    }
    v = st.violation();
  }
  return v === 0;
}

/** Among the swaps that bring the violation below `ref`, the cheapest per unit of reduction. */
function bestMove(st: Search, ref: number): Move | null {
  const { key, cellPts, req, diff } = st.pool;
  const w = st.b.window;
  const T = st.b.totalCents;
  const pen = w ? Math.abs(st.dSum / T - w.target) : 0;
  let best: Move | null = null;
  let bestScore = Infinity;
  for (let c = 0; c < st.sel.length; c++) {
    st.computeHeads(c);
    const slots = st.sel[c];
    for (let s = 0; s < slots.length; s++) {
      const out = slots[s];
      const own = classOf(req, diff, out);
      for (let x = 0; x < CLASS_COUNT; x++) {
        const inn = st.heads[c * CLASS_COUNT + x];
        if (inn < 0 || x === own) continue;
        const v = st.vAfter(out, inn, cellPts[c]);
        if (v >= ref - EPS) continue;
        // the objective's change, difficulty term included
        let d = key[inn] - key[out];
        if (w) d += st.b.lambda * (Math.abs((st.dSum + (diff[inn] - diff[out]) * cellPts[c]) / T - w.target) - pen);
        const score = d / (ref - v);
        if (score < bestScore) {
          bestScore = score;
          best = { cell: c, slot: s, inn };
        }
      }
    }
  }
  return best;
}

/** Tries the least harmful first swaps, each followed by the best second one. */
function lookahead(st: Search, v: number): boolean {
  for (const first of leastHarmfulMoves(st)) {
    const out = st.sel[first.cell][first.slot];
    if (st.chosen[first.inn] || st.isBlocked(first.inn)) continue;
    st.swap(first.cell, first.slot, first.inn);
    const second = bestMove(st, v);
    if (second) {
      st.swap(second.cell, second.slot, second.inn);
      return true;
    }
    st.swap(first.cell, first.slot, out);
    st.swaps -= 2;
  }
  return false;
}

function leastHarmfulMoves(st: Search): Move[] {
  const { cellPts, req, diff } = st.pool;
  const found: Array<Move & { v: number; x: number }> = [];
  for (let c = 0; c < st.sel.length; c++) {
    st.computeHeads(c);
    const slots = st.sel[c];
    for (let s = 0; s < slots.length; s++) {
      const own = classOf(req, diff, slots[s]);
      for (let x = 0; x < CLASS_COUNT; x++) {
        const inn = st.heads[c * CLASS_COUNT + x];
        if (inn >= 0 && x !== own) found.push({ cell: c, slot: s, inn, x, v: st.vAfter(slots[s], inn, cellPts[c]) });
      }
    }
  }
  // ties by position and class, never by pool index (which follows the bank's order)
  found.sort((a, b) => a.v - b.v || a.cell - b.cell || a.slot - b.slot || a.x - b.x);
  return found.slice(0, LOOKAHEAD_WIDTH);
}

/** A seeded shake: in about a third of the cells one chosen item trades for a random class head. */
function kick(st: Search, rng: () => number): void {
  for (let c = 0; c < st.sel.length; c++) {
    if (rng() >= 0.34) continue;
    st.computeHeads(c);
    const s = Math.floor(rng() * st.sel[c].length);
    const inn = st.heads[c * CLASS_COUNT + Math.floor(rng() * CLASS_COUNT)];
    if (inn >= 0) st.swap(c, s, inn);
  }
}
