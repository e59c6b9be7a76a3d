/**
 * Validation of a blueprint body (api-contract.md, "Blueprints"): every problem is listed, not
 * only the first, in the shape of `details.problems` of 400 BLUEPRINT_INVALID, with Chinese
 * messages for officers. Input is loose (`unknown` values) because it may be raw JSON.
 */
import { isQuestionType, REQUIREMENT_VALUES } from '../question';
import { BlueprintContext, DIFFICULTY_KEYS, MULTIPLE_SCORING_VALUES } from './blueprint.types';

export const BLUEPRINT_PROBLEM_CODES = [
  'REQUIRED',
  'LEVEL_INVALID',
  'TOTAL_POINTS_INVALID',
  'DURATION_OUT_OF_RANGE',
  'PASS_MARK_INVALID',
  'AREAS_EMPTY',
  'AREA_NODE_NOT_FOUND',
  'AREA_PERCENT_INVALID',
  'AREA_DUPLICATE',
  'AREA_NESTED',
  'AREAS_SUM_NOT_100',
  'SECTIONS_EMPTY',
  'SECTION_TYPE_INVALID',
  'SECTION_TYPE_DUPLICATE',
  'SECTION_COUNT_INVALID',
  'SECTION_POINTS_INVALID',
  'SECTIONS_POINTS_MISMATCH',
  'SCORING_NOT_ALLOWED',
  'SCORING_INVALID',
  'MIX_INVALID',
  'MIX_KEY_INVALID',
  'MIX_PERCENT_INVALID',
  'MIX_SUM_NOT_100',
  'TOLERANCE_INVALID',
  'WINDOW_INVALID',
  'EXPOSURE_CAP_INVALID',
] as const;
export type BlueprintProblemCode = (typeof BLUEPRINT_PROBLEM_CODES)[number];

export interface BlueprintProblem {
  /** `areas[2].percent`, `sections[0].scoring`, `requirementMix.master`, … */
  path: string;
  code: BlueprintProblemCode;
  message: string;
}

/** The body as it may arrive: every field unchecked. A typed `Blueprint` fits too. */
export interface BlueprintInput {
  trackId?: unknown;
  level?: unknown;
  name?: unknown;
  totalPoints?: unknown;
  durationMinutes?: unknown;
  passMark?: unknown;
  areas?: unknown;
  sections?: unknown;
  requirementMix?: unknown;
  difficultyMix?: unknown;
  mixTolerancePercent?: unknown;
  difficultyWindow?: unknown;
  exposureCapPercent?: unknown;
}

export const BLUEPRINT_LIMITS = { minLevel: 1, maxLevel: 4, minDuration: 10, maxDuration: 600 } as const;

/**
 * Percents and points are exact decimals with two places (contract): comparing them in
 * hundredths as integers makes "sums to exactly 100" exact instead of a float guess.
 * Returns null when the value is not a finite number with at most two decimals.
 */
export function toHundredths(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const scaled = Math.round(value * 100);
  return Math.abs(value * 100 - scaled) < 1e-6 ? scaled : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

class Problems {
  readonly list: BlueprintProblem[] = [];
  add(path: string, code: BlueprintProblemCode, message: string): void {
    this.list.push({ path, code, message });
  }
}

export function validateBlueprint(bp: BlueprintInput, ctx: BlueprintContext): BlueprintProblem[] {
  const p = new Problems();
  if (!isNonEmptyString(bp.trackId)) p.add('trackId', 'REQUIRED', '请选择认证方向');
  if (!isNonEmptyString(bp.name)) p.add('name', 'REQUIRED', '请填写比重表名称');
  if (typeof bp.level !== 'number' || !Number.isInteger(bp.level) || bp.level < BLUEPRINT_LIMITS.minLevel || bp.level > BLUEPRINT_LIMITS.maxLevel) {
    p.add('level', 'LEVEL_INVALID', '等级须为 1 至 4 的整数');
  }
  const total = toHundredths(bp.totalPoints);
  if (total === null || total <= 0) p.add('totalPoints', 'TOTAL_POINTS_INVALID', '总分须为正数，最多两位小数');
  const d = bp.durationMinutes;
  if (typeof d !== 'number' || !Number.isInteger(d) || d < BLUEPRINT_LIMITS.minDuration || d > BLUEPRINT_LIMITS.maxDuration) {
    p.add('durationMinutes', 'DURATION_OUT_OF_RANGE', '考试时长须为 10 至 600 分钟的整数');
  }
  const pass = bp.passMark;
  if (typeof pass !== 'number' || !Number.isFinite(pass) || pass < 0 || pass > 100) {
    p.add('passMark', 'PASS_MARK_INVALID', '及格分须在 0 至 100 之间');
  } else if (total !== null && pass * 100 > total) {
    p.add('passMark', 'PASS_MARK_INVALID', '及格分不能高于总分');
  }
  checkAreas(bp.areas, ctx, p);
  checkSections(bp.sections, total, p);
  checkMix('requirementMix', bp.requirementMix, REQUIREMENT_VALUES, '认知要求比例', p);
  checkMix('difficultyMix', bp.difficultyMix, DIFFICULTY_KEYS, '难度比例', p);
  checkOptionalPercent(bp.mixTolerancePercent, 0, 'mixTolerancePercent', 'TOLERANCE_INVALID', '比例容差须在 0 至 100 之间', p);
  checkOptionalPercent(bp.exposureCapPercent, 1, 'exposureCapPercent', 'EXPOSURE_CAP_INVALID', '曝光上限须在 1% 至 100% 之间', p);
  checkWindow(bp.difficultyWindow, p);
  return p.list;
}

function checkAreas(areas: unknown, ctx: BlueprintContext, p: Problems): void {
  if (!Array.isArray(areas) || areas.length === 0) {
    p.add('areas', 'AREAS_EMPTY', '至少需要一个考核范围');
    return;
  }
  let sum = 0;
  let sumValid = true;
  const seen = new Map<string, number>();
  areas.forEach((raw: unknown, i) => {
    const a = isRecord(raw) ? raw : {};
    const id = a['syllabusNodeId'];
    if (!isNonEmptyString(id)) {
      p.add(`areas[${i}].syllabusNodeId`, 'REQUIRED', '请选择大纲节点');
    } else if (seen.has(id)) {
      p.add(`areas[${i}].syllabusNodeId`, 'AREA_DUPLICATE', `与第 ${(seen.get(id) ?? 0) + 1} 个考核范围重复`);
    } else {
      seen.set(id, i);
      if (!ctx.nodeExists(id)) p.add(`areas[${i}].syllabusNodeId`, 'AREA_NODE_NOT_FOUND', '大纲节点不存在');
    }
    const pct = toHundredths(a['percent']);
    if (pct === null || pct <= 0 || pct > 10000) {
      p.add(`areas[${i}].percent`, 'AREA_PERCENT_INVALID', '比重须大于 0 且不超过 100，最多两位小数');
      sumValid = false;
    } else sum += pct;
  });
  // Nesting is checked only between distinct existing nodes; a missing node is already reported.
  const ids = [...seen.entries()].filter(([id]) => ctx.nodeExists(id));
  for (const [a, i] of ids) {
    for (const [b, j] of ids) {
      if (a !== b && ctx.isAncestor(a, b)) {
        p.add(`areas[${j}].syllabusNodeId`, 'AREA_NESTED', `该节点包含在第 ${i + 1} 个考核范围内，考核范围不能相互包含`);
      }
    }
  }
  if (sumValid && sum !== 10000) p.add('areas', 'AREAS_SUM_NOT_100', `各考核范围比重之和须为 100，当前为 ${sum / 100}`);
}

function checkSections(sections: unknown, total: number | null, p: Problems): void {
  if (!Array.isArray(sections) || sections.length === 0) {
    p.add('sections', 'SECTIONS_EMPTY', '至少需要一种题型');
    return;
  }
  let sum = 0;
  let sumValid = true;
  const types = new Map<string, number>();
  sections.forEach((raw: unknown, i) => {
    const s = isRecord(raw) ? raw : {};
    const type = s['type'];
    if (!isQuestionType(type)) {
      p.add(`sections[${i}].type`, 'SECTION_TYPE_INVALID', '题型无效');
    } else if (types.has(type)) {
      p.add(`sections[${i}].type`, 'SECTION_TYPE_DUPLICATE', `题型与第 ${(types.get(type) ?? 0) + 1} 部分重复，每种题型只能出现一次`);
    } else types.set(type, i);
    const count = s['count'];
    const okCount = typeof count === 'number' && Number.isInteger(count) && count > 0;
    if (!okCount) p.add(`sections[${i}].count`, 'SECTION_COUNT_INVALID', '题量须为正整数');
    const each = toHundredths(s['pointsEach']);
    if (each === null || each <= 0) p.add(`sections[${i}].pointsEach`, 'SECTION_POINTS_INVALID', '每题分值须为正数，最多两位小数');
    if (okCount && each !== null && each > 0) sum += (count as number) * each;
    else sumValid = false;
    const scoring = s['scoring'];
    if (scoring !== undefined && scoring !== null) {
      if (type !== 'multiple') p.add(`sections[${i}].scoring`, 'SCORING_NOT_ALLOWED', '只有多选题可以设置计分方式');
      else if (!(MULTIPLE_SCORING_VALUES as readonly unknown[]).includes(scoring)) {
        p.add(`sections[${i}].scoring`, 'SCORING_INVALID', '多选题计分方式须为全对得分（all_or_nothing）或部分得分（partial）');
      }
    }
  });
  if (sumValid && total !== null && sum !== total) {
    p.add('sections', 'SECTIONS_POINTS_MISMATCH', `各题型分值之和（${sum / 100}）须等于总分（${total / 100}）`);
  }
}

function checkMix(path: string, mix: unknown, keys: readonly string[], label: string, p: Problems): void {
  if (mix === undefined || mix === null) return;
  if (!isRecord(mix)) {
    p.add(path, 'MIX_INVALID', `${label}格式无效`);
    return;
  }
  let sum = 0;
  let sumValid = true;
  for (const [key, value] of Object.entries(mix)) {
    if (!keys.includes(key)) {
      p.add(`${path}.${key}`, 'MIX_KEY_INVALID', `${label}只能包含 ${keys.join('、')}`);
      sumValid = false;
      continue;
    }
    const v = toHundredths(value);
    if (v === null || v < 0 || v > 10000) {
      p.add(`${path}.${key}`, 'MIX_PERCENT_INVALID', `${label}须在 0 至 100 之间，最多两位小数`);
      sumValid = false;
    } else sum += v;
  }
  if (sumValid && sum !== 10000) p.add(path, 'MIX_SUM_NOT_100', `${label}之和须为 100，当前为 ${sum / 100}`);
}

function checkOptionalPercent(value: unknown, min: number, path: string, code: BlueprintProblemCode, message: string, p: Problems): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > 100) p.add(path, code, message);
}

function checkWindow(window: unknown, p: Problems): void {
  if (window === undefined || window === null) return;
  const w = isRecord(window) ? window : {};
  const { min, max } = w;
  const ok = typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max) && min >= 1 && min <= max && max <= 5;
  if (!ok) p.add('difficultyWindow', 'WINDOW_INVALID', '难度区间须满足 1 ≤ 下限 ≤ 上限 ≤ 5（试卷按分值加权的平均难度）');
}
