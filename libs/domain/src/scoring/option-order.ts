const DISPLAY_KEYS = 'ABCDEFGH';

/** Maps a response given in the candidate's display keys (A, B, … in shuffled order) back to
 * the question's own keys, using the permutation stored with the paper. */
export function toOriginalKeys(type: string, response: unknown, optionOrder: readonly string[] | undefined): unknown {
  if (!optionOrder || (type !== 'single' && type !== 'multiple')) return response;
  const map = (k: unknown) => (typeof k === 'string' && DISPLAY_KEYS.indexOf(k) >= 0 ? (optionOrder[DISPLAY_KEYS.indexOf(k)] ?? null) : null);
  if (type === 'single') return map(response);
  return Array.isArray(response) ? response.map(map) : null;
}
