import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countBlanks, normaliseStem, validateQuestionContent } from '@cm/domain';
import { parse } from 'yaml';
import { DEMO_QUESTIONS, DemoQuestion, DemoQuestionType } from './index';

// ── reference data: chapters, areas, paper structures (reference-data/defaults.yaml) ──

interface SyllabusEntry {
  code: string;
  kind: string;
  chapters?: { code: string; title: string }[];
}
interface TrackDefaults {
  code: string;
  syllabus: SyllabusEntry[];
  blueprint_areas: string[];
  area_percents: Record<string, number[]>;
}
interface PaperSection {
  type: DemoQuestionType;
  count: number;
  points_each: number;
}
interface Defaults {
  tracks: TrackDefaults[];
  paper_structures: Record<string, { sections: PaperSection[] }>;
}

const defaults = parse(readFileSync(resolve(__dirname, '../../../../reference-data/defaults.yaml'), 'utf8')) as Defaults;

/** chapter code → blueprint area (the syllabus entry that lists the chapter). */
const areaOfChapter = new Map<string, string>();
/** blueprint area → track code */
const trackOfArea = new Map<string, string>();
for (const track of defaults.tracks) {
  for (const area of track.blueprint_areas) trackOfArea.set(area, track.code);
  for (const entry of track.syllabus) {
    for (const chapter of entry.chapters ?? []) areaOfChapter.set(chapter.code, entry.code);
  }
}

const TYPES: DemoQuestionType[] = ['fill', 'single', 'multiple', 'judge', 'short', 'case'];
type Counts = Record<DemoQuestionType, number>;
const zero = (): Counts => ({ fill: 0, single: 0, multiple: 0, judge: 0, short: 0, case: 0 });

const isExam = (q: DemoQuestion) => q.usage.includes('exam');
const isPractice = (q: DemoQuestion) => q.usage.includes('practice');

function countByAreaAndType(filter: (q: DemoQuestion) => boolean): Map<string, Counts> {
  const result = new Map<string, Counts>();
  for (const area of trackOfArea.keys()) result.set(area, zero());
  for (const q of DEMO_QUESTIONS.filter(filter)) {
    const counts = result.get(areaOfChapter.get(q.chapterCode)!)!;
    counts[q.type] += 1;
  }
  return result;
}

/** Minimum exam items per area and type, so that every default blueprint can be assembled per candidate. */
const EXAM_MINIMUM: Counts = { fill: 5, single: 8, multiple: 6, judge: 6, short: 2, case: 2 };
/** GOV-Y and GOV-M carry up to half of a paper. */
const EXAM_MINIMUM_HEAVY: Counts = { fill: 6, single: 9, multiple: 7, judge: 7, short: 2, case: 3 };
const HEAVY_AREAS = ['GOV-Y', 'GOV-M'];
/** Minimum practice items per area and type, for a level-1 mock exam of each track. */
const PRACTICE_MINIMUM: Counts = { fill: 2, single: 3, multiple: 2, judge: 2, short: 1, case: 0 };

/**
 * Points an area can contribute to a paper of the given structure, drawing from a pool:
 * per section, at most the section's count of the area's items of that type.
 */
function areaCapacity(pool: Counts, sections: PaperSection[]): number {
  return sections.reduce((sum, s) => sum + Math.min(pool[s.type], s.count) * s.points_each, 0);
}

describe('demo question bank', () => {
  it('has at least 340 questions', () => {
    expect(DEMO_QUESTIONS.length).toBeGreaterThanOrEqual(340);
  });

  it('every question passes the domain content rules', () => {
    const invalid = DEMO_QUESTIONS.map((q) => ({ stem: q.stem, problems: validateQuestionContent(q) })).filter((r) => r.problems.length > 0);
    expect(invalid).toEqual([]);
  });

  it('every chapterCode is a chapter of reference-data/defaults.yaml', () => {
    expect(areaOfChapter.size).toBeGreaterThan(30);
    const unknown = DEMO_QUESTIONS.filter((q) => !areaOfChapter.has(q.chapterCode)).map((q) => q.chapterCode);
    expect(unknown).toEqual([]);
  });

  it('no two questions have the same normalised stem', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const q of DEMO_QUESTIONS) {
      const key = normaliseStem(q.stem);
      if (seen.has(key)) duplicates.push(q.stem);
      seen.set(key, q.stem);
    }
    expect(duplicates).toEqual([]);
  });

  describe('coverage per blueprint area', () => {
    const exam = countByAreaAndType(isExam);
    const practice = countByAreaAndType(isPractice);

    const shortOf = (counts: Counts, minimum: Counts) =>
      TYPES.filter((type) => counts[type] < minimum[type]).map((type) => `${type}: ${counts[type]} < ${minimum[type]}`);

    it.each([...trackOfArea.keys()])('%s has the minimum exam items of every type', (area) => {
      const minimum = HEAVY_AREAS.includes(area) ? EXAM_MINIMUM_HEAVY : EXAM_MINIMUM;
      expect(shortOf(exam.get(area)!, minimum)).toEqual([]);
    });

    it.each([...trackOfArea.keys()])('%s has the minimum practice items of every type', (area) => {
      expect(shortOf(practice.get(area)!, PRACTICE_MINIMUM)).toEqual([]);
    });

    it.each([...trackOfArea.keys()])('%s spreads difficulties 1..5 and requirements', (area) => {
      const items = DEMO_QUESTIONS.filter((q) => areaOfChapter.get(q.chapterCode) === area);
      const examItems = items.filter(isExam);
      expect(new Set(examItems.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
      const share = (r: DemoQuestion['requirement']) => items.filter((q) => q.requirement === r).length / items.length;
      expect(share('understand')).toBeGreaterThanOrEqual(0.3);
      expect(share('understand')).toBeLessThanOrEqual(0.5);
      expect(share('familiar')).toBeGreaterThanOrEqual(0.25);
      expect(share('familiar')).toBeLessThanOrEqual(0.45);
      expect(share('master')).toBeGreaterThanOrEqual(0.18);
      expect(share('master')).toBeLessThanOrEqual(0.35);
      // short and case are marked against a rubric: they test 熟悉/掌握, never bare recall
      expect(items.filter((q) => (q.type === 'short' || q.type === 'case') && q.requirement === 'understand')).toEqual([]);
    });

    it('every track and level can fill each area of every default blueprint from exam items', () => {
      const short: string[] = [];
      for (const track of defaults.tracks) {
        for (const [level, percents] of Object.entries(track.area_percents)) {
          const sections = defaults.paper_structures[level]!.sections;
          track.blueprint_areas.forEach((area, i) => {
            const capacity = areaCapacity(exam.get(area)!, sections);
            if (capacity < percents[i]!) short.push(`${track.code} L${level} ${area}: ${capacity} < ${percents[i]}`);
          });
          for (const s of sections) {
            const total = track.blueprint_areas.reduce((sum, area) => sum + exam.get(area)![s.type], 0);
            if (total < s.count) short.push(`${track.code} L${level} ${s.type}: ${total} < ${s.count}`);
          }
        }
      }
      expect(short).toEqual([]);
    });

    it('every track can fill a level-1 mock exam from practice items', () => {
      const sections = defaults.paper_structures['1']!.sections;
      const short: string[] = [];
      for (const track of defaults.tracks) {
        const percents = track.area_percents['1']!;
        track.blueprint_areas.forEach((area, i) => {
          const capacity = areaCapacity(practice.get(area)!, sections);
          if (capacity < percents[i]!) short.push(`${track.code} ${area}: ${capacity} < ${percents[i]}`);
        });
        for (const s of sections) {
          const total = track.blueprint_areas.reduce((sum, area) => sum + practice.get(area)![s.type], 0);
          if (total < s.count) short.push(`${track.code} ${s.type}: ${total} < ${s.count}`);
        }
      }
      expect(short).toEqual([]);
    });
  });

  describe('usage', () => {
    it('has at least 60 practice-only and about 40 or more exam-and-practice items', () => {
      const practiceOnly = DEMO_QUESTIONS.filter((q) => isPractice(q) && !isExam(q));
      const both = DEMO_QUESTIONS.filter((q) => isPractice(q) && isExam(q));
      expect(practiceOnly.length).toBeGreaterThanOrEqual(60);
      expect(both.length).toBeGreaterThanOrEqual(35);
    });

    it('spreads practice-only items over every area and every type', () => {
      const practiceOnly = DEMO_QUESTIONS.filter((q) => isPractice(q) && !isExam(q));
      expect(new Set(practiceOnly.map((q) => areaOfChapter.get(q.chapterCode)))).toEqual(new Set(trackOfArea.keys()));
      expect(new Set(practiceOnly.map((q) => q.type))).toEqual(new Set(TYPES));
    });
  });

  describe('shape of each type', () => {
    it('choice questions have 3 to 6 options; multiple answers are sorted', () => {
      const choice = DEMO_QUESTIONS.filter((x) => x.type === 'single' || x.type === 'multiple');
      expect(choice.filter((q) => q.options!.length < 3 || q.options!.length > 6).map((q) => q.stem)).toEqual([]);
      const unsorted = choice.filter((q) => q.type === 'multiple' && JSON.stringify(q.answer) !== JSON.stringify([...(q.answer as string[])].sort()));
      expect(unsorted.map((q) => q.stem)).toEqual([]);
    });

    it('fill stems write every blank as exactly four underscores; other stems have no blanks', () => {
      const fourUnderscores = (stem: string) => (stem.match(/(?<!_)____(?!_)/g) ?? []).length;
      const wrong = DEMO_QUESTIONS.filter((q) =>
        q.type === 'fill' ? countBlanks(q.stem) === 0 || fourUnderscores(q.stem) !== countBlanks(q.stem) : countBlanks(q.stem) !== 0,
      );
      expect(wrong.map((q) => q.stem)).toEqual([]);
    });

    it('short rubrics sum to 10 and case rubrics to 20, with 2 to 5 criteria', () => {
      const wrong = DEMO_QUESTIONS.filter((x) => x.type === 'short' || x.type === 'case').filter((q) => {
        const rubric = q.rubric ?? [];
        const sum = rubric.reduce((total, r) => total + r.maxPoints, 0);
        return Math.abs(sum - (q.type === 'short' ? 10 : 20)) > 1e-9 || rubric.length < 2 || rubric.length > 5 || q.answer !== undefined;
      });
      expect(wrong.map((q) => q.stem)).toEqual([]);
    });

    it('every question has a Chinese explanation and no placeholder text', () => {
      const placeholder = /lorem|ipsum|todo|tbd|xxx|占位|示例题|题目\s*\d+|question\s*\d+/i;
      const wrong = DEMO_QUESTIONS.filter(
        (q) => !/[\u4e00-\u9fff]/.test(q.explanation) || q.explanation.length < 8 || placeholder.test(`${q.stem} ${q.explanation}`),
      );
      expect(wrong.map((q) => q.stem)).toEqual([]);
    });
  });
});
