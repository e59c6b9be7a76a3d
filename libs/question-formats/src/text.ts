/**
 * Text helpers shared by the readers and writers: entity decoding (a fixed list, never an
 * entity a document defines), HTML → plain text, XML escaping, blanks and rubric lines.
 */

const XML_NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const HTML_NAMED: Readonly<Record<string, string>> = { ...XML_NAMED, nbsp: ' ' };
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g;

function decodeWith(named: Readonly<Record<string, string>>, text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return Object.prototype.hasOwnProperty.call(named, body) ? named[body]! : whole;
  });
}

/** Decodes `&amp; &lt; &gt; &quot; &apos;` and numeric references in one pass; anything else stays literal. */
export function decodeXmlEntities(text: string): string {
  return decodeWith(XML_NAMED, text);
}

/** As `decodeXmlEntities`, plus `&nbsp;` (→ a plain space), for HTML fragments. */
export function decodeHtmlEntities(text: string): string {
  return decodeWith(HTML_NAMED, text);
}

/**
 * Text for an XML element or attribute: `& < > " '` escaped, CR kept as `&#13;`, and the
 * characters XML 1.0 cannot carry at all (other C0 controls, U+FFFE/U+FFFF, lone surrogates) dropped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"'\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' })[c]!);
}

/**
 * HTML → plain text: `<strong>`/`<b>` kept as `**…**`, list items as lines starting `- `,
 * `<br>` and block elements (`<p>`, `<div>`, lists, headings, rows) as line breaks, every other tag
 * dropped (script/style with their content), entities decoded, source whitespace collapsed,
 * lines trimmed and empty lines removed.
 */
export function htmlToText(html: string): string {
  // Tag patterns use [^<>]* (never [^>]*) and comments/scripts are cut with indexOf, so that
  // hostile input such as a million '<' or unclosed '<!--' costs linear time.
  const text = removeSections(html)
    .replace(/\s+/g, ' ')
    .replace(/<br\b[^<>]*>/gi, '\n')
    .replace(/<li\b[^<>]*>/gi, '\n- ')
    .replace(/<\/?(?:p|div|ul|ol|li|h[1-6]|table|tr|blockquote|pre|section|article)\b[^<>]*>/gi, '\n')
    .replace(/<\/?(?:strong|b)\b[^<>]*>/gi, '**')
    .replace(/<\/?(?:td|th)\b[^<>]*>/gi, ' ')
    .replace(/<[^<>]*>/g, '');
  return decodeHtmlEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '' && line !== '-')
    .join('\n');
}

/** Drops comments and script/style elements (an unclosed one runs to the end). */
function removeSections(html: string): string {
  const open = /<!--|<(script|style)\b/gi;
  let out = '';
  let from = 0;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    out += html.slice(from, m.index);
    const closer = m[1] === undefined ? /-->/g : new RegExp(`</${m[1]}[^<>]*>`, 'gi');
    closer.lastIndex = m.index + m[0].length;
    const end = closer.exec(html);
    if (end === null) return out;
    from = end.index + end[0].length;
    open.lastIndex = from;
  }
  return out + html.slice(from);
}

const BLANK = /_{3,}/g;

/** Number of blanks in a stem: runs of three or more underscores (as in libs/domain). */
export function countBlanks(stem: string): number {
  return (stem.match(BLANK) ?? []).length;
}

export interface RubricItem {
  criterion: string;
  maxPoints: number;
}

/**
 * Rubric lines `criterion:points` (full-width `：` allowed, the last colon separates, an optional
 * trailing `分`). Returns the parsed criteria and the 1-based numbers of lines that are not of
 * that form; empty lines are ignored.
 */
export function parseRubricText(text: string): { rubric: RubricItem[]; badLines: number[] } {
  const rubric: RubricItem[] = [];
  const badLines: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
    const criterion = colon > 0 ? line.slice(0, colon).trim() : '';
    const points = colon > 0 ? line.slice(colon + 1).trim().replace(/\s*分$/, '') : '';
    if (criterion === '' || !/^\d{1,9}(?:\.\d{1,6})?$/.test(points)) badLines.push(i + 1);
    else rubric.push({ criterion, maxPoints: Number(points) });
  });
  return { rubric, badLines };
}

/** The inverse of `parseRubricText`: one `criterion:points` line per criterion. */
export function formatRubricText(rubric: readonly RubricItem[]): string {
  return rubric.map((r) => `${r.criterion}:${r.maxPoints}`).join('\n');
}

/** The option key at a position: 0 → 'A', 1 → 'B', … */
export function optionKeyAt(index: number): string {
  return String.fromCharCode(65 + index);
}

/** `record[key]` for the record's own keys only (so '__proto__' or 'constructor' find nothing). */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
