import { itemOutcome, sessionStats } from './session-stats';

const area = (id: string, earned: number, possible: number) => ({ syllabusNodeId: id, title: id, earned, possible });

describe('sessionStats', () => {
  it('is empty but well-formed with no graded attempt', () => {
    const s = sessionStats([]);
    expect(s).toMatchObject({ graded: 0, mean: null, median: null, passRate: null, areas: [], forms: [] });
    expect(s.distribution).toHaveLength(10);
    expect(s.distribution.every((b) => b.count === 0)).toBe(true);
  });

  it('computes mean, median, sd, pass rate, bins (100 in the last bin) and per-area means', () => {
    const s = sessionStats([
      { score: 100, passed: true, formLabel: 'A', areas: [area('x', 40, 40), area('y', 60, 60)] },
      { score: 55, passed: false, formLabel: 'B', areas: [area('x', 20, 40), area('y', 35, 60)] },
      { score: 60, passed: true, formLabel: 'A', areas: [area('x', 30, 40), area('y', 30, 60)] },
      { score: 9.5, passed: false, formLabel: 'B', areas: [area('x', 0, 40), area('y', 9.5, 60)] },
    ]);
    expect(s.graded).toBe(4);
    expect(s.mean).toBe(56.13);
    expect(s.median).toBe(57.5);
    expect(s.min).toBe(9.5);
    expect(s.max).toBe(100);
    expect(s.passRate).toBe(50);
    expect(s.standardDeviation).toBeCloseTo(Math.sqrt(((100 - 56.125) ** 2 + (55 - 56.125) ** 2 + (60 - 56.125) ** 2 + (9.5 - 56.125) ** 2) / 4), 2);
    expect(s.distribution.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 1, 1, 0, 0, 1]);
    expect(s.areas.find((a) => a.syllabusNodeId === 'x')).toEqual({ syllabusNodeId: 'x', title: 'x', possible: 40, meanEarned: 22.5, meanPercent: 56.25 });
    expect(s.forms).toEqual([
      { label: 'A', graded: 2, mean: 80, passRate: 100 },
      { label: 'B', graded: 2, mean: 32.25, passRate: 0 },
    ]);
  });

  it('tells right, partial, wrong and pending without the key', () => {
    expect(itemOutcome(200, 200)).toBe('right');
    expect(itemOutcome(100, 200)).toBe('partial');
    expect(itemOutcome(0, 200)).toBe('wrong');
    expect(itemOutcome(null, 200)).toBe('pending');
  });
});
