/**
 * The candidate pool of one assembly: every usable bank item placed in its cell, with its cost,
 * in flat typed arrays so the search loops touch numbers only (no per-iteration allocation).
 *
 * Cost ("key") of an item = exposure + jitter, plus SEEN_PENALTY when the candidate saw it in an
 * earlier attempt. The penalty is larger than any sum of exposures a paper can reach, so a seen
 * item is taken only when no assignment of unseen items satisfies the hard constraints — it is a
 * soft constraint ordered before the objective, not a filter.
 */
import type { AssemblyCell, BankItem } from './assembly.types';
import { hashString, keyedUnit } from './prng';

/** requirement (3) × difficulty (5): the classes the mixes and the window look at */
export const CLASS_COUNT = 15;
export const SEEN_PENALTY = 2 ** 30;

export function requirementIndex(r: unknown): number {
  return r === 'understand' ? 0 : r === 'familiar' ? 1 : r === 'master' ? 2 : -1;
}

/** 0..4 for difficulties 1..5, -1 for anything else */
export function difficultyIndex(d: unknown): number {
  return typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 5 ? d - 1 : -1;
}

/** Points in cents: sums of points stay exact integers. */
export function toCents(points: number): number {
  return Math.round(points * 100);
}

/** An item assembly may use at all: well-formed and under the exposure cap. */
export function isUsable(item: BankItem, exposureCap: number | undefined): boolean {
  if (requirementIndex(item.requirement) < 0 || difficultyIndex(item.difficulty) < 0) return false;
  return exposureCap === undefined || item.exposure < exposureCap;
}

/** areaId → type → cell index; a second cell with the same area and type is a caller bug. */
export function cellLookup(cells: readonly AssemblyCell[]): Map<string, Map<string, number>> {
  const byArea = new Map<string, Map<string, number>>();
  cells.forEach((cell, c) => {
    let byType = byArea.get(cell.areaId);
    if (!byType) byArea.set(cell.areaId, (byType = new Map()));
    if (byType.has(cell.type)) throw new Error(`duplicate assembly cell ${cell.areaId}/${cell.type}`);
    byType.set(cell.type, c);
  });
  return byArea;
}

export interface Pool {
  readonly items: readonly BankItem[];
  readonly cells: readonly AssemblyCell[];
  /** pool index → index in `items` */
  readonly src: Int32Array;
  readonly cell: Int32Array;
  /** requirement index 0..2 */
  readonly req: Uint8Array;
  /** difficulty 1..5 */
  readonly diff: Uint8Array;
  readonly jitter: Float64Array;
  readonly key: Float64Array;
  /** per cell: points each, in cents */
  readonly cellPts: Int32Array;
  /** per cell: pool indices by ascending key (ties: versionId) */
  readonly order: Int32Array[];
  /** per cell: the same indices grouped by class, each group by ascending key */
  readonly byClass: Int32Array[];
  /** per cell: CLASS_COUNT + 1 offsets into byClass */
  readonly classStart: Int32Array[];
}

export function buildPool(cells: readonly AssemblyCell[], items: readonly BankItem[], seed: string, exposureCap?: number): Pool {
  const lookup = cellLookup(cells);
  const srcAll = new Int32Array(items.length);
  const cellAll = new Int32Array(items.length);
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const c = lookup.get(item.areaId)?.get(item.type);
    if (c === undefined || !isUsable(item, exposureCap)) continue;
    srcAll[n] = i;
    cellAll[n++] = c;
  }
  const src = srcAll.slice(0, n);
  const cell = cellAll.slice(0, n);
  const req = new Uint8Array(n);
  const diff = new Uint8Array(n);
  const jitter = new Float64Array(n);
  const key = new Float64Array(n);
  // The jitter hashes (seed, versionId): independent of the order of the bank snapshot.
  const seedHash = hashString(`jitter:${seed}`);
  const sizes = new Int32Array(cells.length);
  for (let k = 0; k < n; k++) {
    const item = items[src[k]];
    req[k] = requirementIndex(item.requirement);
    diff[k] = item.difficulty;
    const j = keyedUnit(seedHash, item.versionId);
    jitter[k] = j;
    key[k] = item.exposure + j + (item.seenByCandidate ? SEEN_PENALTY : 0);
    sizes[cell[k]]++;
  }
  const order = cells.map((_, c) => new Int32Array(sizes[c]));
  const fill = new Int32Array(cells.length);
  for (let k = 0; k < n; k++) {
    const c = cell[k];
    order[c][fill[c]++] = k;
  }
  const byKey = (a: number, b: number): number => {
    const d = key[a] - key[b];
    if (d !== 0) return d;
    const va = items[src[a]].versionId;
    const vb = items[src[b]].versionId;
    return va < vb ? -1 : va > vb ? 1 : 0;
  };
  for (const list of order) list.sort(byKey);

  const byClass: Int32Array[] = [];
  const classStart: Int32Array[] = [];
  for (const list of order) {
    // a stable counting sort by class keeps each class in key order
    const start = new Int32Array(CLASS_COUNT + 1);
    for (const k of list) start[classOf(req, diff, k) + 1]++;
    for (let x = 0; x < CLASS_COUNT; x++) start[x + 1] += start[x];
    const pos = start.slice(0, CLASS_COUNT);
    const grouped = new Int32Array(list.length);
    for (const k of list) grouped[pos[classOf(req, diff, k)]++] = k;
    byClass.push(grouped);
    classStart.push(start);
  }
  const cellPts = Int32Array.from(cells, (c) => toCents(c.pointsEach));
  return { items, cells, src, cell, req, diff, jitter, key, cellPts, order, byClass, classStart };
}

export function classOf(req: Uint8Array, diff: Uint8Array, k: number): number {
  return req[k] * 5 + diff[k] - 1;
}
