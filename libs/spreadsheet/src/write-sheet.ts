import { Workbook } from 'exceljs';

export type SheetCellValue = string | number | boolean | null;

export interface WriteSheetOptions {
  /** Width per column (Excel character units); missing entries are derived from the header. */
  columnWidths?: number[];
  /** A note (Excel comment) on a header cell, keyed by header name, e.g. `{ 角色: '多个角色用逗号分隔' }`. */
  notes?: Record<string, string>;
}

/** Excel's own limit on the characters of one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/**
 * Export formula-injection ("CSV injection") defence. A string cell whose first character is
 * `=`, `+`, `-`, `@`, tab or carriage return is prefixed with a single quote `'`, so that neither
 * Excel (after a copy/paste or a save-as-CSV round trip) nor any other spreadsheet program can
 * ever read it as a formula such as `=HYPERLINK(...)` or `=cmd|...`. The quote is part of the cell
 * text: a user who re-imports the file sees it, which is the intended, visible trade-off.
 * Numbers, booleans and null are returned unchanged (a negative number stays a number).
 */
export function neutraliseCell(value: string): string;
export function neutraliseCell<T extends SheetCellValue>(value: T): T | string;
export function neutraliseCell(value: SheetCellValue): SheetCellValue {
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}

/**
 * Characters XML 1.0 cannot carry (C0 controls except tab/LF, U+FFFE/U+FFFF, lone surrogates),
 * plus CR (XML parsers turn it into LF) and DEL (exceljs drops it). They are written the way Excel
 * writes them, `_xHHHH_`, which exceljs and Excel decode on reading. A literal `_` that starts
 * `_xHHHH` is escaped as `_x005F_` so that user text such as `_x0041_` is not decoded into `A`.
 */
const XML_UNSAFE =
  /_(?=x[0-9A-Fa-f]{4})|[\x00-\x08\x0B-\x0D\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function encodeCellText(text: string): string {
  return text.replace(XML_UNSAFE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** A worksheet name Excel accepts: no `* ? : \ / [ ]`, no leading/trailing `'`, <= 31 characters, not `History`. */
export function safeSheetName(name: string): string {
  let s = name.replace(/[*?:/\\[\]\x00-\x1F\x7F]/g, '_').trim().replace(/^'+|'+$/g, '');
  s = Array.from(s).slice(0, 31).join('').trim();
  if (s.toLowerCase() === 'history') s = `${s}_`;
  return s === '' ? 'Sheet1' : s;
}

const isWide = (cp: number) =>
  (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x1f300;

function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function cellForWrite(value: SheetCellValue, where: string): SheetCellValue {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`writeSheet: ${where} is not a finite number`);
    return value;
  }
  if (typeof value !== 'string') throw new TypeError(`writeSheet: ${where} is not a string, number, boolean or null`);
  if (value.length > EXCEL_MAX_CELL_CHARS) throw new RangeError(`writeSheet: ${where} exceeds Excel's ${EXCEL_MAX_CELL_CHARS} characters`);
  return encodeCellText(neutraliseCell(value));
}

/**
 * Writes a one-sheet .xlsx: a bold, frozen header row, then `rows`. Every string (header
 * included) passes through neutraliseCell (formula-injection defence, see there); numbers and
 * booleans are written as such, null as an empty cell. Throws RangeError/TypeError for values no
 * spreadsheet can hold (NaN, Infinity, strings over 32,767 characters) and for notes on unknown headers.
 */
export async function writeSheet(
  sheetName: string,
  header: string[],
  rows: SheetCellValue[][],
  opts: WriteSheetOptions = {},
): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'cm-certify';
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });

  const headerRow = sheet.addRow(header.map((h, i) => cellForWrite(h, `header column ${i + 1}`)));
  headerRow.font = { bold: true };
  rows.forEach((row, r) => sheet.addRow(row.map((v, c) => cellForWrite(v, `row ${r + 2} column ${c + 1}`))));

  header.forEach((h, i) => {
    const width = opts.columnWidths?.[i] ?? Math.min(60, Math.max(10, displayWidth(h) + 4));
    sheet.getColumn(i + 1).width = width;
  });

  for (const [name, note] of Object.entries(opts.notes ?? {})) {
    const index = header.indexOf(name);
    if (index < 0) throw new RangeError(`writeSheet: note for unknown header "${name}"`);
    headerRow.getCell(index + 1).note = note;
  }

  const out = await workbook.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}
