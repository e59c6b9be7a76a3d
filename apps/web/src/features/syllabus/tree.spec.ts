import { describe, expect, it } from '@jest/globals';
import type { SyllabusNodeDto } from '@cm/contracts';
import { buildSyllabusTree, countByKind, filterSyllabusTree } from './tree';

const node = (id: string, parentId: string | null, code: string, kind: SyllabusNodeDto['kind'], position: number): SyllabusNodeDto => ({
  id, parentId, code, kind, position, trackId: 't', title: `标题${code}`, levels: [1], provenance: 'seed',
});

const nodes = [
  node('c2', 'p', '1.2', 'chapter', 2),
  node('p', null, '1', 'part', 0),
  node('x', 'c1', '1.1.1', 'point', 0),
  node('c1', 'p', '1.1', 'chapter', 1),
  node('orphan', 'missing', '9', 'point', 0),
];

describe('syllabus tree', () => {
  it('nests by parent and orders siblings by position; orphans become roots', () => {
    const tree = buildSyllabusTree(nodes);
    expect(tree.map((entry) => entry.node.id)).toEqual(['p', 'orphan']);
    expect(tree[0]?.children.map((entry) => entry.node.id)).toEqual(['c1', 'c2']);
    expect(tree[0]?.children[0]?.children.map((entry) => entry.node.id)).toEqual(['x']);
  });

  it('filters by code or title and keeps the ancestors of matches', () => {
    const filtered = filterSyllabusTree(buildSyllabusTree(nodes), '1.1.1');
    expect(filtered).toHaveLength(1);
    expect(filtered[0]?.children.map((entry) => entry.node.id)).toEqual(['c1']);
    expect(filtered[0]?.children[0]?.children.map((entry) => entry.node.id)).toEqual(['x']);
  });

  it('counts nodes by kind', () => {
    expect(countByKind(nodes)).toEqual({ part: 1, chapter: 2, point: 2 });
  });
});
