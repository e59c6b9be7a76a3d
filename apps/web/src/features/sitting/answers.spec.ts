import { describe, expect, it } from '@jest/globals';
import { formatClock, isAnswered, loadStored, mergeAnswers, pendingInOrder, saveStored } from './answers';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
}

describe('sitting answers', () => {
  it('lets a local unsent answer win only with a higher seq, and keeps the counter above both sides', () => {
    const merged = mergeAnswers(
      { a: { response: 'A', seq: 5 }, b: { response: 'B', seq: 9 } },
      { seq: 7, pending: { a: { response: 'C', seq: 7 }, b: { response: 'D', seq: 3 } } },
    );
    expect(merged.values).toEqual({ a: 'C', b: 'B' });
    expect(merged.stored.pending).toEqual({ a: { response: 'C', seq: 7 } });
    expect(merged.stored.seq).toBe(9);
  });

  it('round-trips through storage, ignores garbage and replays in seq order', () => {
    const storage = memoryStorage();
    saveStored(storage, 'x', { seq: 4, pending: { b: { response: ['A'], seq: 4 }, a: { response: true, seq: 2 } } });
    expect(pendingInOrder(loadStored(storage, 'x')).map(([id]) => id)).toEqual(['a', 'b']);
    storage.setItem('cm.sitting.y', '{"seq":"no","pending":{"a":{"seq":1,"response":{}}}}');
    expect(loadStored(storage, 'y')).toEqual({ seq: 0, pending: {} });
  });

  it('knows answered values and formats the clock', () => {
    expect([null, '', ' ', [], ['', ''], false, 'x', ['', 'y']].map((value) => isAnswered(value))).toEqual([false, false, false, false, false, true, true, true]);
    expect(formatClock(3_661_000)).toBe('01:01:01');
    expect(formatClock(-5)).toBe('00:00:00');
  });
});
