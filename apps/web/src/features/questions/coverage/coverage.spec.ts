import { describe, expect, it } from '@jest/globals';
import type { CoverageCellDto, SyllabusNodeDto } from '@cm/contracts';
import { allRowKeys, coverageRows } from './coverage';

const node = (id: string, parentId: string | null, kind: SyllabusNodeDto['kind'], position = 0): SyllabusNodeDto => ({
  id, parentId, kind, position, code: id, title: id, trackId: 't', levels: [1], provenance: 'seed',
});
const nodes = [node('p', null, 'part'), node('p1', 'p', 'part'), node('c1', 'p1', 'chapter'), node('c2', 'p1', 'chapter', 1), node('x', 'c2', 'point')];
const cell = (syllabusNodeId: string, type: CoverageCellDto['type'], difficulty: number, requirement: CoverageCellDto['requirement'], count: number): CoverageCellDto => ({
  syllabusNodeId, type, difficulty, requirement, count,
});
const cells = [cell('c1', 'single', 2, 'understand', 3), cell('x', 'single', 2, 'master', 1), cell('c2', 'judge', 5, 'familiar', 2)];

describe('coverage matrix', () => {
  it('folds points into chapters and sums chapters into parts', () => {
    const rows = coverageRows(nodes, cells, 'difficulty');
    expect(rows.map((row) => row.key)).toEqual(['p']);
    const [p] = rows;
    expect(p?.total).toBe(6);
    expect(p?.counts['single:2']).toBe(4);
    const p1 = p?.children?.[0];
    expect(p1?.children?.map((row) => [row.key, row.total, row.children])).toEqual([
      ['c1', 3, undefined],
      ['c2', 3, undefined],
    ]);
    expect(p1?.children?.[1]?.counts).toMatchObject({ 'single:2': 1, 'judge:5': 2, 'fill:1': 0 });
  });

  it('counts by requirement when asked', () => {
    const [p] = coverageRows(nodes, cells, 'requirement');
    expect(p?.counts).toMatchObject({ 'single:understand': 3, 'single:master': 1, 'judge:familiar': 2, 'case:master': 0 });
    expect(allRowKeys(coverageRows(nodes, cells, 'requirement'))).toEqual(['p', 'p1', 'c1', 'c2']);
  });
});
