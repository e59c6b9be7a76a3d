/**
 * 推荐练习: the chapters a candidate should practise next. Each chapter gets a weakness in
 * 0..100 from the signals that exist for it — the score rate of its area in the last
 * published exam, its practice mastery (once judged), and a competency gap of its area when a
 * profile exists — and the weakest come first. A chapter without any signal counts as 50, so
 * an unpractised chapter ranks above a well-mastered one but below a proven weakness. Pure.
 */
import type { ChapterMastery } from './mastery';

export interface RecommendChapter {
  id: string;
  /** the blueprint area (part) whose subtree holds the chapter, when known */
  areaId: string | null;
}

export interface ExamArea {
  areaId: string;
  earned: number;
  possible: number;
}

/** A competency gap of an area: standard − rating, in levels (> 0 means below standard). */
export interface AreaGap {
  areaId: string;
  gap: number;
}

export type RecommendReason =
  | { code: 'EXAM_AREA_WEAK'; areaId: string; percent: number }
  | { code: 'LOW_MASTERY'; accuracy: number }
  | { code: 'NOT_PRACTISED' }
  | { code: 'COMPETENCY_GAP'; areaId: string; gap: number };

export interface Recommendation {
  chapterId: string;
  /** 0..100, higher = weaker */
  weakness: number;
  reasons: RecommendReason[];
}

/** Weakness of an unknown chapter. */
export const UNKNOWN_WEAKNESS = 50;
/** Chapters at or below this weakness (≥ 80 % everywhere) are not recommended. */
export const RECOMMEND_THRESHOLD = 20;

const round1 = (x: number) => Math.round(x * 10) / 10;

export function recommendChapters(input: {
  chapters: readonly RecommendChapter[];
  mastery: ReadonlyMap<string, ChapterMastery>;
  examAreas?: readonly ExamArea[] | null;
  gaps?: readonly AreaGap[] | null;
  limit?: number;
}): Recommendation[] {
  const exam = new Map((input.examAreas ?? []).filter((a) => a.possible > 0).map((a) => [a.areaId, round1((a.earned * 100) / a.possible)]));
  const gaps = new Map((input.gaps ?? []).filter((g) => g.gap > 0).map((g) => [g.areaId, g.gap]));
  const scored = input.chapters.map((ch, order) => {
    const signals: number[] = [];
    const reasons: RecommendReason[] = [];
    const percent = ch.areaId ? exam.get(ch.areaId) : undefined;
    if (percent !== undefined) {
      signals.push(100 - percent);
      if (percent < 100) reasons.push({ code: 'EXAM_AREA_WEAK', areaId: ch.areaId!, percent });
    }
    const m = input.mastery.get(ch.id);
    if (m && m.accuracy !== null && m.band !== 'too_few' && m.band !== 'not_started') {
      signals.push(100 - m.accuracy);
      if (m.band !== 'mastered') reasons.push({ code: 'LOW_MASTERY', accuracy: m.accuracy });
    } else if (!m || m.band === 'not_started') {
      reasons.push({ code: 'NOT_PRACTISED' });
    }
    const gap = ch.areaId ? gaps.get(ch.areaId) : undefined;
    if (gap !== undefined) {
      // Known to be below the standard: weaker than a chapter nothing is known about.
      signals.push(Math.min(100, UNKNOWN_WEAKNESS + gap * 25));
      reasons.push({ code: 'COMPETENCY_GAP', areaId: ch.areaId!, gap });
    }
    const weakness = signals.length ? round1(signals.reduce((s, x) => s + x, 0) / signals.length) : UNKNOWN_WEAKNESS;
    return { chapterId: ch.id, weakness, reasons, order };
  });
  return scored
    .filter((s) => s.weakness > RECOMMEND_THRESHOLD)
    .sort((a, b) => b.weakness - a.weakness || a.order - b.order)
    .slice(0, input.limit ?? 3)
    .map(({ chapterId, weakness, reasons }) => ({ chapterId, weakness, reasons }));
}
