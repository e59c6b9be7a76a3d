/** Text of a key or a response as the candidate reads it: single "B"; multiple "A、C";
 * judge 对/错; fill one string per blank (a key lists each blank's accepted answers). */
export function formatAnswer(type: string, value: unknown, words: { yes: string; no: string; none: string }): string {
  if (value === null || value === undefined || value === '') return words.none;
  switch (type) {
    case 'judge':
      return value === true ? words.yes : value === false ? words.no : words.none;
    case 'multiple':
      return Array.isArray(value) && value.length ? [...value].map(String).sort().join('、') : words.none;
    case 'fill':
      if (!Array.isArray(value) || value.length === 0) return words.none;
      return value.map((blank, i) => `(${i + 1}) ${Array.isArray(blank) ? blank.map(String).join(' / ') : String(blank) || words.none}`).join('；');
    default:
      return String(value);
  }
}

/** A practice answer is ready to submit once something is filled in. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return true;
  if (typeof value === 'string') return value.trim().length > 0;
  return Array.isArray(value) && value.some((v) => typeof v === 'string' && v.trim().length > 0);
}
