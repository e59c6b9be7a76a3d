import fc from 'fast-check';
import { numberToPlainString } from './cell-text';
import { readFirstSheet } from './read-sheet';
import { DEFAULT_SHEET_LIMITS, SpreadsheetError } from './spreadsheet.types';
import { neutraliseCell, writeSheet } from './write-sheet';
import { inspectXlsxZip } from './zip-guard';

/** What reading gives back for a written string: neutralised (leading quote), then trimmed. */
const expected = (v: string | null) => (v === null ? '' : neutraliseCell(v).trim());

/** Any text: full Unicode code points (controls, non-characters, astral), graphemes, and the interesting prefixes. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('=1+1', '+SUM(A1)', '-2', '@x', '\t=x', '\r\n=x', ' =x', '_x0041_', '__proto__', "'", '   ', ''),
);

const headerName = cellText.filter((s) => {
  const h = expected(s);
  return h !== '' && h.length <= DEFAULT_SHEET_LIMITS.maxCellChars && !['__proto__', 'constructor', 'prototype'].includes(h);
});

const grid = fc
  .uniqueArray(headerName, { minLength: 1, maxLength: 6, selector: (s) => expected(s) })
  .chain((header) =>
    fc.record({
      header: fc.constant(header),
      rows: fc.array(fc.array(fc.option(cellText, { nil: null }), { minLength: header.length, maxLength: header.length }), { maxLength: 8 }),
    }),
  );

describe('spreadsheet properties', () => {
  it('(j) write -> read returns the same trimmed strings, neutralised ones with the leading quote', async () => {
    await fc.assert(
      fc.asyncProperty(grid, async ({ header, rows }) => {
        const sheet = await readFirstSheet(await writeSheet('prop', header, rows));
        expect(sheet.header).toEqual(header.map(expected));
        const want = rows
          .map((row, i) => ({ rowNumber: i + 2, texts: row.map(expected) }))
          .filter((r) => r.texts.some((t) => t !== ''))
          .map((r) => ({ rowNumber: r.rowNumber, cells: [...r.texts] }));
        expect(sheet.rows.map((r) => ({ rowNumber: r.rowNumber, cells: [...r.cells.values()] }))).toEqual(want);
        sheet.rows.forEach((r) => expect([...r.cells.keys()]).toEqual(sheet.header));
      }),
      { numRuns: 60 },
    );
  });

  it('numbers come back as plain decimal text that parses to the same number', async () => {
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(0, -0, 13800138000, 1e21, 1.5e-7, 0.1, Number.MAX_SAFE_INTEGER));
    await fc.assert(
      fc.asyncProperty(fc.array(value, { minLength: 1, maxLength: 20 }), async (values) => {
        const sheet = await readFirstSheet(await writeSheet('n', ['n'], values.map((v) => [v])));
        const texts = sheet.rows.map((r) => r.cells.get('n')!);
        texts.forEach((t, i) => {
          expect(t).not.toMatch(/e/i);
          expect(Number(t)).toBe(values[i] === 0 ? 0 : values[i]);
          expect(t).toBe(numberToPlainString(values[i]!));
        });
      }),
      { numRuns: 40 },
    );
  });

  it('a damaged file is either read or refused with a SpreadsheetError, never anything else', async () => {
    const valid = await writeSheet('s', ['用户名', '姓名'], [['zhangsan', '张三'], ['lisi', 12]]);
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat({ max: valid.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat({ max: valid.length - 1 }), xor: fc.constant(0) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 4 }), async (damages) => {
        let buf = Buffer.from(valid);
        for (const d of damages) {
          if (d.kind === 'cut') buf = buf.subarray(0, Math.min(d.at, buf.length));
          else if (d.at < buf.length) buf[d.at]! ^= d.xor;
        }
        try {
          inspectXlsxZip(buf, DEFAULT_SHEET_LIMITS);
        } catch (err) {
          expect(err).toBeInstanceOf(SpreadsheetError);
        }
        const outcome = await readFirstSheet(buf).then(
          (sheet) => sheet,
          (e: unknown) => e,
        );
        if (!(outcome instanceof SpreadsheetError)) expect(outcome).toHaveProperty('header');
      }),
      { numRuns: 300 },
    );
  });
});
