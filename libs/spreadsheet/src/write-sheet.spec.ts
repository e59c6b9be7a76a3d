import { ValueType, Workbook } from 'exceljs';
import { readFirstSheet } from './read-sheet';
import { unzipEntry } from './test-zip.test-helper';
import { encodeCellText, neutraliseCell, safeSheetName, writeSheet } from './write-sheet';

async function load(buf: Buffer): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2', "'-2"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['=HYPERLINK("http://evil","click")', '\'=HYPERLINK("http://evil","click")'],
  ])('prefixes %j with a quote', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });

  it.each(['plain', ' =leading space', '1+1', "'=already quoted", '', '中文=x'])('leaves %j alone', (input) => {
    expect(neutraliseCell(input)).toBe(input);
  });

  it('leaves numbers, booleans and null alone (a negative number stays a number)', () => {
    expect(neutraliseCell(-2)).toBe(-2);
    expect(neutraliseCell(true)).toBe(true);
    expect(neutraliseCell(null)).toBeNull();
  });
});

describe('writeSheet', () => {
  it('(i) writes dangerous strings as text starting with a quote, never as formulas; numbers stay numbers', async () => {
    const buf = await writeSheet('s', ['v'], [['=1+1'], ['+SUM(A1)'], ['-2'], ['@x'], [-2], ['=cmd|\' /C calc\'!A0']]);
    const ws = (await load(buf)).worksheets[0]!;
    const cells = [2, 3, 4, 5, 6, 7].map((r) => ws.getCell(`A${r}`));
    expect(cells.map((c) => c.value)).toEqual(["'=1+1", "'+SUM(A1)", "'-2", "'@x", -2, "'=cmd|' /C calc'!A0"]);
    expect(cells.map((c) => c.type)).toEqual([ValueType.String, ValueType.String, ValueType.String, ValueType.String, ValueType.Number, ValueType.String]);
    expect(unzipEntry(buf, 'xl/worksheets/sheet1.xml').toString('utf8')).not.toMatch(/<f[ >]/);

    const read = await readFirstSheet(buf);
    expect(read.rows.map((r) => r.cells.get('v'))).toEqual(["'=1+1", "'+SUM(A1)", "'-2", "'@x", '-2', "'=cmd|' /C calc'!A0"]);
  });

  it('neutralises header cells too', async () => {
    const read = await readFirstSheet(await writeSheet('s', ['=evil', 'ok'], []));
    expect(read.header).toEqual(["'=evil", 'ok']);
  });

  it('has a bold, frozen header row, column widths and header notes', async () => {
    const buf = await writeSheet('用户', ['用户名', '角色', 'x'], [['a', 'b', 'c']], { columnWidths: [20, 30], notes: { 角色: '多个角色用逗号分隔' } });
    const ws = (await load(buf)).worksheets[0]!;
    expect(ws.name).toBe('用户');
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(1).getCell(3).font?.bold).toBe(true);
    expect(ws.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(10);
    const note = ws.getCell('B1').note;
    const noteText = typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
    expect(noteText).toBe('多个角色用逗号分隔');
  });

  it('refuses values no spreadsheet can hold and notes for unknown headers', async () => {
    await expect(writeSheet('s', ['a'], [[Number.NaN]])).rejects.toThrow(RangeError);
    await expect(writeSheet('s', ['a'], [[Number.POSITIVE_INFINITY]])).rejects.toThrow(RangeError);
    await expect(writeSheet('s', ['a'], [['x'.repeat(32_768)]])).rejects.toThrow(RangeError);
    await expect(writeSheet('s', ['a'], [], { notes: { b: 'nope' } })).rejects.toThrow(RangeError);
  });

  it('makes any sheet name acceptable to Excel', async () => {
    expect(safeSheetName('a/b:c*d?e[f]g\\h')).toBe('a_b_c_d_e_f_g_h');
    expect(safeSheetName("'quoted'")).toBe('quoted');
    expect(safeSheetName('')).toBe('Sheet1');
    expect(safeSheetName('History')).toBe('History_');
    expect(safeSheetName('很长的工作表名称'.repeat(10))).toHaveLength(31);
    expect(Array.from(safeSheetName('😀'.repeat(40)))).toHaveLength(31);
    const ws = (await load(await writeSheet('2026/01 [导出]', ['a'], []))).worksheets[0]!;
    expect(ws.name).toBe('2026_01 _导出_');
  });

  it('encodes characters XML cannot carry the way Excel does', () => {
    expect(encodeCellText('a\u0001b\rc\u007F\uFFFF')).toBe('a_x0001_b_x000D_c_x007F__xFFFF_');
    expect(encodeCellText('_x0041_')).toBe('_x005F_x0041_');
    expect(encodeCellText('lone \uD800 surrogate')).toBe('lone _xD800_ surrogate');
    expect(encodeCellText('pair 😀 ok\ttab\nline')).toBe('pair 😀 ok\ttab\nline');
  });
});
