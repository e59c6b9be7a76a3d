import { describe, expect, it } from '@jest/globals';
import type { SyllabusNodeDto } from '@cm/contracts';
import { draftAllocation, draftFromBody, draftProblems, draftToBody, problemsByPath, syllabusContext } from './blueprint-form';

const node = (id: string, parentId: string | null, kind: SyllabusNodeDto['kind']): SyllabusNodeDto => ({
  id, trackId: 't', parentId, code: id, title: id, kind, levels: [1], position: 0, provenance: 'seed',
});
const nodes = [node('P1', null, 'part'), node('C1', 'P1', 'chapter'), node('P2', null, 'part')];
const ctx = syllabusContext(nodes);
const body = {
  name: '测试', totalPoints: 100, durationMinutes: 90, passMark: 60,
  areas: [{ syllabusNodeId: 'P1', percent: 60 }, { syllabusNodeId: 'P2', percent: 40 }],
  sections: [{ type: 'single' as const, count: 30, pointsEach: 2 }, { type: 'multiple' as const, count: 10, pointsEach: 4, scoring: 'partial' as const }],
  requirementMix: { understand: 30, familiar: 40, master: 30 },
};

describe('blueprint form', () => {
  it('round-trips a body and finds no problem in a valid one', () => {
    const draft = draftFromBody(body);
    expect(draftProblems(draft, 't', 2, ctx, 'x')).toEqual([]);
    expect(draftToBody(draft, 't', 2)).toEqual({ trackId: 't', level: 2, ...body });
  });

  it('puts each problem on its cell: nesting, sums, empty inputs, the double-marking threshold', () => {
    const draft = draftFromBody(body);
    draft.areas = [{ ...draft.areas[0]!, percent: 50 }, { key: 'k', syllabusNodeId: 'C1', percent: null }];
    draft.sections = [{ ...draft.sections[0]!, count: 31 }, draft.sections[1]!];
    draft.doubleMarking = { short: true, case: false, discrepancyThresholdPercent: null };
    const byPath = problemsByPath(draftProblems(draft, 't', 2, ctx, '阈值'));
    expect(byPath.get('areas[1].syllabusNodeId')?.[0]).toContain('包含');
    expect(byPath.get('areas[1].percent')).toBeDefined();
    expect(byPath.get('sections')?.[0]).toContain('须等于总分');
    expect(byPath.get('doubleMarking.discrepancyThresholdPercent')).toEqual(['阈值']);
  });

  it('allocates as soon as every row is filled in, and not before', () => {
    const draft = draftFromBody(body);
    const allocation = draftAllocation(draft);
    expect(allocation?.areas.map((a) => a.points)).toEqual([60, 40]);
    draft.areas = [...draft.areas, { key: 'k', syllabusNodeId: null, percent: null }];
    expect(draftAllocation(draft)).toBeNull();
  });
});
