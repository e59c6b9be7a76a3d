import { describe, expect, it } from '@jest/globals';
import type { SyllabusNodeDto } from '@cm/contracts';
import { allowedParents, dropTarget, stepMove, subtreeIds, suggestChildCode } from './syllabus-edit';

const node = (id: string, parentId: string | null, code: string, kind: SyllabusNodeDto['kind'], position: number): SyllabusNodeDto => ({
  id, parentId, code, kind, position, trackId: 't', title: code, levels: [1], provenance: 'seed',
});

const nodes = [
  node('p1', null, '1', 'part', 0),
  node('p2', null, '2', 'part', 1),
  node('p11', 'p1', '1.1', 'part', 0),
  node('c1', 'p11', '1.1.1', 'chapter', 0),
  node('c2', 'p11', '1.1.2', 'chapter', 1),
  node('c3', 'p11', '1.1.3', 'chapter', 2),
  node('x1', 'c1', '1.1.1.1', 'point', 0),
];

describe('syllabus editing rules', () => {
  it('collects a subtree', () => {
    expect([...subtreeIds(nodes, 'p1')].sort()).toEqual(['c1', 'c2', 'c3', 'p1', 'p11', 'x1']);
  });

  it('offers parents of the right kind outside the node’s own subtree', () => {
    expect(allowedParents(nodes, nodes[0]!).map((parent) => parent?.id ?? null)).toEqual([null, 'p2']);
    expect(allowedParents(nodes, nodes[3]!).map((parent) => parent?.id)).toEqual(['p1', 'p2', 'p11']);
    expect(allowedParents(nodes, nodes[6]!).map((parent) => parent?.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('steps up and down among siblings and stops at the ends', () => {
    expect(stepMove(nodes, nodes[4]!, -1)).toEqual({ parentId: 'p11', position: 0 });
    expect(stepMove(nodes, nodes[4]!, 1)).toEqual({ parentId: 'p11', position: 2 });
    expect(stepMove(nodes, nodes[3]!, -1)).toBeNull();
    expect(stepMove(nodes, nodes[5]!, 1)).toBeNull();
  });

  it('turns a drop into a parent and a position among the new siblings', () => {
    expect(dropTarget(nodes, nodes[5]!, nodes[3]!, 'before')).toEqual({ parentId: 'p11', position: 0 });
    expect(dropTarget(nodes, nodes[3]!, nodes[5]!, 'after')).toEqual({ parentId: 'p11', position: 2 });
    expect(dropTarget(nodes, nodes[6]!, nodes[4]!, 'inside')).toEqual({ parentId: 'c2', position: 0 });
    expect(dropTarget(nodes, nodes[6]!, nodes[4]!, 'after')).toBeNull();
    expect(dropTarget(nodes, nodes[0]!, nodes[2]!, 'inside')).toBeNull();
    expect(dropTarget(nodes, nodes[1]!, nodes[0]!, 'before')).toEqual({ parentId: null, position: 0 });
  });

  it('suggests the next free child code', () => {
    expect(suggestChildCode(nodes, nodes[2]!)).toBe('1.1.4');
    expect(suggestChildCode(nodes, nodes[3]!)).toBe('1.1.1.2');
    expect(suggestChildCode(nodes, null)).toBe('3');
  });
});
