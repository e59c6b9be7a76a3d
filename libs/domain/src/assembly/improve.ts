/**
 * Local search on the objective, after repair: swaps that lower Σ cost + λ·|mean − target| and
 * keep every hard constraint. Single swaps to class heads first; when they settle, pairs of
 * swaps where neither would do alone (a cheaper item that shifts the mean or a mix, and one
 * that shifts it back). Both are bounded by the caller.
 */
import { CLASS_COUNT } from './pool';
import { EPS, Search } from './search';

/** how many of the largest single savings are tried as the first swap of a pair */
const PAIR_WIDTH = 16;

/** Best single swap per chosen item, cell by cell, for at most `maxPasses` passes. */
export function improve(st: Search, maxPasses: number): void {
  const { key, diff, cellPts } = st.pool;
  const w = st.b.window;
  const T = st.b.totalCents;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let c = 0; c < st.sel.length; c++) {
      st.computeHeads(c);
      const slots = st.sel[c];
      const p = cellPts[c];
      for (let s = 0; s < slots.length; s++) {
        const out = slots[s];
        const pen = w ? Math.abs(st.dSum / T - w.target) : 0;
        let best = -1e-9;
        let bestIn = -1;
        for (let x = 0; x < CLASS_COUNT; x++) {
          const inn = st.heads[c * CLASS_COUNT + x];
          if (inn < 0) continue;
          let d = key[inn] - key[out];
          if (w) d += st.b.lambda * (Math.abs((st.dSum + (diff[inn] - diff[out]) * p) / T - w.target) - pen);
          if (d >= best || (st.constrained && st.vAfter(out, inn, p) > 0)) continue;
          best = d;
          bestIn = inn;
        }
        if (bestIn >= 0) {
          st.swap(c, s, bestIn);
          st.improveSwaps++;
          st.computeHeads(c);
          improved = true;
        }
      }
    }
    if (!improved) return;
  }
}

/** Applies the best improving pair of swaps; false when there is none. */
export function improvePair(st: Search): boolean {
  const { key, diff, cellPts } = st.pool;
  const w = st.b.window;
  const T = st.b.totalCents;
  const pen0 = w ? Math.abs(st.dSum / T - w.target) : 0;
  const firsts: Array<[number, number, number, number, number]> = [];
  for (let c = 0; c < st.sel.length; c++) {
    st.computeHeads(c);
    const slots = st.sel[c];
    for (let s = 0; s < slots.length; s++) {
      for (let x = 0; x < CLASS_COUNT; x++) {
        const inn = st.heads[c * CLASS_COUNT + x];
        if (inn >= 0 && key[inn] < key[slots[s]] - EPS) firsts.push([key[inn] - key[slots[s]], c, s, x, inn]);
      }
    }
  }
  // ties by position and class, never by pool index (which follows the bank's order)
  firsts.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
  let best = -1e-9;
  let pair: number[] | null = null;
  for (const [save, c1, s1, , in1] of firsts.slice(0, PAIR_WIDTH)) {
    const out1 = st.sel[c1][s1];
    st.shift(out1, in1, cellPts[c1]);
    for (let c2 = 0; c2 < st.sel.length; c2++) {
      const p2 = cellPts[c2];
      const slots = st.sel[c2];
      for (let s2 = 0; s2 < slots.length; s2++) {
        if (c2 === c1 && s2 === s1) continue;
        const out2 = slots[s2];
        for (let x = 0; x < CLASS_COUNT; x++) {
          const in2 = st.heads[c2 * CLASS_COUNT + x];
          if (in2 < 0 || in2 === in1) continue;
          let d = save + key[in2] - key[out2];
          if (w) d += st.b.lambda * (Math.abs((st.dSum + (diff[in2] - diff[out2]) * p2) / T - w.target) - pen0);
          if (d >= best || (st.constrained && st.vAfter(out2, in2, p2) > 0) || clash(st, in1, in2)) continue;
          best = d;
          pair = [c1, s1, in1, c2, s2, in2];
        }
      }
    }
    st.shift(in1, out1, cellPts[c1]);
  }
  if (!pair) return false;
  st.swap(pair[0], pair[1], pair[2]);
  st.swap(pair[3], pair[4], pair[5]);
  st.improveSwaps += 2;
  return true;
}

/** Two incoming items that may not share a paper (one question, or enemies). */
function clash(st: Search, a: number, b: number): boolean {
  const ia = st.pool.items[st.pool.src[a]];
  const ib = st.pool.items[st.pool.src[b]];
  return ia.questionId === ib.questionId || ia.enemyIds.includes(ib.questionId) || ib.enemyIds.includes(ia.questionId);
}
