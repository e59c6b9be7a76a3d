/**
 * Baseline B3 (docs/quality-bars.md): the exact MIP of one assembly instance, written in CPLEX
 * LP format and solved by HiGHS (npm `highs`, WebAssembly, single-threaded).
 *
 *   binary x_i for every eligible item (in a cell, well-formed, under the exposure cap)
 *   min   Σ (exposure_i + jitter_i) x_i + λ (d⁺ + d⁻)
 *   s.t.  Σ_{i ∈ cell} x_i = count                              every cell
 *         (mix_k − tol)·T/100 ≤ Σ_{i ∈ k} p_i x_i ≤ (mix_k + tol)·T/100   every key of each mix
 *         min·T ≤ Σ p_i d_i x_i ≤ max·T                          difficulty window
 *         Σ p_i d_i x_i − T d⁺ + T d⁻ = target·T                 mean − target = d⁺ − d⁻
 *         x_i + x_j ≤ 1                                          enemies (either side naming the other)
 *         Σ_{versions of one question} x_i ≤ 1                    (only if a question has several)
 * with p_i the points of the item's cell and T the (fixed) total points of the paper, so the
 * points-weighted mean difficulty Σ p_i d_i x_i / T is linear. Same λ, same jitter, same
 * bounds (bounds.ts: lo/hi are not clamped at 0) as the engine.
 */
import { optionOrderFor, type BankItem, type PaperItem } from '@cm/domain';
import type { Highs } from 'highs';
import { performance } from 'node:perf_hooks';
import type { Instance } from './instance';

const REQUIREMENTS = ['understand', 'familiar', 'master'] as const;
const DIFFICULTIES = ['1', '2', '3', '4', '5'] as const;
const DEFAULT_TOLERANCE = 10;
const TERMS_PER_LINE = 8;

export interface MipModel {
  lp: string;
  /** bank index of column x{k} */
  columns: Int32Array;
  rows: number;
  enemyRows: number;
}

/** A number as LP text: integers as they are, others with 12 decimals (no exponent notation). */
function num(x: number): string {
  if (Number.isInteger(x)) return String(x);
  const s = x.toFixed(12).replace(/0+$/, '');
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

class LpWriter {
  private readonly out: string[] = [];
  rows = 0;

  line(text: string): void {
    this.out.push(text);
  }

  /** `name: c1 v1 + c2 v2 … <sense> rhs`, wrapped over several lines. */
  expr(name: string, terms: ReadonlyArray<readonly [number, string]>, tail: string): void {
    const parts: string[] = [];
    let buf = ` ${name}:`;
    terms.forEach(([c, v], k) => {
      const sign = c < 0 ? '-' : k === 0 ? '' : '+';
      const mag = Math.abs(c);
      buf += ` ${sign}${sign ? ' ' : ''}${mag === 1 ? '' : `${num(mag)} `}${v}`;
      if ((k + 1) % TERMS_PER_LINE === 0) {
        parts.push(buf);
        buf = '   ';
      }
    });
    parts.push(`${buf} ${tail}`.trimEnd());
    this.out.push(...parts);
  }

  row(name: string, terms: ReadonlyArray<readonly [number, string]>, sense: '<=' | '>=' | '=', rhs: number): void {
    if (terms.length === 0) return;
    this.expr(name, terms, `${sense} ${num(rhs)}`);
    this.rows++;
  }

  text(): string {
    return `${this.out.join('\n')}\n`;
  }
}

/** The LP text of the instance for the candidate whose jitter is `jitter` (bank order). */
export function buildMip(inst: Instance, jitter: Float64Array): MipModel {
  const cellOf = new Map(inst.cells.map((c, k) => [`${c.areaId}\u0000${c.type}`, k]));
  const cap = inst.constraints.exposureCap;
  const cols: number[] = [];
  const colCell: number[] = [];
  inst.items.forEach((item, i) => {
    const c = cellOf.get(`${item.areaId}\u0000${item.type}`);
    if (c === undefined) return;
    if (!REQUIREMENTS.includes(item.requirement) || !(Number.isInteger(item.difficulty) && item.difficulty >= 1 && item.difficulty <= 5)) return;
    if (cap !== undefined && item.exposure >= cap) return;
    if (item.seenByCandidate) throw new Error('the MIP baseline does not model items seen by the candidate (the bench bank has none)');
    cols.push(i);
    colCell.push(c);
  });
  const name = (k: number) => `x${k}`;
  const item = (k: number): BankItem => inst.items[cols[k]!]!;
  const pts = (k: number) => inst.cells[colCell[k]!]!.pointsEach;
  const T = inst.totalPoints;
  const w = inst.constraints.difficultyWindow;
  const lp = new LpWriter();

  lp.line('Minimize');
  const obj: Array<[number, string]> = cols.map((i, k) => [inst.items[i]!.exposure + jitter[i]!, name(k)]);
  if (w) obj.push([inst.lambda, 'dp'], [inst.lambda, 'dm']);
  lp.expr('obj', obj, '');

  lp.line('Subject To');
  inst.cells.forEach((cell, c) => {
    const terms: Array<[number, string]> = [];
    colCell.forEach((cc, k) => {
      if (cc === c) terms.push([1, name(k)]);
    });
    if (terms.length === 0) throw new Error(`cell ${cell.areaId}/${cell.type} has no eligible item`);
    lp.row(`cell${c}`, terms, '=', cell.count);
  });

  const tol = inst.constraints.mixes?.tolerancePercent ?? DEFAULT_TOLERANCE;
  const mixRows = (prefix: string, keys: readonly string[], mix: Partial<Record<string, number>> | undefined, keyOf: (it: BankItem) => string) => {
    if (!mix) return;
    for (const key of keys) {
      const terms: Array<[number, string]> = [];
      cols.forEach((_, k) => {
        if (keyOf(item(k)) === key) terms.push([pts(k), name(k)]);
      });
      const target = mix[key] ?? 0;
      const lo = ((target - tol) * T) / 100;
      const hi = ((target + tol) * T) / 100;
      if (lo > 0) lp.row(`${prefix}_${key}_lo`, terms, '>=', lo);
      lp.row(`${prefix}_${key}_hi`, terms, '<=', hi);
    }
  };
  mixRows('req', REQUIREMENTS, inst.constraints.mixes?.requirement, (it) => it.requirement);
  mixRows('diff', DIFFICULTIES, inst.constraints.mixes?.difficulty, (it) => String(it.difficulty));

  if (w) {
    const terms: Array<[number, string]> = cols.map((_, k) => [pts(k) * item(k).difficulty, name(k)]);
    lp.row('win_lo', terms, '>=', w.min * T);
    lp.row('win_hi', terms, '<=', w.max * T);
    lp.row('dev', [...terms, [-T, 'dp'], [T, 'dm']], '=', ((w.min + w.max) / 2) * T);
  }

  // enemies: either side may name the other; a question's versions exclude each other too
  const byQuestion = new Map<string, number[]>();
  cols.forEach((_, k) => {
    const q = item(k).questionId;
    const list = byQuestion.get(q);
    if (list) list.push(k);
    else byQuestion.set(q, [k]);
  });
  let enemyRows = 0;
  const seen = new Set<string>();
  cols.forEach((_, a) => {
    const it = item(a);
    for (const e of it.enemyIds) {
      if (e === it.questionId) continue;
      for (const b of byQuestion.get(e) ?? []) {
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        if (seen.has(key)) continue;
        seen.add(key);
        lp.row(`enemy${enemyRows++}`, [[1, name(a)], [1, name(b)]], '<=', 1);
      }
    }
  });
  let dupRows = 0;
  for (const list of byQuestion.values()) {
    if (list.length > 1) lp.row(`question${dupRows++}`, list.map((k) => [1, name(k)] as const), '<=', 1);
  }

  lp.line('Binaries');
  for (let k = 0; k < cols.length; k += 20) lp.line(` ${cols.slice(k, k + 20).map((_, j) => name(k + j)).join(' ')}`);
  lp.line('End');
  return { lp: lp.text(), columns: Int32Array.from(cols), rows: lp.rows, enemyRows };
}

export interface MipResult {
  status: string;
  /** HiGHS' objective value (with the LP text's 12-decimal coefficients) */
  objective: number;
  solveMs: number;
  /** bank indices of the chosen items (empty when HiGHS returned no solution) */
  chosen: number[];
}

export interface MipOptions {
  timeLimitS: number;
}

export function solveMip(highs: Highs, model: MipModel, o: MipOptions): MipResult {
  const t0 = performance.now();
  const r = highs.solve(model.lp, { time_limit: o.timeLimitS, mip_rel_gap: 0, output_flag: false });
  const solveMs = performance.now() - t0;
  const chosen: number[] = [];
  if (r.Status === 'Optimal' || r.Status === 'Time limit reached') {
    model.columns.forEach((bankIndex, k) => {
      const col = r.Columns[`x${k}`] as { Primal?: number } | undefined;
      if ((col?.Primal ?? 0) > 0.5) chosen.push(bankIndex);
    });
  }
  return { status: r.Status, objective: r.ObjectiveValue, solveMs, chosen };
}

/** The MIP's choice as paper items, so the independent `checkPaper` can judge it too. */
export function paperItemsOf(inst: Instance, chosen: readonly number[], seed: string): PaperItem[] {
  const pointsOf = new Map(inst.cells.map((c) => [`${c.areaId}\u0000${c.type}`, c.pointsEach]));
  return chosen.map((i) => {
    const it = inst.items[i]!;
    const p: PaperItem = { versionId: it.versionId, questionId: it.questionId, areaId: it.areaId, type: it.type, points: pointsOf.get(`${it.areaId}\u0000${it.type}`)! };
    if ((it.type === 'single' || it.type === 'multiple') && it.optionKeys && it.optionKeys.length > 0) p.optionOrder = optionOrderFor(seed, it.versionId, it.optionKeys);
    return p;
  });
}
