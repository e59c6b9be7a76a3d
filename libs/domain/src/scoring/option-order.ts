const DISPLAY_KEYS = 'ABCDEFGH';

/** Maps a response given in the candidate's display keys (A, B, … in shuffled order) back to
 * the question's own keys, using the permutation stored with the paper. */
export function toOriginalKeys(type: string, response: unknown, optionOrder: readonly string[] | undefined): unknown {
  if (!optionOrder || (type !== 'single' && type !== 'multiple')) return response;
  const map = (k: unknown) => (typeof k === 'string' && DISPLAY_KEYS.indexOf(k) >= 0 ? (optionOrder[DISPLAY_KEYS.indexOf(k)] ?? null) : null);
  if (type === 'single') return map(response);
  return Array.isArray(response) ? response.map(map) : null;
}

/** The inverse of `toOriginalKeys`: a key (or response) in the question's own option keys as
 * the candidate saw it on this paper — for showing the key and a past answer after grading. */
export function toDisplayKeys(type: string, value: unknown, optionOrder: readonly string[] | undefined): unknown {
  if (!optionOrder || (type !== 'single' && type !== 'multiple')) return value;
  const map = (k: unknown) => {
    const i = typeof k === 'string' ? optionOrder.indexOf(k) : -1;
    return i >= 0 ? (DISPLAY_KEYS[i] ?? null) : null;
  };
  if (type === 'single') return value === null || value === undefined ? value : map(value);
  return Array.isArray(value) ? value.map(map).sort() : value;
}
