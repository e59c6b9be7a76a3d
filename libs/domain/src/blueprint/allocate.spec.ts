import { allocate } from './allocate';
import { defaultBlueprint, TrackCode } from './defaults.fixture';

const triples = (bp: ReturnType<typeof defaultBlueprint>) => allocate(bp).cells.map((c) => [c.areaId, c.type, c.count]);

describe('allocate', () => {
  it('golden: VIP level 1 (15/15/20/25/15/10 over fill 10×1, single 15×2, multiple 10×3, judge 10×1, short 2×10)', () => {
    const result = allocate(defaultBlueprint('vip-service-manager', 1));
    expect(result.cells.map((c) => [c.areaId, c.type, c.count])).toEqual([
      ['VIP-1.1', 'fill', 3], ['VIP-1.2', 'fill', 1], ['VIP-2.1', 'fill', 2], ['VIP-2.2', 'fill', 2], ['VIP-2.3', 'fill', 1], ['VIP-3', 'fill', 1],
      ['VIP-1.1', 'single', 1], ['VIP-1.2', 'single', 3], ['VIP-2.1', 'single', 3], ['VIP-2.2', 'single', 4], ['VIP-2.3', 'single', 3], ['VIP-3', 'single', 1],
      ['VIP-1.1', 'multiple', 3], ['VIP-1.2', 'multiple', 2], ['VIP-2.2', 'multiple', 1], ['VIP-2.3', 'multiple', 2], ['VIP-3', 'multiple', 2],
      ['VIP-1.1', 'judge', 1], ['VIP-1.2', 'judge', 2], ['VIP-2.1', 'judge', 2], ['VIP-2.2', 'judge', 2], ['VIP-2.3', 'judge', 2], ['VIP-3', 'judge', 1],
      ['VIP-2.1', 'short', 1], ['VIP-2.2', 'short', 1],
    ]);
    expect(result.cells[6]).toEqual({ areaId: 'VIP-1.1', type: 'single', count: 1, pointsEach: 2, points: 2 });
    expect(result.areas).toEqual([
      { areaId: 'VIP-1.1', targetPoints: 15, points: 15, deviation: 0 },
      { areaId: 'VIP-1.2', targetPoints: 15, points: 15, deviation: 0 },
      { areaId: 'VIP-2.1', targetPoints: 20, points: 20, deviation: 0 },
      { areaId: 'VIP-2.2', targetPoints: 25, points: 25, deviation: 0 },
      { areaId: 'VIP-2.3', targetPoints: 15, points: 15, deviation: 0 },
      { areaId: 'VIP-3', targetPoints: 10, points: 10, deviation: 0 },
    ]);
  });

  it('golden: 政企 level 3 (10/10/35/45 over single 15×2, multiple 10×3, judge 10×1, case 2×15)', () => {
    expect(triples(defaultBlueprint('gov-enterprise-sales-manager', 3))).toEqual([
      ['GOV-B', 'single', 2], ['GOV-E', 'single', 1], ['GOV-Y', 'single', 5], ['GOV-M', 'single', 7],
      ['GOV-B', 'multiple', 2], ['GOV-E', 'multiple', 2], ['GOV-Y', 'multiple', 2], ['GOV-M', 'multiple', 4],
      ['GOV-E', 'judge', 2], ['GOV-Y', 'judge', 4], ['GOV-M', 'judge', 4],
      ['GOV-Y', 'case', 1], ['GOV-M', 'case', 1],
    ]);
  });

  it.each(
    (['vip-service-manager', 'gov-enterprise-sales-manager'] as TrackCode[]).flatMap((t) => ([1, 2, 3, 4] as const).map((l) => [t, l] as const)),
  )('every default structure (%s level %d) meets every area share exactly', (track, level) => {
    const bp = defaultBlueprint(track, level);
    const { cells, areas } = allocate(bp);
    for (const s of bp.sections) expect(cells.filter((c) => c.type === s.type).reduce((n, c) => n + c.count, 0)).toBe(s.count);
    expect(areas.map((a) => a.deviation)).toEqual(bp.areas.map(() => 0));
  });

  it('carries the rounding of earlier sections: 60/40 over three 1×10 sections gives 20/10, not 30/0', () => {
    const result = allocate({
      areas: [{ syllabusNodeId: 'a', percent: 60 }, { syllabusNodeId: 'b', percent: 40 }],
      sections: [
        { type: 'single', count: 1, pointsEach: 10 },
        { type: 'multiple', count: 1, pointsEach: 10 },
        { type: 'judge', count: 1, pointsEach: 10 },
      ],
    });
    expect(result.cells.map((c) => [c.areaId, c.type, c.count])).toEqual([['a', 'single', 1], ['b', 'multiple', 1], ['a', 'judge', 1]]);
    expect(result.areas).toEqual([
      { areaId: 'a', targetPoints: 18, points: 20, deviation: 2 },
      { areaId: 'b', targetPoints: 12, points: 10, deviation: -2 },
    ]);
  });

  it('places coarse sections first and breaks remainder ties by the deficit, then by area order', () => {
    // short 2×10 first: quotas a 5, b 15 → b; then a 5 = b 5 tie → deficit over the whole paper
    // (a 7.5, b 12.5) → b. judge 10×1: quotas a 7.5, b 2.5 → floors 7 + 2, remainders tie at .5
    // and deficits tie at .5 → area order → a.
    const result = allocate({
      areas: [{ syllabusNodeId: 'a', percent: 25 }, { syllabusNodeId: 'b', percent: 75 }],
      sections: [
        { type: 'judge', count: 10, pointsEach: 1 },
        { type: 'short', count: 2, pointsEach: 10 },
      ],
    });
    expect(result.cells.map((c) => [c.areaId, c.type, c.count])).toEqual([['a', 'judge', 8], ['b', 'judge', 2], ['b', 'short', 2]]);
    expect(result.areas.map((a) => [a.targetPoints, a.points, a.deviation])).toEqual([[7.5, 8, 0.5], [22.5, 22, -0.5]]);
  });

  it('handles decimal points each exactly', () => {
    const result = allocate({
      areas: [{ syllabusNodeId: 'a', percent: 50 }, { syllabusNodeId: 'b', percent: 50 }],
      sections: [{ type: 'single', count: 3, pointsEach: 1.5 }],
    });
    expect(result.cells).toEqual([
      { areaId: 'a', type: 'single', count: 2, pointsEach: 1.5, points: 3 },
      { areaId: 'b', type: 'single', count: 1, pointsEach: 1.5, points: 1.5 },
    ]);
    expect(result.areas.map((a) => a.deviation)).toEqual([0.75, -0.75]);
  });
});
