import { Workbook } from 'exceljs';
import { readFirstSheet } from './read-sheet';
import { DEFAULT_SHEET_LIMITS, type ParsedSheet, type SheetLimits, SpreadsheetError, type SpreadsheetErrorCode } from './spreadsheet.types';
import { buildZip, sheetXml, xlsxEntries } from './test-zip.test-helper';
import { writeSheet } from './write-sheet';

async function refusal(p: Promise<unknown>): Promise<SpreadsheetError> {
  const outcome = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(outcome instanceof SpreadsheetError)) throw new Error(`expected a SpreadsheetError, got ${String(outcome)}`);
  return outcome;
}

async function expectRefused(buf: Buffer, code: SpreadsheetErrorCode, limits: SheetLimits = DEFAULT_SHEET_LIMITS): Promise<SpreadsheetError> {
  const err = await refusal(readFirstSheet(buf, limits));
  expect(err.code).toBe(code);
  return err;
}

const asObjects = (sheet: ParsedSheet) => sheet.rows.map((r) => ({ rowNumber: r.rowNumber, ...Object.fromEntries(r.cells) }));

async function workbookBuffer(fill: (wb: Workbook) => void): Promise<Buffer> {
  const wb = new Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readFirstSheet', () => {
  it('(a) round-trips Chinese text, numbers and booleans written by writeSheet', async () => {
    const header = ['用户名', '姓名', '角色', '岗位级别', '在职'];
    const buf = await writeSheet('用户', header, [
      ['zhangsan', '张三', '考生', 1, true],
      ['lisi', '李四', '培训师,考生', 2.5, false],
      ['wangwu', '王五（客户经理）', '', null, null],
    ]);
    const sheet = await readFirstSheet(buf);
    expect(sheet.header).toEqual(header);
    expect(asObjects(sheet)).toEqual([
      { rowNumber: 2, 用户名: 'zhangsan', 姓名: '张三', 角色: '考生', 岗位级别: '1', 在职: 'TRUE' },
      { rowNumber: 3, 用户名: 'lisi', 姓名: '李四', 角色: '培训师,考生', 岗位级别: '2.5', 在职: 'FALSE' },
      { rowNumber: 4, 用户名: 'wangwu', 姓名: '王五（客户经理）', 角色: '', 岗位级别: '', 在职: '' },
    ]);
  });

  it('converts every kind of cell value to text and never evaluates formulas', async () => {
    const buf = await workbookBuffer((wb) => {
      const ws = wb.addWorksheet('data');
      ws.addRow(['kind', 'value']);
      ws.addRow(['integer', 42]);
      ws.addRow(['float', 0.1]);
      ws.addRow(['phone', 13800138000]);
      ws.addRow(['huge', 1e21]);
      ws.addRow(['tiny', 1.5e-7]);
      ws.addRow(['negative', -3]);
      ws.addRow(['true', true]);
      ws.addRow(['date', new Date(Date.UTC(2020, 6, 1))]);
      ws.addRow(['rich', { richText: [{ text: '张', font: { bold: true } }, { text: '三' }] }]);
      ws.addRow(['formula', { formula: 'A1*1000', result: 7 }]);
      ws.addRow(['formula-text', { formula: 'CONCAT("a","b")', result: 'ab' }]);
      ws.addRow(['formula-no-cache', { formula: 'NOW()' }]);
      ws.addRow(['formula-date', { formula: 'DATE(2021,2,3)', result: new Date(Date.UTC(2021, 1, 3)) }]);
      ws.addRow(['hyperlink', { text: '官网', hyperlink: 'https://example.com' }]);
      ws.addRow(['error', { error: '#N/A' }]);
      ws.addRow(['padded', '  spaced out \n']);
      ws.getCell('B9').numFmt = 'yyyy-mm-dd';
      ws.getCell('B15').numFmt = 'yyyy-mm-dd';
    });
    const sheet = await readFirstSheet(buf);
    const byKind = Object.fromEntries(sheet.rows.map((r) => [r.cells.get('kind'), r.cells.get('value')]));
    expect(byKind).toEqual({
      integer: '42',
      float: '0.1',
      phone: '13800138000',
      huge: '1000000000000000000000',
      tiny: '0.00000015',
      negative: '-3',
      true: 'TRUE',
      date: '2020-07-01',
      rich: '张三',
      formula: '7',
      'formula-text': 'ab',
      'formula-no-cache': '',
      'formula-date': '2021-02-03',
      hyperlink: '官网',
      error: '#N/A',
      padded: 'spaced out',
    });
  });

  it('skips rows whose cells are all empty or blank, keeps real row numbers, and ignores columns without a header', async () => {
    const buf = await workbookBuffer((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['a', 'b']);
      ws.addRow(['1', '2']);
      ws.addRow(['   ', null]);
      ws.getRow(4).getCell(1).style = { font: { bold: true } };
      ws.addRow([null, null, 'no header here']);
      ws.getRow(6).values = ['x'];
    });
    const sheet = await readFirstSheet(buf);
    expect(asObjects(sheet)).toEqual([
      { rowNumber: 2, a: '1', b: '2' },
      { rowNumber: 6, a: 'x', b: '' },
    ]);
  });

  it('treats the covered cells of a merged range as empty', async () => {
    const buf = await workbookBuffer((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['a', 'b', 'c']);
      ws.addRow(['merged', null, 'z']);
      ws.mergeCells('A2:B2');
    });
    expect(asObjects(await readFirstSheet(buf))).toEqual([{ rowNumber: 2, a: 'merged', b: '', c: 'z' }]);
  });

  it('NO_SHEET for a workbook without worksheets', async () => {
    const entries = xlsxEntries({ data: sheetXml([['a']]) }).map((e) =>
      e.name === 'xl/workbook.xml'
        ? { ...e, data: Buffer.from('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>') }
        : e,
    );
    await expectRefused(buildZip(entries), 'NO_SHEET');
  });

  it('NOT_XLSX when the XML inside a well-formed ZIP is broken', async () => {
    await expectRefused(buildZip(xlsxEntries({ data: Buffer.from('<worksheet><sheetData><row><c') })), 'NOT_XLSX');
  });

  describe('(e) row limits', () => {
    const header = ['id', 'name'];
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [String(i + 1), `name ${i + 1}`]);
    const limits = { ...DEFAULT_SHEET_LIMITS, maxRows: 100 };

    it('accepts exactly maxRows data rows', async () => {
      const sheet = await readFirstSheet(await writeSheet('s', header, rows(100)), limits);
      expect(sheet.rows).toHaveLength(100);
      expect(sheet.rows[99]!.rowNumber).toBe(101);
    });

    it('TOO_MANY_ROWS with maxRows + 1 data rows', async () => {
      const t0 = performance.now();
      const err = await expectRefused(await writeSheet('s', header, rows(101)), 'TOO_MANY_ROWS', limits);
      expect(err.details).toEqual({ rows: 101, max: 100 });
      console.info(`[read-sheet] 101 rows with maxRows 100 refused as TOO_MANY_ROWS in ${(performance.now() - t0).toFixed(1)} ms (incl. writing)`);
    });
  });

  describe('(f) column and cell limits', () => {
    it('TOO_MANY_COLUMNS when the header is wider than maxColumns', async () => {
      const header = Array.from({ length: 41 }, (_, i) => `c${i + 1}`);
      await expectRefused(await writeSheet('s', header, [header]), 'TOO_MANY_COLUMNS');
      const ok = await readFirstSheet(await writeSheet('s', header.slice(0, 40), [header.slice(0, 40)]));
      expect(ok.header).toHaveLength(40);
    });

    it('TOO_MANY_COLUMNS when a data row has a value past maxColumns', async () => {
      const row: (string | null)[] = Array.from({ length: 12 }, () => null);
      row[11] = 'far away';
      const err = await expectRefused(await writeSheet('s', ['a', 'b'], [['1', '2'], row]), 'TOO_MANY_COLUMNS', { ...DEFAULT_SHEET_LIMITS, maxColumns: 10 });
      expect(err.details).toMatchObject({ row: 3, column: 12 });
    });

    it('CELL_TOO_LONG with {row, column}, in data and in the header', async () => {
      const limits = { ...DEFAULT_SHEET_LIMITS, maxCellChars: 50 };
      const err = await expectRefused(await writeSheet('s', ['a', 'b'], [['ok', 'ok'], ['ok', 'x'.repeat(51)]]), 'CELL_TOO_LONG', limits);
      expect(err.details).toMatchObject({ row: 3, column: 2, columnLetter: 'B', header: 'b', length: 51, max: 50 });
      const headerErr = await expectRefused(await writeSheet('s', ['a', 'h'.repeat(60)], []), 'CELL_TOO_LONG', limits);
      expect(headerErr.details).toMatchObject({ row: 1, column: 2 });
      // The limit applies to the trimmed text.
      expect((await readFirstSheet(await writeSheet('s', ['a'], [[`  ${'x'.repeat(50)}  `]]), limits)).rows[0]!.cells.get('a')).toHaveLength(50);
    });
  });

  describe('(g) header names', () => {
    it.each(['__proto__', 'constructor', 'prototype'])('BAD_HEADER for %s', async (name) => {
      const err = await expectRefused(await writeSheet('s', ['ok', name], [['1', '2']]), 'BAD_HEADER');
      expect(err.details).toMatchObject({ column: 2, name });
    });

    it('BAD_HEADER for duplicates (after trimming) and for an empty name in the middle', async () => {
      expect((await expectRefused(await writeSheet('s', ['a', 'b', ' a '], []), 'BAD_HEADER')).details).toMatchObject({ column: 3, reason: 'duplicate' });
      expect((await expectRefused(await writeSheet('s', ['a', '', 'c'], []), 'BAD_HEADER')).details).toMatchObject({ column: 2, reason: 'empty' });
      expect((await expectRefused(await writeSheet('s', [], [['data without header']]), 'BAD_HEADER')).details).toMatchObject({ column: 1 });
    });

    it('drops empty trailing header cells', async () => {
      const sheet = await readFirstSheet(await writeSheet('s', ['a', 'b', '', '  '], [['1', '2']]));
      expect(sheet.header).toEqual(['a', 'b']);
    });

    it("a data cell containing '__proto__' is just text, and no prototype is touched", async () => {
      const sheet = await readFirstSheet(await writeSheet('s', ['name', 'note'], [['__proto__', 'constructor'], ['{"polluted":true}', 'prototype']]));
      expect(sheet.rows.map((r) => [...r.cells.values()])).toEqual([
        ['__proto__', 'constructor'],
        ['{"polluted":true}', 'prototype'],
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(sheet.rows[0]!.cells)).toBe(Map.prototype);
    });
  });

  describe('(h) pathological strings', () => {
    const strange = [
      '\u202Eبالعربية\u202C RTL override',
      '\u200F\u200Eמימין לשמאל\u200F',
      'zero\u200Bwidth\uFEFFjoiners\u200D',
      'emoji 👩‍👩‍👧‍👦 🇨🇳 and astral 𠀀𪚥',
      'combining e\u0301\u0301\u0301',
      'controls \u0001\u0002\u0007\u0008\u000B\u000C\u000E\u001F\u007F inside',
      'line\nbreaks\r\nand\ttabs',
      'xml <c r="A1"/> & entities &amp; ]]> <![CDATA[x]]>',
      'escape-like _x0041_ and _x005F_ and _x00e9_x0042_',
      'non-characters \uFFFE\uFFFF end',
    ];

    it('survive a round trip (trimmed)', async () => {
      const sheet = await readFirstSheet(await writeSheet('s', ['text'], strange.map((s) => [s])));
      expect(sheet.rows.map((r) => r.cells.get('text'))).toEqual(strange.map((s) => s.trim()));
    });

    it('very long unicode text survives up to maxCellChars and is refused above it', async () => {
      const unit = '中文𠀀ع\u200F';
      const long = unit.repeat(Math.floor(DEFAULT_SHEET_LIMITS.maxCellChars / unit.length));
      expect(long.length).toBeLessThanOrEqual(DEFAULT_SHEET_LIMITS.maxCellChars);
      const sheet = await readFirstSheet(await writeSheet('s', ['text'], [[long]]));
      expect(sheet.rows[0]!.cells.get('text')).toBe(long);
      await expectRefused(await writeSheet('s', ['text'], [[long + unit]]), 'CELL_TOO_LONG');
      await expectRefused(await writeSheet('s', ['text'], [['字'.repeat(30_000)]]), 'CELL_TOO_LONG');
    });
  });
});
