import { describe, expect, it } from '@jest/globals';
import { binLabel, outcomeCounts, passFlip, pendingCount, percentOf, scoreDelta } from './results-format';

describe('results formatting', () => {
  it('counts every attempt not yet graded as pending', () => {
    expect(pendingCount({ registered: 9, in_progress: 1, submitted: 2, grading: 3, marking: 4, graded: 5 })).toBe(10);
  });

  it('labels bins and percentages', () => {
    expect(binLabel({ from: 90, to: 100 })).toBe('90–100');
    expect(percentOf(7.5, 10)).toBe(75);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('tells pass/fail flips and score deltas of a regrade', () => {
    expect(passFlip({ oldPassed: false, newPassed: true })).toBe('up');
    expect(passFlip({ oldPassed: true, newPassed: false })).toBe('down');
    expect(passFlip({ oldPassed: true, newPassed: true })).toBeNull();
    expect(passFlip({ oldPassed: null, newPassed: true })).toBeNull();
    expect(scoreDelta({ oldScore: 62.5, newScore: 58.1 })).toBe(-4.4);
    expect(scoreDelta({ oldScore: null, newScore: 58 })).toBeNull();
  });

  it('counts item outcomes', () => {
    const item = (outcome: 'right' | 'partial' | 'wrong' | 'pending') => ({ position: 1, type: 'single', earned: 0, possible: 1, outcome });
    expect(outcomeCounts([item('right'), item('right'), item('wrong'), item('partial')])).toEqual({ right: 2, partial: 1, wrong: 1, pending: 0 });
  });
});
