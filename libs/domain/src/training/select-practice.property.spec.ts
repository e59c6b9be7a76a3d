import fc from 'fast-check';
import { toDisplayKeys, toOriginalKeys } from '../scoring/option-order';
import { isPracticeItem, selectPracticeSet, type PracticeCandidate, type PracticeHistoryEntry } from './select-practice';

const USAGES = [['exam'], ['practice'], ['exam', 'practice'], ['practice', 'exam'], []] as const;
const STATUSES = ['draft', 'in_review', 'active', 'retired', 'superseded'] as const;
const CHAPTERS = ['ch1', 'ch2', 'ch3', 'ch4'];

const candidateArb: fc.Arbitrary<PracticeCandidate> = fc.record({
  versionId: fc.uuid(),
  questionId: fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `q${i}`)),
  chapterId: fc.constantFrom(...CHAPTERS),
  type: fc.constantFrom('single', 'multiple', 'judge', 'fill', 'short', 'case'),
  usage: fc.constantFrom(...USAGES),
  versionStatus: fc.constantFrom(...STATUSES),
});
const bankArb = fc.array(candidateArb, { maxLength: 80 });
const historyArb = fc.dictionary(
  fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `q${i}`)),
  fc.record({ answered: fc.nat(5), lastCorrect: fc.constantFrom(true, false, null) }),
);
const selectionArb = fc.record({
  size: fc.integer({ min: 0, max: 30 }),
  seed: fc.string(),
  chapterIds: fc.option(fc.subarray(CHAPTERS), { nil: undefined }),
  questionIds: fc.option(fc.subarray(Array.from({ length: 40 }, (_, i) => `q${i}`)), { nil: undefined }),
});

describe('practice selection', () => {
  it('never returns an exam-only, unused or unapproved item, whatever the bank', () => {
    fc.assert(
      fc.property(bankArb, selectionArb, historyArb, (bank, sel, hist) => {
        const history = new Map<string, PracticeHistoryEntry>(Object.entries(hist));
        const picked = selectPracticeSet(bank, { ...sel, history });
        for (const p of picked) {
          expect(p.usage).toContain('practice');
          expect(['active', 'retired']).toContain(p.versionStatus);
          expect(isPracticeItem(p)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('honours the chapter and question filters, the size, and shows a question once', () => {
    fc.assert(
      fc.property(bankArb, selectionArb, (bank, sel) => {
        const picked = selectPracticeSet(bank, sel);
        const eligible = new Set(
          bank
            .filter((c) => isPracticeItem(c) && (!sel.chapterIds || sel.chapterIds.includes(c.chapterId)) && (!sel.questionIds || sel.questionIds.includes(c.questionId)))
            .map((c) => c.questionId),
        );
        expect(picked.length).toBe(Math.min(sel.size, eligible.size));
        expect(new Set(picked.map((p) => p.questionId)).size).toBe(picked.length);
        for (const p of picked) expect(eligible.has(p.questionId)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic for a seed and prefers questions never answered, then those answered wrong', () => {
    const pool: PracticeCandidate[] = ['a', 'b', 'c', 'd'].map((q) => ({ versionId: `v-${q}`, questionId: q, chapterId: 'ch1', type: 'single', usage: ['practice'], versionStatus: 'active' }));
    const history = new Map<string, PracticeHistoryEntry>([
      ['a', { answered: 3, lastCorrect: true }],
      ['b', { answered: 1, lastCorrect: false }],
      ['c', { answered: 2, lastCorrect: true }],
    ]);
    const two = selectPracticeSet(pool, { size: 2, seed: 's', history });
    expect(two.map((p) => p.questionId).sort()).toEqual(['b', 'd']);
    expect(selectPracticeSet(pool, { size: 2, seed: 's', history })).toEqual(two);
    expect(selectPracticeSet(pool, { size: 3, seed: 'x', history }).map((p) => p.questionId).sort()).toEqual(['b', 'c', 'd']);
  });

  it('shows keys in display order and back (inverse of toOriginalKeys)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['A', 'B', 'C', 'D', 'E'], { minLength: 5, maxLength: 5 }), fc.subarray(['A', 'B', 'C', 'D', 'E'], { minLength: 1 }), (order, keys) => {
        const display = toDisplayKeys('multiple', keys, order) as string[];
        expect((toOriginalKeys('multiple', display, order) as string[]).sort()).toEqual([...keys].sort());
        const single = toDisplayKeys('single', keys[0], order);
        expect(toOriginalKeys('single', single, order)).toBe(keys[0]);
      }),
    );
    expect(toDisplayKeys('judge', true, ['B', 'A'])).toBe(true);
    expect(toDisplayKeys('single', 'B', undefined)).toBe('B');
  });
});
