import { describe, expect, it } from '@jest/globals';
import type { ItemAnalysisRowDto } from '@cm/contracts';
import { chartPoints, fixed, percent } from './format';

const row = (over: Partial<ItemAnalysisRowDto>): ItemAnalysisRowDto => ({
  versionId: 'v', questionId: 'q', version: 1, type: 'single', stem: '题干', syllabusNodeId: 'n', areaTitle: '区域', position: 1,
  n: 30, facility: 0.5, pointBiserial: 0.3, discrimination: 0.4, upperFacility: 0.7, lowerFacility: 0.3, groupSize: 8,
  distractors: null, omitted: 0, flags: [], belowMinN: false, ...over,
});

describe('item analysis formatting', () => {
  it('formats defined and undefined figures', () => {
    expect(fixed(0.12345)).toBe('0.12');
    expect(fixed(-0.5, 3)).toBe('-0.500');
    expect(fixed(null)).toBe('—');
    expect(percent(0.456)).toBe('46%');
    expect(percent(null)).toBe('—');
  });

  it('plots items with a facility and a discrimination, split by flag, falling back to D', () => {
    const { normal, flagged } = chartPoints([
      row({ versionId: 'a' }),
      row({ versionId: 'b', flags: ['negative_discrimination'], pointBiserial: -0.2 }),
      row({ versionId: 'c', pointBiserial: null, discrimination: 0.1 }),
      row({ versionId: 'd', facility: null }),
      row({ versionId: 'e', pointBiserial: null, discrimination: null }),
    ]);
    expect(normal.map((p) => [p.versionId, p.y])).toEqual([['a', 0.3], ['c', 0.1]]);
    expect(flagged.map((p) => [p.versionId, p.y])).toEqual([['b', -0.2]]);
  });
});
