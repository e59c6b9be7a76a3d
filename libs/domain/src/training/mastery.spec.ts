import { accuracyPercent, chapterMastery, MASTERY_WINDOW, masteryBand, type PracticeOutcome } from './mastery';

const at = (minute: number) => Date.UTC(2026, 0, 1, 8, minute);
const answers = (chapterId: string, pattern: string, startMinute = 0): PracticeOutcome[] =>
  [...pattern].map((ch, i) => ({ chapterId, correct: ch === '1', answeredAt: at(startMinute + i) }));

describe('chapter mastery (accuracy over the last 20 answers per chapter)', () => {
  it('is correct / answered × 100 with one decimal', () => {
    expect(accuracyPercent(2, 3)).toBe(66.7);
    expect(accuracyPercent(1, 3)).toBe(33.3);
    expect(accuracyPercent(7, 7)).toBe(100);
    expect(accuracyPercent(0, 0)).toBeNull();
    const m = chapterMastery(answers('c1', '1101101'), ['c1']).get('c1')!;
    expect(m).toEqual({ chapterId: 'c1', answered: 7, correct: 5, accuracy: 71.4, band: 'developing' });
  });

  it('counts only the most recent answers of the window, newest by time whatever the input order', () => {
    expect(MASTERY_WINDOW).toBe(20);
    // 10 old wrong answers, then 20 newer right ones: the wrong ones fell out of the window.
    const old = answers('c1', '0'.repeat(10), 0);
    const recent = answers('c1', '1'.repeat(20), 10);
    const m = chapterMastery([...recent, ...old].reverse(), ['c1']).get('c1')!;
    expect(m).toMatchObject({ answered: 20, correct: 20, accuracy: 100, band: 'mastered' });
    // 5 newer wrong answers push 5 right ones out: 15 of the last 20.
    const m2 = chapterMastery([...old, ...recent, ...answers('c1', '00000', 40)], ['c1']).get('c1')!;
    expect(m2).toMatchObject({ answered: 20, correct: 15, accuracy: 75, band: 'developing' });
    // a smaller window, given explicitly
    expect(chapterMastery(answers('c1', '0011'), ['c1'], 2).get('c1')).toMatchObject({ answered: 2, correct: 2, accuracy: 100 });
  });

  it('keeps chapters apart and reports chapters without answers as not started', () => {
    const m = chapterMastery([...answers('a', '111110'), ...answers('b', '00101')], ['a', 'b', 'c']);
    expect(m.get('a')).toMatchObject({ answered: 6, correct: 5, accuracy: 83.3, band: 'mastered' });
    expect(m.get('b')).toMatchObject({ answered: 5, correct: 2, accuracy: 40, band: 'weak' });
    expect(m.get('c')).toEqual({ chapterId: 'c', answered: 0, correct: 0, accuracy: null, band: 'not_started' });
    // answers of chapters not asked for are ignored
    expect([...chapterMastery(answers('z', '1'), ['a']).keys()]).toEqual(['a']);
  });

  it('judges a band only from five answers: below 60 % weak, from 80 % mastered', () => {
    expect(masteryBand(4, 100)).toBe('too_few');
    expect(masteryBand(5, 59.9)).toBe('weak');
    expect(masteryBand(5, 60)).toBe('developing');
    expect(masteryBand(5, 79.9)).toBe('developing');
    expect(masteryBand(5, 80)).toBe('mastered');
    expect(masteryBand(0, null)).toBe('not_started');
  });

  it('breaks ties in time by the order given (later in the list = older)', () => {
    const same = [
      { chapterId: 'c', correct: true, answeredAt: at(0) },
      { chapterId: 'c', correct: false, answeredAt: at(0) },
    ];
    expect(chapterMastery(same, ['c'], 1).get('c')).toMatchObject({ answered: 1, correct: 1 });
  });
});
