/**
 * The independent checker: verifies a paper against the cells, the bank snapshot and the
 * constraints before it is stored (quality-bars.md: "checked by an independent checker").
 *
 * Deliberately shares no code with assembly (no pool, no search, no cents helpers): it recounts
 * everything from the plain data in the most direct way, so a bug in the assembler's clever
 * bookkeeping cannot hide itself. It is also the oracle of the property tests.
 */
import { DEFAULT_MIX_TOLERANCE_PERCENT } from '../blueprint/blueprint.types';
import type { AssemblyCell, AssemblyConstraints, BankItem, PaperItem } from './assembly.types';

export const PAPER_VIOLATION_CODES = [
  'UNKNOWN_ITEM',
  'ITEM_MISMATCH',
  'ITEM_INVALID',
  'NOT_IN_BLUEPRINT',
  'POINTS_MISMATCH',
  'CELL_COUNT',
  'DUPLICATE_ITEM',
  'DUPLICATE_QUESTION',
  'ENEMY_PAIR',
  'EXPOSURE_CAP',
  'REQUIREMENT_MIX',
  'DIFFICULTY_MIX',
  'DIFFICULTY_WINDOW',
  'OPTION_ORDER',
] as const;
export type PaperViolationCode = (typeof PAPER_VIOLATION_CODES)[number];

export interface PaperViolation {
  code: PaperViolationCode;
  message: string;
  versionId?: string;
}

/** Tolerance of the percent comparisons: far below what two decimals can express. */
const PCT_EPS = 1e-6;

export function checkPaper(
  paper: { items: readonly PaperItem[] },
  cells: readonly AssemblyCell[],
  items: readonly BankItem[],
  constraints: AssemblyConstraints = {},
): PaperViolation[] {
  const out: PaperViolation[] = [];
  const bank = new Map<string, BankItem>();
  for (const item of items) bank.set(item.versionId, item);
  const cellKey = (areaId: string, type: string) => JSON.stringify([areaId, type]);
  const cellByKey = new Map<string, AssemblyCell>();
  for (const cell of cells) cellByKey.set(cellKey(cell.areaId, cell.type), cell);

  const used = new Map<string, number>();
  const versions = new Set<string>();
  const questions = new Set<string>();
  const onPaper: BankItem[] = [];
  let total = 0;
  const byReq = new Map<string, number>();
  const byDiff = new Map<string, number>();
  let weighted = 0;
  for (const p of paper.items) {
    const item = bank.get(p.versionId);
    if (!item) {
      out.push({ code: 'UNKNOWN_ITEM', message: `试题版本 ${p.versionId} 不在题库快照中`, versionId: p.versionId });
      continue;
    }
    if (versions.has(p.versionId)) out.push({ code: 'DUPLICATE_ITEM', message: `试题版本 ${p.versionId} 重复出现`, versionId: p.versionId });
    versions.add(p.versionId);
    if (questions.has(item.questionId)) out.push({ code: 'DUPLICATE_QUESTION', message: `试题 ${item.questionId} 出现不止一次`, versionId: p.versionId });
    questions.add(item.questionId);
    onPaper.push(item);
    if (item.questionId !== p.questionId || item.areaId !== p.areaId || item.type !== p.type) {
      out.push({ code: 'ITEM_MISMATCH', message: `试卷上 ${p.versionId} 的试题、范围或题型与题库不一致`, versionId: p.versionId });
    }
    if (!['understand', 'familiar', 'master'].includes(item.requirement) || ![1, 2, 3, 4, 5].includes(item.difficulty)) {
      out.push({ code: 'ITEM_INVALID', message: `试题版本 ${p.versionId} 的难度或认知要求无效`, versionId: p.versionId });
    }
    const cell = cellByKey.get(cellKey(item.areaId, item.type));
    if (!cell) {
      out.push({ code: 'NOT_IN_BLUEPRINT', message: `试题版本 ${p.versionId} 的范围与题型不在比重表中`, versionId: p.versionId });
    } else {
      const k = cellKey(cell.areaId, cell.type);
      used.set(k, (used.get(k) ?? 0) + 1);
      if (p.points !== cell.pointsEach) out.push({ code: 'POINTS_MISMATCH', message: `试题版本 ${p.versionId} 的分值应为 ${cell.pointsEach}`, versionId: p.versionId });
    }
    if (constraints.exposureCap !== undefined && item.exposure >= constraints.exposureCap) {
      out.push({ code: 'EXPOSURE_CAP', message: `试题版本 ${p.versionId} 已使用 ${item.exposure} 次，达到上限 ${constraints.exposureCap}`, versionId: p.versionId });
    }
    checkOptionOrder(p, item, out);
    total += p.points;
    byReq.set(item.requirement, (byReq.get(item.requirement) ?? 0) + p.points);
    byDiff.set(String(item.difficulty), (byDiff.get(String(item.difficulty)) ?? 0) + p.points);
    weighted += item.difficulty * p.points;
  }
  for (const cell of cells) {
    const n = used.get(cellKey(cell.areaId, cell.type)) ?? 0;
    if (n !== cell.count) out.push({ code: 'CELL_COUNT', message: `${cell.areaId} 的 ${cell.type} 题应为 ${cell.count} 道，实际 ${n} 道` });
  }
  for (let i = 0; i < onPaper.length; i++) {
    for (let j = i + 1; j < onPaper.length; j++) {
      const a = onPaper[i];
      const b = onPaper[j];
      if (a.questionId !== b.questionId && (a.enemyIds.includes(b.questionId) || b.enemyIds.includes(a.questionId))) {
        out.push({ code: 'ENEMY_PAIR', message: `互斥试题 ${a.questionId} 与 ${b.questionId} 同时出现在试卷上`, versionId: b.versionId });
      }
    }
  }
  const tol = constraints.mixes?.tolerancePercent ?? DEFAULT_MIX_TOLERANCE_PERCENT;
  const checkMix = (mix: Partial<Record<string, number>> | undefined, keys: string[], actual: Map<string, number>, code: PaperViolationCode, label: string) => {
    if (!mix || total <= 0) return;
    for (const key of keys) {
      const pct = ((actual.get(key) ?? 0) / total) * 100;
      const target = mix[key] ?? 0;
      if (Math.abs(pct - target) > tol + PCT_EPS) out.push({ code, message: `${label} ${key} 占 ${pct.toFixed(2)}%，要求 ${target}% ± ${tol}%` });
    }
  };
  checkMix(constraints.mixes?.requirement, ['understand', 'familiar', 'master'], byReq, 'REQUIREMENT_MIX', '认知要求');
  checkMix(constraints.mixes?.difficulty, ['1', '2', '3', '4', '5'], byDiff, 'DIFFICULTY_MIX', '难度');
  const w = constraints.difficultyWindow;
  if (w && total > 0) {
    const mean = weighted / total;
    if (mean < w.min - PCT_EPS || mean > w.max + PCT_EPS) {
      out.push({ code: 'DIFFICULTY_WINDOW', message: `平均难度 ${mean.toFixed(3)} 不在 ${w.min} 至 ${w.max} 之间` });
    }
  }
  return out;
}

/** Choice items with option keys must carry a permutation of exactly those keys. */
function checkOptionOrder(p: PaperItem, item: BankItem, out: PaperViolation[]): void {
  const keys = item.optionKeys;
  const choice = item.type === 'single' || item.type === 'multiple';
  if (!choice || !keys || keys.length === 0) {
    if (p.optionOrder !== undefined) out.push({ code: 'OPTION_ORDER', message: `试题版本 ${p.versionId} 不应有选项顺序`, versionId: p.versionId });
    return;
  }
  const order = p.optionOrder ?? [];
  const same = order.length === keys.length && [...order].sort().join('\u0000') === [...keys].sort().join('\u0000') && new Set(order).size === order.length;
  if (!same) out.push({ code: 'OPTION_ORDER', message: `试题版本 ${p.versionId} 的选项顺序不是其选项的一个排列`, versionId: p.versionId });
}
