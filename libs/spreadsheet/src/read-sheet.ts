import { type Cell, type Row, ValueType, Workbook } from 'exceljs';
import { cellValueToText } from './cell-text';
import { DEFAULT_SHEET_LIMITS, type ParsedSheet, type SheetLimits, type SheetRow, SpreadsheetError } from './spreadsheet.types';
import { inspectXlsxZip } from './zip-guard';

/** Header names that would touch object prototypes if some consumer ever copied a row into a plain object. */
const FORBIDDEN_HEADERS = new Set(['__proto__', 'constructor', 'prototype']);

/** 1 -> 'A', 27 -> 'AA'. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Text of one cell, trimmed. The non-master cells of a merged range are empty (exceljs would repeat the master's value). */
function cellText(cell: Cell): string {
  if (cell.type === ValueType.Merge) return '';
  return cellValueToText(cell.value).trim();
}

function checkLength(text: string, row: number, column: number, limits: SheetLimits, header?: string): void {
  if (text.length > limits.maxCellChars) {
    throw new SpreadsheetError('CELL_TOO_LONG', `第 ${row} 行 ${columnLetter(column)} 列内容过长(上限 ${limits.maxCellChars} 字符)`, {
      row,
      column,
      columnLetter: columnLetter(column),
      ...(header === undefined ? {} : { header }),
      length: text.length,
      max: limits.maxCellChars,
    });
  }
}

function readHeader(row: Row, limits: SheetLimits): string[] {
  const texts: string[] = [];
  // Cells with values only; the position gives the column. Anything past maxColumns is refused
  // before the header is even assembled.
  row.eachCell((cell, column) => {
    if (column > limits.maxColumns) {
      const text = cellText(cell);
      if (text !== '') {
        throw new SpreadsheetError('TOO_MANY_COLUMNS', `表头列数过多(上限 ${limits.maxColumns} 列)`, { columns: column, max: limits.maxColumns });
      }
      return;
    }
    const text = cellText(cell);
    checkLength(text, 1, column, limits);
    texts[column - 1] = text;
  });
  let width = texts.length;
  while (width > 0 && !texts[width - 1]) width--;
  if (width === 0) throw new SpreadsheetError('BAD_HEADER', '第 1 行表头为空', { column: 1, columnLetter: 'A', reason: 'empty header row' });

  const header: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < width; i++) {
    const name = texts[i] ?? '';
    const column = i + 1;
    const bad = (reason: string, message: string) =>
      new SpreadsheetError('BAD_HEADER', `表头第 ${columnLetter(column)} 列${message}`, { column, columnLetter: columnLetter(column), name, reason });
    if (name === '') throw bad('empty', '为空');
    if (FORBIDDEN_HEADERS.has(name)) throw bad('reserved', `名称“${name}”不允许使用`);
    if (seen.has(name)) throw bad('duplicate', `名称“${name}”重复`);
    seen.add(name);
    header.push(name);
  }
  return header;
}

/**
 * Reads the first worksheet of an untrusted .xlsx: row 1 is the header, every later row with at
 * least one non-empty cell (under a header) becomes `{ rowNumber, cells }`, with every header name
 * present in `cells` ('' for an empty cell). Cell text is trimmed; see cellValueToText for how
 * values become text. Formulas are never evaluated. Cells in columns without a header (but within
 * maxColumns) are ignored.
 *
 * Throws SpreadsheetError: everything inspectXlsxZip throws (called first, before exceljs sees the
 * bytes), NOT_XLSX when exceljs cannot parse it, NO_SHEET, BAD_HEADER {column}, TOO_MANY_COLUMNS,
 * TOO_MANY_ROWS (checked on the row count before iterating), CELL_TOO_LONG {row, column}.
 */
export async function readFirstSheet(buf: Buffer, limits: SheetLimits = DEFAULT_SHEET_LIMITS): Promise<ParsedSheet> {
  inspectXlsxZip(buf, limits);

  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (err) {
    throw new SpreadsheetError('NOT_XLSX', '文件不是有效的 .xlsx 工作簿(无法解析)', { reason: 'parse', cause: err instanceof Error ? err.message.slice(0, 200) : String(err) });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('NO_SHEET', '工作簿中没有工作表');

  // actualRowCount counts rows holding at least one value, the header included.
  const dataRows = Math.max(0, sheet.actualRowCount - 1);
  if (dataRows > limits.maxRows) {
    throw new SpreadsheetError('TOO_MANY_ROWS', `数据行数过多(${dataRows} 行,上限 ${limits.maxRows} 行)`, { rows: dataRows, max: limits.maxRows });
  }

  const header = readHeader(sheet.getRow(1), limits);
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const texts: string[] = new Array<string>(header.length).fill('');
    let nonEmpty = false;
    row.eachCell((cell, column) => {
      if (column > header.length) {
        if (column > limits.maxColumns && cellText(cell) !== '') {
          throw new SpreadsheetError('TOO_MANY_COLUMNS', `第 ${rowNumber} 行列数过多(上限 ${limits.maxColumns} 列)`, { row: rowNumber, column, columnLetter: columnLetter(column), max: limits.maxColumns });
        }
        return;
      }
      const text = cellText(cell);
      checkLength(text, rowNumber, column, limits, header[column - 1]);
      texts[column - 1] = text;
      if (text !== '') nonEmpty = true;
    });
    if (!nonEmpty) return;
    const cells = new Map<string, string>();
    header.forEach((name, i) => cells.set(name, texts[i]!));
    rows.push({ rowNumber, cells });
  });
  return { header, rows };
}
