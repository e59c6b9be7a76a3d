import { chapterMastery, type PracticeOutcome } from './mastery';
import { areaOfNodes, chapterOfNodes } from './chapters';
import { recommendChapters } from './recommend';

const outcomes = (chapterId: string, pattern: string): PracticeOutcome[] => [...pattern].map((c, i) => ({ chapterId, correct: c === '1', answeredAt: i }));

describe('recommended chapters', () => {
  const chapters = [
    { id: 'a1', areaId: 'A' },
    { id: 'a2', areaId: 'A' },
    { id: 'b1', areaId: 'B' },
    { id: 'b2', areaId: 'B' },
  ];

  it('puts the chapters of the weakest exam area first, weighed with practice mastery', () => {
    const mastery = chapterMastery([...outcomes('a1', '1111111111'), ...outcomes('b1', '1111100000')], chapters.map((c) => c.id));
    const rec = recommendChapters({ chapters, mastery, examAreas: [{ areaId: 'A', earned: 18, possible: 20 }, { areaId: 'B', earned: 6, possible: 20 }] });
    // b2: exam 30 % only → 70; b1: exam 70 and mastery 50 → 60; a2: exam 10 → 10 (not recommended); a1: (10 + 0) / 2
    expect(rec.map((r) => [r.chapterId, r.weakness])).toEqual([['b2', 70], ['b1', 60]]);
    expect(rec[0]!.reasons).toEqual([{ code: 'EXAM_AREA_WEAK', areaId: 'B', percent: 30 }, { code: 'NOT_PRACTISED' }]);
    expect(rec[1]!.reasons).toEqual([{ code: 'EXAM_AREA_WEAK', areaId: 'B', percent: 30 }, { code: 'LOW_MASTERY', accuracy: 50 }]);
  });

  it('without an exam, ranks weak practice before unpractised chapters and leaves mastered ones out', () => {
    const mastery = chapterMastery([...outcomes('a1', '1111111111'), ...outcomes('a2', '1100000000')], chapters.map((c) => c.id));
    const rec = recommendChapters({ chapters, mastery, examAreas: null, limit: 5 });
    expect(rec.map((r) => [r.chapterId, r.weakness])).toEqual([['a2', 80], ['b1', 50], ['b2', 50]]);
  });

  it('adds a competency gap of the area when a profile gives one', () => {
    const mastery = chapterMastery([], chapters.map((c) => c.id));
    const rec = recommendChapters({ chapters, mastery, gaps: [{ areaId: 'A', gap: 2 }], limit: 1 });
    expect(rec).toEqual([{ chapterId: 'a1', weakness: 100, reasons: [{ code: 'NOT_PRACTISED' }, { code: 'COMPETENCY_GAP', areaId: 'A', gap: 2 }] }]);
  });

  it('maps nodes to their chapter and area', () => {
    const nodes = [
      { id: 'P', parentId: null, kind: 'part' },
      { id: 'C', parentId: 'P', kind: 'chapter' },
      { id: 'x', parentId: 'C', kind: 'point' },
    ];
    expect(Object.fromEntries(chapterOfNodes(nodes))).toEqual({ P: 'P', C: 'C', x: 'C' });
    expect(Object.fromEntries(areaOfNodes(nodes, ['P']))).toEqual({ P: 'P', C: 'P', x: 'P' });
    expect(areaOfNodes(nodes, ['zz']).get('x')).toBeNull();
  });
});
