import { describe, expect, it } from '@jest/globals';
import { charCount, liveTotal, scoreErrorFields, scoresFromValues } from './rubric-form';

const rubric = [
  { criterion: '要点一', maxPoints: 4 },
  { criterion: '要点二', maxPoints: 6 },
];

describe('the rubric form', () => {
  it('turns the form values into scores in rubric order, leaving blanks out', () => {
    expect(scoresFromValues(rubric, { score0: 3.5, score1: 0 })).toEqual([
      { criterion: '要点一', points: 3.5 },
      { criterion: '要点二', points: 0 },
    ]);
    expect(scoresFromValues(rubric, { score0: null, score1: 2 })).toEqual([{ criterion: '要点二', points: 2 }]);
  });

  it('scales the live total to the item points like the server', () => {
    expect(liveTotal(rubric, { score0: 4, score1: 6 }, 15)).toEqual({ points: 15, scored: 2 });
    expect(liveTotal(rubric, { score0: 2, score1: 1.5 }, 15)).toEqual({ points: 5.25, scored: 2 });
    expect(liveTotal([{ criterion: 'a', maxPoints: 3 }], { score0: 1 }, 10)).toEqual({ points: 3.33, scored: 1 });
    expect(liveTotal(rubric, {}, 15)).toEqual({ points: 0, scored: 0 });
  });

  it('maps problem paths of every criterion to its field', () => {
    expect(scoreErrorFields(rubric)).toEqual({ 'scores.0': 'score0', 'scores.1': 'score1', comment: 'comment' });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(charCount('先倾听，再给出方案。')).toBe(10);
    expect(charCount('😀a')).toBe(2);
    expect(charCount(null)).toBe(0);
  });
});
