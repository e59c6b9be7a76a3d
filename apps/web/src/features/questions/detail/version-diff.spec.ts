import { describe, expect, it } from '@jest/globals';
import type { QuestionVersionDto } from '@cm/contracts';
import { changedFields, defaultComparison } from './version-diff';

const base: QuestionVersionDto = {
  id: 'q', syllabusNodeId: 'n', syllabusCode: 'VIP-1.1.1', type: 'multiple', stem: '题干',
  options: [{ key: 'A', text: '甲' }, { key: 'B', text: '乙' }, { key: 'C', text: '丙' }], answer: ['A', 'B'], difficulty: 2,
  requirement: 'understand', tags: ['x', 'y'], usage: ['exam', 'practice'], status: 'draft', versionStatus: 'draft', version: 1, versionId: 'v1',
  authorId: 'u', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
};

describe('version diff', () => {
  it('finds no change between equal content, whatever the order of sets', () => {
    expect([...changedFields(base, { ...base, tags: ['y', 'x'], usage: ['practice', 'exam'], answer: ['B', 'A'], explanation: '' })]).toEqual([]);
  });

  it('names every changed field', () => {
    const next = { ...base, stem: '新题干', options: [...(base.options ?? []), { key: 'D', text: '丁' }], answer: ['A', 'C'], difficulty: 3, explanation: '解析', tags: ['x'] };
    expect([...changedFields(base, next)]).toEqual(['stem', 'options', 'answer', 'difficulty', 'explanation', 'tags']);
    expect([...changedFields(base, { ...base, rubric: [{ criterion: '要点', maxPoints: 2 }], requirement: 'master', usage: ['exam'] })]).toEqual([
      'requirement', 'rubric', 'usage',
    ]);
  });

  it('compares the last two versions by default', () => {
    expect(defaultComparison([{ version: 3 }, { version: 1 }, { version: 2 }])).toEqual([2, 3]);
    expect(defaultComparison([{ version: 1 }])).toBeNull();
  });
});
