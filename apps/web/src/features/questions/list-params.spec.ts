import { describe, expect, it } from '@jest/globals';
import { paramsFromSearch, searchFromParams, sortFrom, sortOrderOf } from './list-params';

describe('question list address', () => {
  it('reads known values and drops unknown ones', () => {
    const params = paramsFromSearch(new URLSearchParams('track=t1&node=n1&type=fill&status=nope&difficulty=7&requirement=master&usage=practice&q=宽带&page=3'));
    expect(params).toEqual({
      trackId: 't1', syllabusNodeId: 'n1', type: 'fill', status: undefined, difficulty: undefined, requirement: 'master', usage: 'practice',
      tag: undefined, q: '宽带', sort: '-updatedAt', page: 3, pageSize: 20,
    });
  });

  it('writes back only what differs from the defaults', () => {
    expect(searchFromParams({ trackId: 't1', difficulty: 2, sort: '-updatedAt', page: 1, pageSize: 20 })).toEqual({ track: 't1', difficulty: '2' });
    expect(searchFromParams({ syllabusNodeId: 'n', sort: 'code', page: 2, pageSize: 50 })).toEqual({ node: 'n', sort: 'code', page: '2', pageSize: '50' });
  });

  it('maps table sorting to the sort parameter and back', () => {
    expect(sortFrom('difficulty', 'descend')).toBe('-difficulty');
    expect(sortFrom('code', 'ascend')).toBe('code');
    expect(sortFrom('code', null)).toBe('-updatedAt');
    expect(sortOrderOf('-difficulty', 'difficulty')).toBe('descend');
    expect(sortOrderOf('code', 'difficulty')).toBeNull();
  });
});
