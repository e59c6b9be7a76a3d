import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_TYPES, CASE, FILL_TWO, JUDGE, MULTIPLE, SHORT, SINGLE } from './examples.test-helper';
import { QUESTION_SHEET_COLUMNS, QUESTION_SHEET_HEADER, parseFillAnswer, readCellText } from './excel-cells';
import { ROW_PROBLEM_CODES, checkSheetHeader, columnForPath, draftToRow, fieldProblemsToRowProblems, rowToDraft } from './excel-rows';
import type { QuestionDraft, RowProblem } from './types';

const cellsOf = (values: readonly string[]) => new Map(QUESTION_SHEET_HEADER.map((h, i) => [h as string, values[i] ?? '']));
const row = (fields: Record<string, string>) => new Map(Object.entries(fields));
const base = { 题型: '单选', 章节编码: 'GOV-M.3', 题干: '题干____', 选项A: '甲', 选项B: '乙', 答案: 'A', 难度: '3', 认知要求: '了解' };
const codes = (problems: RowProblem[]) => problems.map((p) => `${p.column}:${p.code}`);
const seenCodes = new Set<string>();
const problemsOf = (fields: Record<string, string>) => {
  const out = rowToDraft(7, row(fields));
  out.problems.forEach((p) => seenCodes.add(p.code));
  return out;
};

describe('QUESTION_SHEET_HEADER', () => {
  it('is the contract columns (as libs/contracts declares them) followed by 标签 and 用途', () => {
    const contracts = readFileSync(join(__dirname, '../../contracts/src/questions.ts'), 'utf8');
    const declared = /QUESTION_SHEET_COLUMNS = \[([^\]]*)\]/.exec(contracts)![1]!.match(/'[^']+'/g)!.map((s) => s.slice(1, -1));
    expect([...QUESTION_SHEET_COLUMNS]).toEqual(declared);
    expect(QUESTION_SHEET_HEADER).toHaveLength(18);
    expect(QUESTION_SHEET_HEADER.slice(16)).toEqual(['标签', '用途']);
  });
});

describe('draftToRow → rowToDraft', () => {
  it.each(ALL_TYPES.map((d) => [d.type, d] as const))('round-trips a %s question exactly', (_, draft) => {
    const values = draftToRow(draft);
    expect(values).toHaveLength(QUESTION_SHEET_HEADER.length);
    expect(rowToDraft(2, cellsOf(values))).toEqual({ draft, problems: [] });
  });

  it('writes the contract notation', () => {
    const at = (d: QuestionDraft, column: string) => draftToRow(d)[QUESTION_SHEET_HEADER.indexOf(column as never)];
    expect(at(SINGLE, '题型')).toBe('单选');
    expect(at(MULTIPLE, '答案')).toBe('AC');
    expect(at(MULTIPLE, '用途')).toBe('考试,练习');
    expect(at(MULTIPLE, '标签')).toBe('法规,许可证');
    expect(at(JUDGE, '答案')).toBe('错');
    expect(at(FILL_TWO, '答案')).toBe('基础电信业务|增值电信业务/增值业务');
    expect(at(SHORT, '评分要点')).toBe('说明客户需求调研的方法:4\n列出商机评估要素:时间、预算:3.5');
    expect(at(CASE, '认知要求')).toBe('掌握');
    expect(at(CASE, '选项A')).toBe('');
  });

  it('keeps a slash, a bar and a backslash inside a fill alternative', () => {
    const draft: QuestionDraft = { ...FILL_TWO, answer: [['TCP/IP'], ['a|b', 'c\\d']] };
    expect(draftToRow(draft)[QUESTION_SHEET_HEADER.indexOf('答案')]).toBe('TCP\\/IP|a\\|b/c\\\\d');
    expect(rowToDraft(2, cellsOf(draftToRow(draft))).draft).toEqual(draft);
  });

  it("survives @cm/spreadsheet's formula-injection quote on export and re-import", () => {
    const draft: QuestionDraft = { ...FILL_TWO, stem: '-5 与 ____ 和 ____', answer: [['=1'], ["'+2"]] };
    const written = draftToRow(draft).map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)); // what writeSheet stores
    expect(rowToDraft(2, cellsOf(written)).draft).toEqual(draft);
  });
});

describe('rowToDraft', () => {
  it('reads the accepted answer notations', () => {
    expect(problemsOf({ ...base, 题型: '多选', 选项C: '丙', 答案: 'A、C' }).draft?.answer).toEqual(['A', 'C']);
    expect(problemsOf({ ...base, 题型: '多选', 选项C: '丙', 答案: 'a,c' }).draft?.answer).toEqual(['A', 'C']);
    expect(problemsOf({ ...base, 题型: '多选', 选项C: '丙', 答案: 'A,C' }).draft?.answer).toEqual(['A', 'C']);
    expect(problemsOf({ ...base, 答案: 'b' }).draft?.answer).toBe('B');
    for (const [word, value] of [['对', true], ['错', false], ['正确', true], ['错误', false], ['√', true], ['×', false], ['T', true], ['F', false], ['true', true], ['FALSE', false]] as const) {
      expect(problemsOf({ ...base, 题型: '判断', 选项A: '', 选项B: '', 答案: word }).draft?.answer).toBe(value);
    }
    expect(problemsOf({ ...base, 题型: '填空', 选项A: '', 选项B: '', 答案: ' 政企分开 | 破除垄断 / 打破垄断 ' }).draft?.answer).toEqual([['政企分开'], ['破除垄断', '打破垄断']]);
    expect(problemsOf({ ...base, 题型: '单选题', 认知要求: '熟悉', 难度: '5' }).draft).toMatchObject({ type: 'single', requirement: 'familiar', difficulty: 5 });
  });

  it('reads the rubric (full-width colon, 分), tags and usage', () => {
    const { draft } = problemsOf({ ...base, 题型: '案例分析', 选项A: '', 选项B: '', 答案: '', 评分要点: '要点一:4\n\n要点二:时间:2.5分', 标签: '法规,营销、 售后', 用途: '考试,练习' });
    expect(draft).toMatchObject({ type: 'case', rubric: [{ criterion: '要点一', maxPoints: 4 }, { criterion: '要点二:时间', maxPoints: 2.5 }], tags: ['法规', '营销', '售后'], usage: ['exam', 'practice'] });
    expect(draft).not.toHaveProperty('answer');
    expect(problemsOf({ ...base, 用途: '练习' }).draft?.usage).toEqual(['practice']);
  });

  it('leaves per-type rules to validateQuestionContent: options on a judge row stay in the draft', () => {
    expect(problemsOf({ ...base, 题型: '判断', 答案: '对' }).draft?.options).toHaveLength(2);
    expect(problemsOf({ ...base, 选项A: '', 选项B: '' }).draft).not.toHaveProperty('options');
  });

  it.each([
    ['题型 empty', { 题型: '' }, ['题型:REQUIRED']],
    ['unknown type', { 题型: '论述' }, ['题型:UNKNOWN_TYPE']],
    ['chapter empty', { 章节编码: '' }, ['章节编码:REQUIRED']],
    ['bad chapter code', { 章节编码: '第三章 市场' }, ['章节编码:INVALID_CHAPTER_CODE']],
    ['stem empty', { 题干: '' }, ['题干:REQUIRED']],
    ['option gap', { 选项B: '', 选项D: '丁' }, ['选项B:OPTION_GAP', '选项C:OPTION_GAP']],
    ['answer empty', { 答案: '' }, ['答案:REQUIRED']],
    ['single answer of two keys', { 答案: 'AB' }, ['答案:INVALID_ANSWER']],
    ['multiple answer with a digit', { 题型: '多选', 答案: 'A1' }, ['答案:INVALID_ANSWER']],
    ['judge answer unknown', { 题型: '判断', 选项A: '', 选项B: '', 答案: '是的' }, ['答案:INVALID_ANSWER']],
    ['answer on a short question', { 题型: '简答', 选项A: '', 选项B: '', 答案: 'A', 评分要点: '要点:5' }, ['答案:ANSWER_NOT_ALLOWED']],
    ['difficulty empty', { 难度: '' }, ['难度:REQUIRED']],
    ['difficulty 6', { 难度: '6' }, ['难度:INVALID_DIFFICULTY']],
    ['difficulty 2.5', { 难度: '2.5' }, ['难度:INVALID_DIFFICULTY']],
    ['requirement empty', { 认知要求: '' }, ['认知要求:REQUIRED']],
    ['requirement unknown', { 认知要求: '精通' }, ['认知要求:UNKNOWN_REQUIREMENT']],
    ['requirement __proto__', { 认知要求: '__proto__' }, ['认知要求:UNKNOWN_REQUIREMENT']],
    ['rubric missing', { 题型: '简答', 选项A: '', 选项B: '', 答案: '' }, ['评分要点:REQUIRED']],
    ['rubric line without points', { 题型: '简答', 选项A: '', 选项B: '', 答案: '', 评分要点: '要点一:4\n要点二' }, ['评分要点:INVALID_RUBRIC']],
    ['rubric on a single question', { 评分要点: '要点:5' }, ['评分要点:RUBRIC_NOT_ALLOWED']],
    ['usage unknown', { 用途: '考试,复习' }, ['用途:UNKNOWN_USAGE']],
  ])('%s → problem with row, column and code', (_, change, expected) => {
    const out = problemsOf({ ...base, ...change });
    expect(out.draft).toBeUndefined();
    expect(codes(out.problems)).toEqual(expected);
    for (const p of out.problems) {
      expect(p.row).toBe(7);
      expect(p.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('lists every problem of a row at once', () => {
    expect(codes(problemsOf({ 题型: '单选', 选项A: 'x', 选项C: 'y', 难度: '0', 认知要求: '?' }).problems)).toEqual([
      '章节编码:REQUIRED', '题干:REQUIRED', '选项B:OPTION_GAP', '答案:REQUIRED', '难度:INVALID_DIFFICULTY', '认知要求:UNKNOWN_REQUIREMENT',
    ]);
  });
});

describe('checkSheetHeader', () => {
  it('accepts the template header and reports missing and unknown columns', () => {
    expect(checkSheetHeader(QUESTION_SHEET_HEADER)).toEqual([]);
    expect(checkSheetHeader(QUESTION_SHEET_COLUMNS)).toEqual([]);
    const problems = checkSheetHeader([...QUESTION_SHEET_COLUMNS.filter((c) => c !== '答案'), '备注']);
    problems.forEach((p) => seenCodes.add(p.code));
    expect(codes(problems)).toEqual(['答案:MISSING_COLUMN', '备注:UNKNOWN_COLUMN']);
  });
});

describe('columnForPath', () => {
  it.each([
    ['type', '题型'], ['stem', '题干'], ['options', '选项A'], ['options[0].key', '选项A'], ['options[2].text', '选项C'], ['options[7]', '选项H'],
    ['answer', '答案'], ['answer[1][0]', '答案'], ['rubric', '评分要点'], ['rubric[0].maxPoints', '评分要点'], ['difficulty', '难度'],
    ['requirement', '认知要求'], ['usage', '用途'], ['usage[1]', '用途'], ['tags[0]', '标签'], ['explanation', '解析'], ['syllabusNodeId', '章节编码'],
    ['somethingElse', 'somethingElse'], ['constructor', 'constructor'],
  ])('%s → %s', (path, column) => expect(columnForPath(path)).toBe(column));

  it('places validateQuestionContent problems on the row', () => {
    expect(fieldProblemsToRowProblems(4, [{ path: 'options[1].text', code: 'OPTION_TEXT_REQUIRED', message: '选项内容不能为空' }])).toEqual([
      { row: 4, column: '选项B', code: 'OPTION_TEXT_REQUIRED', message: '选项内容不能为空' },
    ]);
  });
});

describe('cell codecs', () => {
  it('parses fill answers with escapes and strips only the formula quote', () => {
    expect(parseFillAnswer('a/b|c')).toEqual([['a', 'b'], ['c']]);
    expect(parseFillAnswer('C:\\dir')).toEqual([['C:\\dir']]);
    expect(readCellText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(readCellText("'引号")).toBe("'引号");
  });
});

describe('ROW_PROBLEM_CODES', () => {
  it('are all exercised by the tests above (which run first)', () => {
    expect([...seenCodes].sort()).toEqual([...ROW_PROBLEM_CODES].sort());
  });
});
