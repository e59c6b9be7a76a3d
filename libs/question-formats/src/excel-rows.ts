/**
 * One row of the question import/export sheet ↔ one QuestionDraft. `rowToDraft` checks what a cell
 * must look like (words, letters, numbers, rubric lines); the per-type rules (option count, answer
 * keys among the options, blanks vs answers, …) are validateQuestionContent's in libs/domain: run it
 * on the draft and place its problems with `columnForPath` / `fieldProblemsToRowProblems`.
 */
import {
  OPTION_COLUMNS, QUESTION_SHEET_COLUMNS, QUESTION_SHEET_HEADER, REQUIREMENT_NAMES, TYPE_NAMES, USAGE_NAMES,
  formatFillAnswer, judgeFromWord, parseFillAnswer, readCellText, requirementFromWord, tagsFromText, typeFromWord,
  usageFromText, writeCellText,
} from './excel-cells';
import { formatRubricText, optionKeyAt, parseRubricText } from './text';
import type { DraftType, QuestionDraft, RowProblem } from './types';

/** Stable codes of `rowToDraft` and `checkSheetHeader`. */
export const ROW_PROBLEM_CODES = [
  'REQUIRED',
  'UNKNOWN_TYPE',
  'INVALID_CHAPTER_CODE',
  'OPTION_GAP',
  'INVALID_ANSWER',
  'ANSWER_NOT_ALLOWED',
  'INVALID_DIFFICULTY',
  'UNKNOWN_REQUIREMENT',
  'INVALID_RUBRIC',
  'RUBRIC_NOT_ALLOWED',
  'UNKNOWN_USAGE',
  'MISSING_COLUMN',
  'UNKNOWN_COLUMN',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEM_CODES)[number];

const CHAPTER_CODE = /^[A-Za-z0-9.\-_]{1,32}$/;
type Add = (column: string, code: RowProblemCode, message: string) => void;

/**
 * A data row (cells by header name, as @cm/spreadsheet's readFirstSheet gives them) → a draft.
 * The draft is returned only when the row has no problem; otherwise every problem found is listed.
 */
export function rowToDraft(rowNumber: number, cells: Map<string, string>): { draft?: QuestionDraft; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const add: Add = (column, code, message) => problems.push({ row: rowNumber, column, code, message });
  const cell = (column: string) => readCellText(cells.get(column));

  const typeText = cell('题型');
  const type = typeText === '' ? null : typeFromWord(typeText);
  if (typeText === '') add('题型', 'REQUIRED', '题型不能为空');
  else if (type === null) add('题型', 'UNKNOWN_TYPE', `题型“${typeText}”无法识别,应为单选、多选、判断、填空、简答或案例分析之一`);

  const chapterCode = cell('章节编码');
  if (chapterCode === '') add('章节编码', 'REQUIRED', '章节编码不能为空');
  else if (!CHAPTER_CODE.test(chapterCode)) add('章节编码', 'INVALID_CHAPTER_CODE', `章节编码“${chapterCode}”无效,只能包含字母、数字、点、横线和下划线,最多 32 个字符`);

  const stem = cell('题干');
  if (stem === '') add('题干', 'REQUIRED', '题干不能为空');

  const options = readOptions(cell, add);
  const answer = type === null ? undefined : readAnswer(type, cell('答案'), add);
  const difficulty = readDifficulty(cell('难度'), add);

  const requirementText = cell('认知要求');
  const requirement = requirementText === '' ? null : requirementFromWord(requirementText);
  if (requirementText === '') add('认知要求', 'REQUIRED', '认知要求不能为空');
  else if (requirement === null) add('认知要求', 'UNKNOWN_REQUIREMENT', `认知要求“${requirementText}”无法识别,应为了解、熟悉或掌握之一`);

  const rubric = type === null ? undefined : readRubric(type, cell('评分要点'), add);
  const tags = tagsFromText(cell('标签'));
  const { usage, bad } = usageFromText(cell('用途'));
  if (bad.length > 0) add('用途', 'UNKNOWN_USAGE', `用途“${bad.join('、')}”无法识别,应为考试、练习或“考试,练习”`);

  if (problems.length > 0 || type === null || requirement === null || difficulty === null) return { problems };
  const draft: QuestionDraft = { chapterCode, type, stem, difficulty, requirement };
  if (options.length > 0) draft.options = options;
  if (answer !== undefined) draft.answer = answer;
  const explanation = cell('解析');
  if (explanation !== '') draft.explanation = explanation;
  if (rubric !== undefined) draft.rubric = rubric;
  if (tags.length > 0) draft.tags = tags;
  if (usage.length > 0) draft.usage = usage;
  return { draft, problems };
}

function readOptions(cell: (column: string) => string, add: Add): { key: string; text: string }[] {
  const texts = OPTION_COLUMNS.map((column) => cell(column));
  let last = -1;
  texts.forEach((t, i) => {
    if (t !== '') last = i;
  });
  for (let i = 0; i < last; i++) {
    if (texts[i] === '') add(OPTION_COLUMNS[i]!, 'OPTION_GAP', `${OPTION_COLUMNS[i]}为空,但后面的选项有内容:选项必须从 A 开始连续填写`);
  }
  return texts.slice(0, last + 1).map((text, i) => ({ key: optionKeyAt(i), text }));
}

function readAnswer(type: DraftType, text: string, add: Add): QuestionDraft['answer'] {
  const needed = type !== 'short' && type !== 'case';
  if (!needed) {
    if (text !== '') add('答案', 'ANSWER_NOT_ALLOWED', '简答题和案例分析题不填答案,请在评分要点中说明');
    return undefined;
  }
  if (text === '') {
    add('答案', 'REQUIRED', `${TYPE_NAMES[type]}题必须填写答案`);
    return undefined;
  }
  const letters = text.normalize('NFKC').toUpperCase();
  switch (type) {
    case 'single':
      if (/^[A-H]$/.test(letters)) return letters;
      add('答案', 'INVALID_ANSWER', `单选题答案“${text}”无效,应为一个选项字母,如 B`);
      return undefined;
    case 'multiple': {
      const keys = letters.replace(/[\s,、;]/g, '');
      if (/^[A-H]+$/.test(keys)) return keys.split('');
      add('答案', 'INVALID_ANSWER', `多选题答案“${text}”无效,应为选项字母,如 ACD 或 A,C,D`);
      return undefined;
    }
    case 'judge': {
      const value = judgeFromWord(text);
      if (value === null) add('答案', 'INVALID_ANSWER', `判断题答案“${text}”无效,应为“对”或“错”`);
      return value ?? undefined;
    }
    case 'fill':
      return parseFillAnswer(text);
  }
}

function readDifficulty(text: string, add: Add): number | null {
  if (text === '') {
    add('难度', 'REQUIRED', '难度不能为空');
    return null;
  }
  const m = /^([1-5])(?:\.0+)?$/.exec(text.normalize('NFKC'));
  if (m) return Number(m[1]);
  add('难度', 'INVALID_DIFFICULTY', `难度“${text}”无效,应为 1 到 5 之间的整数`);
  return null;
}

function readRubric(type: DraftType, text: string, add: Add): QuestionDraft['rubric'] {
  if (type !== 'short' && type !== 'case') {
    if (text !== '') add('评分要点', 'RUBRIC_NOT_ALLOWED', '只有简答题和案例分析题填写评分要点');
    return undefined;
  }
  if (text === '') {
    add('评分要点', 'REQUIRED', `${TYPE_NAMES[type]}题必须填写评分要点(每行一条“要点:分值”)`);
    return undefined;
  }
  const { rubric, badLines } = parseRubricText(text);
  if (badLines.length > 0) {
    add('评分要点', 'INVALID_RUBRIC', `评分要点第 ${badLines.join('、')} 行无效:每行应为“要点:分值”,如“说明改革背景:4”`);
    return undefined;
  }
  return rubric;
}

/** A draft as a sheet row in `QUESTION_SHEET_HEADER` order: the exact inverse of `rowToDraft`. */
export function draftToRow(d: QuestionDraft): string[] {
  const options: string[] = OPTION_COLUMNS.map(() => '');
  (d.options ?? []).forEach((o, i) => {
    const at = /^[A-H]$/.test(o.key) ? o.key.charCodeAt(0) - 65 : i;
    if (at < options.length) options[at] = o.text;
  });
  const values: Record<(typeof QUESTION_SHEET_HEADER)[number], string> = {
    题型: TYPE_NAMES[d.type],
    章节编码: d.chapterCode ?? '',
    题干: d.stem,
    ...(Object.fromEntries(OPTION_COLUMNS.map((c, i) => [c, options[i]!])) as Record<(typeof OPTION_COLUMNS)[number], string>),
    答案: answerText(d),
    难度: String(d.difficulty),
    认知要求: REQUIREMENT_NAMES[d.requirement],
    解析: d.explanation ?? '',
    评分要点: d.rubric ? formatRubricText(d.rubric) : '',
    标签: (d.tags ?? []).join(','),
    用途: (d.usage ?? []).map((u) => USAGE_NAMES[u]).join(','),
  };
  return QUESTION_SHEET_HEADER.map((column) => writeCellText(values[column]));
}

function answerText(d: QuestionDraft): string {
  const a = d.answer;
  if (a === undefined) return '';
  if (typeof a === 'boolean') return a ? '对' : '错';
  if (typeof a === 'string') return a;
  if (d.type === 'fill') return formatFillAnswer(a.map((blank) => (Array.isArray(blank) ? blank : [blank])));
  return a.map((k) => (Array.isArray(k) ? k.join('') : k)).join('');
}

const PATH_COLUMNS: Readonly<Record<string, string>> = {
  type: '题型', chapterCode: '章节编码', syllabusNodeId: '章节编码', stem: '题干', options: '选项A', answer: '答案',
  difficulty: '难度', requirement: '认知要求', explanation: '解析', rubric: '评分要点', tags: '标签', usage: '用途',
};

/**
 * The sheet column of a validateQuestionContent path: 'stem' → '题干', 'options[2].text' → '选项C',
 * 'options' → '选项A', 'answer[1][0]' → '答案', 'rubric[0].maxPoints' → '评分要点', 'usage' → '用途'.
 * An unknown path is returned unchanged.
 */
export function columnForPath(path: string): string {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  if (!m || !Object.hasOwn(PATH_COLUMNS, m[1]!)) return path;
  if (m[1] === 'options' && m[2] !== undefined) return OPTION_COLUMNS[Math.min(Number(m[2]), OPTION_COLUMNS.length - 1)]!;
  return PATH_COLUMNS[m[1]!]!;
}

/** validateQuestionContent's problems `{path, code, message}` placed on a sheet row. */
export function fieldProblemsToRowProblems(row: number, problems: readonly { path: string; code: string; message: string }[]): RowProblem[] {
  return problems.map((p) => ({ row, column: columnForPath(p.path), code: p.code, message: p.message }));
}

/**
 * Problems with a header row (row 1): a contract column missing (`MISSING_COLUMN`) or a column
 * that is neither a contract column nor `标签`/`用途` (`UNKNOWN_COLUMN`).
 */
export function checkSheetHeader(header: readonly string[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const names = header.map((h) => h.trim());
  for (const column of QUESTION_SHEET_COLUMNS) {
    if (!names.includes(column)) problems.push({ row: 1, column, code: 'MISSING_COLUMN', message: `表头缺少“${column}”列` });
  }
  for (const name of names) {
    if (name !== '' && !(QUESTION_SHEET_HEADER as readonly string[]).includes(name)) {
      problems.push({ row: 1, column: name, code: 'UNKNOWN_COLUMN', message: `表头“${name}”不是模板中的列` });
    }
  }
  return problems;
}
