import type { CellValue } from 'exceljs';

/**
 * A number as plain decimal text: integers without `.0`, never exponent notation
 * (13800138000 -> '13800138000', 1e21 -> '1000000000000000000000', 1e-7 -> '0.0000001'), -0 -> '0'.
 */
export function numberToPlainString(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m as unknown as [string, string, string, string | undefined, string];
  const digits = lead + frac;
  const exp = Number(expText);
  // The decimal point sits after `lead`, moved by exp places.
  const point = 1 + exp;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A date as `YYYY-MM-DD` (UTC, which is how exceljs maps Excel serial dates); '' when invalid. */
export function dateToIsoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) return d.toISOString().split('T')[0]!;
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  return `${pad(y, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The text of an exceljs cell value, untrimmed: rich text concatenated, numbers plain, booleans
 * TRUE/FALSE, dates YYYY-MM-DD, formulas -> their cached result (never evaluated; '' when the file
 * has none), hyperlinks -> their text, errors -> their code ('#N/A').
 */
export function cellValueToText(value: CellValue | undefined, depth = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberToPlainString(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateToIsoDate(value);
  if (!isObject(value) || depth > 3) return '';
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isObject(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) {
    return cellValueToText(value.result as CellValue | undefined, depth + 1);
  }
  if ('hyperlink' in value || 'text' in value) {
    return cellValueToText(value.text as CellValue | undefined, depth + 1);
  }
  if (typeof value.error === 'string') return value.error;
  return '';
}
