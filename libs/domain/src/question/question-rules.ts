/**
 * Content rules of a bank question (api-contract.md, "Question bank"): what a question of each
 * type must look like before it can be stored, imported or seeded. Pure: no I/O, no framework.
 *
 * The input is deliberately loose (plain strings and `unknown` where a caller may hold raw,
 * unparsed data, e.g. an Excel row or a JSON body) and every value is checked at run time, so
 * the same rules serve the API, the importer and the seed data.
 */

/** Question types (re-declared here: libs/domain depends on no other lib). */
export const QUESTION_TYPE_VALUES = ['single', 'multiple', 'judge', 'fill', 'short', 'case'] as const;
export type QuestionTypeValue = (typeof QUESTION_TYPE_VALUES)[number];

/** 认知要求: understand = 了解, familiar = 熟悉, master = 掌握. */
export const REQUIREMENT_VALUES = ['understand', 'familiar', 'master'] as const;
export type RequirementValue = (typeof REQUIREMENT_VALUES)[number];

/** Where an item may be drawn: exams draw only `exam` items, practice only `practice` items. */
export const QUESTION_USAGE_VALUES = ['exam', 'practice'] as const;
export type QuestionUsageValue = (typeof QUESTION_USAGE_VALUES)[number];

export const QUESTION_LIMITS = {
  stemMaxChars: 5000,
  minOptions: 2,
  maxOptions: 8,
  minDifficulty: 1,
  maxDifficulty: 5,
  minRubricCriteria: 1,
  maxRubricCriteria: 20,
  /** a blank in a `fill` stem is a run of at least this many underscores */
  minBlankUnderscores: 3,
} as const;

/** Stable problem codes; `message` is the Chinese text shown to people. */
export const QUESTION_PROBLEM_CODES = [
  'REQUIRED',
  'INVALID_VALUE',
  'TYPE_INVALID',
  'STEM_TOO_LONG',
  'DIFFICULTY_OUT_OF_RANGE',
  'REQUIREMENT_INVALID',
  'OPTIONS_NOT_ALLOWED',
  'OPTIONS_COUNT_OUT_OF_RANGE',
  'OPTION_KEY_DUPLICATE',
  'OPTION_KEYS_NOT_CONTIGUOUS',
  'OPTION_TEXT_REQUIRED',
  'SINGLE_NEEDS_ONE_KEY',
  'MULTIPLE_NEEDS_TWO_KEYS',
  'MULTIPLE_NEEDS_WRONG_OPTION',
  'ANSWER_KEY_DUPLICATE',
  'ANSWER_KEY_NOT_IN_OPTIONS',
  'JUDGE_NEEDS_BOOLEAN',
  'FILL_NO_BLANKS',
  'FILL_ANSWER_INVALID',
  'FILL_BLANK_COUNT_MISMATCH',
  'FILL_BLANK_NEEDS_ANSWER',
  'FILL_ANSWER_EMPTY',
  'ANSWER_NOT_ALLOWED',
  'RUBRIC_REQUIRED',
  'RUBRIC_NOT_ALLOWED',
  'RUBRIC_COUNT_OUT_OF_RANGE',
  'RUBRIC_CRITERION_REQUIRED',
  'RUBRIC_POINTS_INVALID',
  'USAGE_EMPTY',
  'USAGE_INVALID',
  'USAGE_DUPLICATE',
] as const;
export type QuestionProblemCode = (typeof QUESTION_PROBLEM_CODES)[number];

/** One problem with one field, in the shape of `details.fields` of VALIDATION_FAILED. */
export interface FieldProblem {
  /** `stem`, `options[2].key`, `answer[1][0]`, `rubric[0].maxPoints`, … */
  path: string;
  code: QuestionProblemCode;
  message: string;
}

export interface QuestionOptionInput {
  key: string;
  text: string;
}

export interface RubricCriterionInput {
  criterion: string;
  maxPoints: number;
}

export interface QuestionContentInput {
  type: string;
  stem: string;
  options?: readonly QuestionOptionInput[] | null;
  /** single → "B"; multiple → ["A","C"]; judge → boolean; fill → string[][]; short/case → absent */
  answer?: unknown;
  difficulty: number;
  requirement: string;
  rubric?: readonly RubricCriterionInput[] | null;
  usage?: readonly string[] | null;
}

const CHOICE_TYPES: readonly QuestionTypeValue[] = ['single', 'multiple'];
const MARKED_TYPES: readonly QuestionTypeValue[] = ['short', 'case'];

export function isQuestionType(value: unknown): value is QuestionTypeValue {
  return typeof value === 'string' && (QUESTION_TYPE_VALUES as readonly string[]).includes(value);
}

export function isRequirement(value: unknown): value is RequirementValue {
  return typeof value === 'string' && (REQUIREMENT_VALUES as readonly string[]).includes(value);
}

/** Types whose answer is a key among `options`. */
export function isChoiceType(type: QuestionTypeValue): boolean {
  return CHOICE_TYPES.includes(type);
}

/** Types marked by people against a rubric (no stored answer). */
export function isMarkedType(type: QuestionTypeValue): boolean {
  return MARKED_TYPES.includes(type);
}

/** The option key at a position: 0 → 'A', 1 → 'B', … */
export function optionKeyAt(index: number): string {
  return String.fromCharCode(65 + index);
}

const BLANK_PATTERN = new RegExp(`_{${QUESTION_LIMITS.minBlankUnderscores},}`, 'g');

/** Number of blanks in a stem: runs of three or more underscores (`____`). */
export function countBlanks(stem: string): number {
  return (stem.match(BLANK_PATTERN) ?? []).length;
}

/**
 * The stem reduced for duplicate detection: NFKC (full-width → half-width), lower-case, with
 * every whitespace, punctuation (including the underscores of blanks) and invisible format
 * character removed. Two stems that differ only in such characters are the same question.
 */
export function normaliseStem(stem: string): string {
  return stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{Z}\p{Cc}\p{Cf}]/gu, '');
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim().length === 0;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** Absent, or an empty list (forms and imports often send `[]` for "none"). */
function isAbsentList(value: unknown): boolean {
  return isAbsent(value) || (Array.isArray(value) && value.length === 0);
}

function hasAtMostTwoDecimals(value: number): boolean {
  const scaled = value * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

class Problems {
  readonly list: FieldProblem[] = [];
  add(path: string, code: QuestionProblemCode, message: string): void {
    this.list.push({ path, code, message });
  }
}

/**
 * Every content problem of a question, in field order; `[]` when it is valid. Checks the
 * fields common to all types, then the rules of its type (options, answer, rubric).
 */
export function validateQuestionContent(q: QuestionContentInput): FieldProblem[] {
  const p = new Problems();
  const raw = q as unknown as Record<string, unknown>;

  const type = raw['type'];
  let knownType: QuestionTypeValue | null = null;
  if (isAbsent(type) || type === '') p.add('type', 'REQUIRED', '题型不能为空');
  else if (!isQuestionType(type)) p.add('type', 'TYPE_INVALID', '题型必须是单选、多选、判断、填空、简答或案例分析之一');
  else knownType = type;

  checkStem(raw['stem'], p);
  checkDifficulty(raw['difficulty'], p);
  checkRequirement(raw['requirement'], p);

  if (knownType !== null) {
    const optionKeys = checkOptions(knownType, raw['options'], p);
    checkAnswer(knownType, raw['stem'], raw['answer'], optionKeys, p);
    checkRubric(knownType, raw['rubric'], p);
  }

  checkUsage(raw['usage'], p);
  return p.list;
}

function checkStem(stem: unknown, p: Problems): void {
  if (isAbsent(stem) || (typeof stem === 'string' && stem.trim() === '')) {
    p.add('stem', 'REQUIRED', '题干不能为空');
  } else if (typeof stem !== 'string') {
    p.add('stem', 'INVALID_VALUE', '题干必须是文本');
  } else if ([...stem].length > QUESTION_LIMITS.stemMaxChars) {
    p.add('stem', 'STEM_TOO_LONG', `题干不能超过 ${QUESTION_LIMITS.stemMaxChars} 个字符`);
  }
}

function checkDifficulty(difficulty: unknown, p: Problems): void {
  if (isAbsent(difficulty)) {
    p.add('difficulty', 'REQUIRED', '难度不能为空');
  } else if (
    typeof difficulty !== 'number' ||
    !Number.isInteger(difficulty) ||
    difficulty < QUESTION_LIMITS.minDifficulty ||
    difficulty > QUESTION_LIMITS.maxDifficulty
  ) {
    p.add('difficulty', 'DIFFICULTY_OUT_OF_RANGE', '难度必须是 1 到 5 之间的整数');
  }
}

function checkRequirement(requirement: unknown, p: Problems): void {
  if (isAbsent(requirement) || requirement === '') p.add('requirement', 'REQUIRED', '认知要求不能为空');
  else if (!isRequirement(requirement)) p.add('requirement', 'REQUIREMENT_INVALID', '认知要求必须是了解、熟悉或掌握之一');
}

/** Checks `options`; returns the keys that were given (for the answer checks), or null. */
function checkOptions(type: QuestionTypeValue, options: unknown, p: Problems): string[] | null {
  if (!isChoiceType(type)) {
    if (!isAbsentList(options)) p.add('options', 'OPTIONS_NOT_ALLOWED', '只有单选题和多选题可以设置选项');
    return null;
  }
  if (isAbsent(options)) {
    p.add('options', 'REQUIRED', '选择题必须设置选项');
    return null;
  }
  if (!Array.isArray(options)) {
    p.add('options', 'INVALID_VALUE', '选项必须是列表');
    return null;
  }
  if (options.length < QUESTION_LIMITS.minOptions || options.length > QUESTION_LIMITS.maxOptions) {
    p.add('options', 'OPTIONS_COUNT_OUT_OF_RANGE', `选择题必须有 ${QUESTION_LIMITS.minOptions} 到 ${QUESTION_LIMITS.maxOptions} 个选项`);
  }

  const keys: string[] = [];
  const seen = new Set<string>();
  let duplicate = false;
  options.forEach((option: unknown, i: number) => {
    if (option === null || typeof option !== 'object') {
      p.add(`options[${i}]`, 'INVALID_VALUE', '选项必须包含字母和内容');
      return;
    }
    const { key, text } = option as Record<string, unknown>;
    if (isBlank(key)) {
      p.add(`options[${i}].key`, 'REQUIRED', '选项字母不能为空');
    } else {
      const k = key as string;
      if (seen.has(k)) {
        duplicate = true;
        p.add(`options[${i}].key`, 'OPTION_KEY_DUPLICATE', `选项字母 ${k} 重复`);
      }
      seen.add(k);
      keys.push(k);
    }
    if (isBlank(text)) p.add(`options[${i}].text`, 'OPTION_TEXT_REQUIRED', '选项内容不能为空');
  });

  const contiguous =
    keys.length === options.length && keys.every((k, i) => k === optionKeyAt(i));
  if (!duplicate && keys.length === options.length && !contiguous) {
    p.add('options', 'OPTION_KEYS_NOT_CONTIGUOUS', '选项字母必须从 A 开始按顺序连续排列(A、B、C…)');
  }
  return keys;
}

function checkAnswer(type: QuestionTypeValue, stem: unknown, answer: unknown, optionKeys: string[] | null, p: Problems): void {
  switch (type) {
    case 'single':
      return checkSingleAnswer(answer, optionKeys, p);
    case 'multiple':
      return checkMultipleAnswer(answer, optionKeys, p);
    case 'judge':
      if (isAbsent(answer)) p.add('answer', 'REQUIRED', '判断题必须给出答案');
      else if (typeof answer !== 'boolean') p.add('answer', 'JUDGE_NEEDS_BOOLEAN', '判断题答案必须是“对”或“错”(true/false)');
      return;
    case 'fill':
      return checkFillAnswer(typeof stem === 'string' ? stem : '', answer, p);
    case 'short':
    case 'case':
      if (!isAbsent(answer)) p.add('answer', 'ANSWER_NOT_ALLOWED', '简答题和案例分析题不设标准答案,请在评分要点中说明');
      return;
  }
}

function checkSingleAnswer(answer: unknown, optionKeys: string[] | null, p: Problems): void {
  if (isAbsent(answer) || answer === '') {
    p.add('answer', 'REQUIRED', '单选题必须给出答案');
  } else if (typeof answer !== 'string') {
    p.add('answer', 'SINGLE_NEEDS_ONE_KEY', '单选题必须恰好有一个正确答案');
  } else if (optionKeys !== null && !optionKeys.includes(answer)) {
    p.add('answer', 'ANSWER_KEY_NOT_IN_OPTIONS', `答案 ${answer} 不在选项中`);
  }
}

function checkMultipleAnswer(answer: unknown, optionKeys: string[] | null, p: Problems): void {
  if (isAbsent(answer)) {
    p.add('answer', 'REQUIRED', '多选题必须给出答案');
    return;
  }
  if (!Array.isArray(answer)) {
    p.add('answer', 'MULTIPLE_NEEDS_TWO_KEYS', '多选题答案必须是至少两个选项字母组成的列表');
    return;
  }
  const distinct = new Set<string>();
  answer.forEach((key: unknown, i: number) => {
    if (typeof key !== 'string' || key === '') {
      p.add(`answer[${i}]`, 'INVALID_VALUE', '答案中的每一项必须是选项字母');
      return;
    }
    if (distinct.has(key)) p.add(`answer[${i}]`, 'ANSWER_KEY_DUPLICATE', `答案中的选项 ${key} 重复`);
    else if (optionKeys !== null && !optionKeys.includes(key)) p.add(`answer[${i}]`, 'ANSWER_KEY_NOT_IN_OPTIONS', `答案 ${key} 不在选项中`);
    distinct.add(key);
  });
  if (distinct.size < 2) {
    p.add('answer', 'MULTIPLE_NEEDS_TWO_KEYS', '多选题必须至少有两个正确答案');
  }
  if (optionKeys !== null && optionKeys.length > 0 && optionKeys.every((k) => distinct.has(k))) {
    p.add('answer', 'MULTIPLE_NEEDS_WRONG_OPTION', '多选题至少要有一个错误选项');
  }
}

function checkFillAnswer(stem: string, answer: unknown, p: Problems): void {
  const blanks = countBlanks(stem);
  if (blanks === 0) p.add('stem', 'FILL_NO_BLANKS', '填空题题干中必须用三个以上下划线(____)标出空格');
  if (isAbsent(answer)) {
    p.add('answer', 'REQUIRED', '填空题必须给出答案');
    return;
  }
  if (!Array.isArray(answer) || !answer.every((blank: unknown) => Array.isArray(blank))) {
    p.add('answer', 'FILL_ANSWER_INVALID', '填空题答案必须为每个空格给出一组可接受的答案');
    return;
  }
  if (blanks > 0 && answer.length !== blanks) {
    p.add('answer', 'FILL_BLANK_COUNT_MISMATCH', `题干有 ${blanks} 个空格,答案却有 ${answer.length} 组`);
  }
  (answer as unknown[][]).forEach((alternatives, i) => {
    if (alternatives.length === 0) {
      p.add(`answer[${i}]`, 'FILL_BLANK_NEEDS_ANSWER', `第 ${i + 1} 个空格至少需要一个可接受的答案`);
      return;
    }
    alternatives.forEach((alt, j) => {
      if (isBlank(alt)) p.add(`answer[${i}][${j}]`, 'FILL_ANSWER_EMPTY', `第 ${i + 1} 个空格的答案不能为空`);
    });
  });
}

function checkRubric(type: QuestionTypeValue, rubric: unknown, p: Problems): void {
  if (!isMarkedType(type)) {
    if (!isAbsentList(rubric)) p.add('rubric', 'RUBRIC_NOT_ALLOWED', '只有简答题和案例分析题可以设置评分要点');
    return;
  }
  if (isAbsentList(rubric)) {
    p.add('rubric', 'RUBRIC_REQUIRED', '简答题和案例分析题必须设置评分要点');
    return;
  }
  if (!Array.isArray(rubric)) {
    p.add('rubric', 'INVALID_VALUE', '评分要点必须是列表');
    return;
  }
  if (rubric.length < QUESTION_LIMITS.minRubricCriteria || rubric.length > QUESTION_LIMITS.maxRubricCriteria) {
    p.add('rubric', 'RUBRIC_COUNT_OUT_OF_RANGE', `评分要点必须有 ${QUESTION_LIMITS.minRubricCriteria} 到 ${QUESTION_LIMITS.maxRubricCriteria} 条`);
  }
  rubric.forEach((item: unknown, i: number) => {
    if (item === null || typeof item !== 'object') {
      p.add(`rubric[${i}]`, 'INVALID_VALUE', '评分要点必须包含要点和分值');
      return;
    }
    const { criterion, maxPoints } = item as Record<string, unknown>;
    if (isBlank(criterion)) p.add(`rubric[${i}].criterion`, 'RUBRIC_CRITERION_REQUIRED', '评分要点内容不能为空');
    if (typeof maxPoints !== 'number' || !Number.isFinite(maxPoints) || maxPoints <= 0 || !hasAtMostTwoDecimals(maxPoints)) {
      p.add(`rubric[${i}].maxPoints`, 'RUBRIC_POINTS_INVALID', '评分要点分值必须是正数,最多两位小数');
    }
  });
}

function checkUsage(usage: unknown, p: Problems): void {
  if (isAbsent(usage)) return;
  if (!Array.isArray(usage)) {
    p.add('usage', 'USAGE_INVALID', '用途必须是 exam(考试)和/或 practice(练习)的列表');
    return;
  }
  if (usage.length === 0) {
    p.add('usage', 'USAGE_EMPTY', '用途至少要选择考试或练习之一');
    return;
  }
  const seen = new Set<unknown>();
  usage.forEach((u: unknown, i: number) => {
    if (typeof u !== 'string' || !(QUESTION_USAGE_VALUES as readonly string[]).includes(u)) {
      p.add(`usage[${i}]`, 'USAGE_INVALID', '用途只能是 exam(考试)或 practice(练习)');
    } else if (seen.has(u)) {
      p.add(`usage[${i}]`, 'USAGE_DUPLICATE', `用途 ${u} 重复`);
    }
    seen.add(u);
  });
}
