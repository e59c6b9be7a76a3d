import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { allocate, assemblePaper, checkPaper, type BankItem, type Blueprint } from '@cm/domain';
import { DEMO_QUESTIONS } from './index';
import { withPracticeShare } from './practice-share';

interface Defaults {
  tracks: { code: string; blueprint_areas: string[]; area_percents: Record<string, number[]>; syllabus: { code: string; chapters?: { code: string }[] }[] }[];
  paper_structures: Record<string, { duration_minutes: number; pass_mark: number; sections: { type: Blueprint['sections'][number]['type']; count: number; points_each: number; scoring?: 'partial' }[] }>;
  requirement_mix: Record<string, { understand: number; familiar: number; master: number }>;
}
const defaults = parse(readFileSync(resolve(__dirname, '../../../../reference-data/defaults.yaml'), 'utf8')) as Defaults;

/** The default blueprint of a track and level, with syllabus codes as node ids. */
function blueprintOf(track: Defaults['tracks'][number], level: number): Blueprint {
  const s = defaults.paper_structures[String(level)]!;
  return {
    trackId: track.code, level, name: `${track.code} L${level}`, totalPoints: 100, durationMinutes: s.duration_minutes, passMark: s.pass_mark,
    areas: track.blueprint_areas.map((code, i) => ({ syllabusNodeId: code, percent: track.area_percents[String(level)]![i]! })),
    sections: s.sections.map((x) => ({ type: x.type, count: x.count, pointsEach: x.points_each, ...(x.scoring ? { scoring: x.scoring } : {}) })),
    requirementMix: defaults.requirement_mix[String(level)], mixTolerancePercent: 10,
  };
}

describe('the demo practice pool', () => {
  it('keeps authored practice items and every 简答/案例分析 as written; shares every second exam-only objective item', () => {
    const input = [
      { chapterCode: 'X.1', type: 'single', usage: ['exam'] },
      { chapterCode: 'X.1', type: 'single', usage: ['exam'] },
      { chapterCode: 'X.1', type: 'single', usage: ['practice'] },
      { chapterCode: 'X.1', type: 'single', usage: ['exam'] },
      { chapterCode: 'X.1', type: 'single', usage: ['exam'] },
      { chapterCode: 'X.1', type: 'case', usage: ['exam'] },
      { chapterCode: 'X.1', type: 'case', usage: ['exam'] },
    ] as never[];
    expect(withPracticeShare(input).map((q) => (q as { usage: string[] }).usage)).toEqual([['exam'], ['exam', 'practice'], ['practice'], ['exam'], ['exam', 'practice'], ['exam'], ['exam']]);
  });

  it.each(defaults.tracks.map((t) => t.code))('fills a level-1 mock exam of %s under the default blueprint, mixes included', (code) => {
    const track = defaults.tracks.find((t) => t.code === code)!;
    const areaOf = new Map(track.syllabus.flatMap((e) => (e.chapters ?? []).map((c) => [c.code, e.code] as const)));
    const items: BankItem[] = DEMO_QUESTIONS.flatMap((q, i) => {
      const areaId = areaOf.get(q.chapterCode);
      if (!areaId || !q.usage.includes('practice')) return [];
      return [{ versionId: `v${i}`, questionId: `q${i}`, areaId, type: q.type, difficulty: q.difficulty, requirement: q.requirement, exposure: 0, seenByCandidate: false, enemyIds: [], ...(q.options ? { optionKeys: q.options.map((o) => o.key) } : {}) }];
    });
    const bp = blueprintOf(track, 1);
    const { cells } = allocate(bp);
    const constraints = { mixes: { requirement: bp.requirementMix, tolerancePercent: bp.mixTolerancePercent } };
    for (const seed of ['a', 'b', 'c']) {
      const r = assemblePaper({ cells, items, seed, ...constraints });
      expect(r.ok ? null : { shortfalls: r.shortfalls, unmet: r.unmet }).toBeNull();
      if (r.ok) expect(checkPaper(r.paper, cells, items, constraints)).toEqual([]);
    }
  });
});
