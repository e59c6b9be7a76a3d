/**
 * Low-level GIFT text handling: the escapes `\~ \= \# \{ \} \: \\` and `\n` (a line break),
 * finding unescaped characters, and the metadata GIFT keeps in `//` comments
 * (`// [tag:difficulty:4]`, Moodle's convention, and `// 评分要点: criterion:points`, ours).
 */

/** Escapes a text for GIFT: special characters behind `\`, line breaks as `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

/** The inverse of `escapeGift`; a `\` before any other character stays as written. */
export function unescapeGift(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** Index of the first unescaped occurrence of `needle` at or after `from`; -1 when none. */
export function indexOfUnescaped(text: string, needle: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Splits at every unescaped `separator` (escapes kept, for a later `unescapeGift`). */
export function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let at = indexOfUnescaped(text, separator);
  while (at !== -1) {
    parts.push(text.slice(start, at));
    start = at + separator.length;
    at = indexOfUnescaped(text, separator, start);
  }
  parts.push(text.slice(start));
  return parts;
}

export interface GiftAnswer {
  mark: '=' | '~';
  /** `%50%` → 50; null when not given */
  weight: number | null;
  /** still escaped */
  text: string;
  /** still escaped; '' when none */
  feedback: string;
}

/**
 * The answers of a block (`=right ~wrong#feedback ~%50%half`), or null when text other than
 * white space stands before the first `=` / `~`.
 */
export function splitAnswers(block: string): GiftAnswer[] | null {
  const starts: number[] = [];
  for (let i = 0; i < block.length; i++) {
    if (block[i] === '\\') i++;
    else if (block[i] === '=' || block[i] === '~') starts.push(i);
  }
  if (starts.length === 0 || block.slice(0, starts[0]).trim() !== '') return null;
  return starts.map((start, n) => {
    let raw = block.slice(start + 1, starts[n + 1] ?? block.length);
    let weight: number | null = null;
    const m = /^\s*%(-?\d{1,3}(?:\.\d{1,7})?)%/.exec(raw);
    if (m) {
      weight = Number(m[1]);
      raw = raw.slice(m[0].length);
    }
    const [text = '', ...feedback] = splitUnescaped(raw, '#');
    return { mark: block[start] as '=' | '~', weight, text: text.trim(), feedback: feedback.join('#').trim() };
  });
}

/** `[tag:…]` values of a comment line. */
export function tagsInComment(comment: string): string[] {
  return [...comment.matchAll(/\[tag:([^[\]\n]*)\]/g)].map((m) => m[1]!.trim()).filter((t) => t !== '');
}

const RUBRIC_COMMENT = /^\/\/\s*评分要点\s*[:：](.*)$/;

/** The `criterion:points` text of a `// 评分要点: …` comment line; null for other comments. */
export function rubricInComment(comment: string): string | null {
  const m = RUBRIC_COMMENT.exec(comment.trim());
  return m ? m[1]!.trim() : null;
}

/** A tag as it can stand inside `[tag:…]` (no `]`, no line break). */
export function giftTag(tag: string): string {
  return tag.replace(/[\]\r\n]/g, ' ').trim();
}
