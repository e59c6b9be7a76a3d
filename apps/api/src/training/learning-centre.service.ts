import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, LEVEL_NAMES, type LearningCentreDto, type Level, type RecommendReasonDto } from '@cm/contracts';
import { practiceBank, queryRows } from '@cm/db';
import { areaOfNodes, isRequirement, MASTERY_WINDOW, recommendChapters, REQUIREMENT_VALUES, type RequirementValue } from '@cm/domain';
import type { AuthUser } from '../common/current-user';
import { ProfileService } from '../ratings/profile.service';
import { chaptersAt, iso, loadSyllabus, partOf, requiredHours, targetLevel, type NodeRow } from './training-context';
import { hoursOf, masteryOf } from './training-queries';

interface LastExamRow {
  attempt_id: string;
  title: string;
  level: number;
  published_at: Date;
  score: string | null;
  passed: boolean | null;
  result: { areas?: { syllabusNodeId: string; title: string; earned: number; possible: number }[] } | null;
}

const highest = (reqs: (RequirementValue | null)[]): RequirementValue | null =>
  reqs.reduce<RequirementValue | null>((best, r) => (r && (!best || REQUIREMENT_VALUES.indexOf(r) > REQUIREMENT_VALUES.indexOf(best)) ? r : best), null);

/** 学习中心: the syllabus of the target level with 了解/熟悉/掌握, mastery per chapter, hours
 * against the standard, the last published exam and what to practise next. */
@Injectable()
export class LearningCentreService {
  constructor(
    private readonly ds: DataSource,
    private readonly profiles: ProfileService,
  ) {}

  async get(user: AuthUser, q: { trackId?: string; level?: number }): Promise<LearningCentreDto> {
    const tracks = await queryRows<{ id: string; name: string; held: number | null }>(
      this.ds,
      `SELECT t.id, t.name, (SELECT max(level) FROM candidate_level l WHERE l.candidate_id = $1 AND l.track_id = t.id) AS held FROM track t ORDER BY t.code DESC`,
      [user.id],
    );
    const targets = tracks.map((t) => ({ trackId: t.id, trackName: t.name, level: targetLevel(t.held), levelName: LEVEL_NAMES[targetLevel(t.held) as Level].cert, heldLevel: t.held }));
    const target = q.trackId ? targets.find((t) => t.trackId === q.trackId) : targets[0];
    if (!target) throw AppError.notFound('岗位序列');
    const level = q.level ?? target.level;
    const s = await loadSyllabus(this.ds, target.trackId);
    const chapters = chaptersAt(s, level);
    const chapterIds = chapters.map((c) => c.id);

    const [mastery, hours, required, counts, wrong, lastExam, areaIds] = await Promise.all([
      masteryOf(this.ds, user.id, target.trackId, chapterIds),
      hoursOf(this.ds, [user.id], target.trackId, level),
      requiredHours(this.ds),
      this.practiceCounts(target.trackId, chapterIds),
      queryRows<{ chapter_id: string; n: number }>(this.ds, `SELECT chapter_id, count(*)::int AS n FROM wrong_answer WHERE candidate_id = $1 AND track_id = $2 AND status = 'open' GROUP BY 1`, [user.id, target.trackId]),
      this.lastExam(user.id, target.trackId),
      this.blueprintAreas(target.trackId, level),
    ]);
    const openWrong = new Map(wrong.map((w) => [w.chapter_id, w.n]));
    const areaOf = areaOfNodes(s.nodes.map((n) => ({ id: n.id, parentId: n.parent_id, kind: n.kind })), areaIds);
    const competencyGaps = await this.competencyGaps(user, target.trackId, level, (chapterId) => areaOf.get(chapterId) ?? null);
    const points = (ch: NodeRow) => s.nodes.filter((n) => n.parent_id === ch.id && n.kind === 'point' && n.levels.includes(level));
    const recommended = recommendChapters({
      chapters: chapters.map((c) => ({ id: c.id, areaId: areaOf.get(c.id) ?? null })),
      mastery,
      examAreas: lastExam?.result?.areas?.map((a) => ({ areaId: a.syllabusNodeId, earned: a.earned, possible: a.possible })) ?? null,
      gaps: competencyGaps,
    });
    const titleOf = (id: string) => s.byId.get(id)?.title ?? '';
    const h = hours.get(user.id) ?? { completed: 0, pending: 0 };
    return {
      targets,
      trackId: target.trackId,
      level,
      levelName: LEVEL_NAMES[level as Level].cert,
      masteryWindow: MASTERY_WINDOW,
      hours: { completed: h.completed, pending: h.pending, required: required[level] ?? null },
      lastExam: lastExam && {
        attemptId: lastExam.attempt_id, sessionTitle: lastExam.title, level: lastExam.level, publishedAt: iso(lastExam.published_at)!,
        score: lastExam.score === null ? null : Number(lastExam.score), passed: lastExam.passed, areas: lastExam.result?.areas ?? [],
      },
      chapters: chapters.map((c) => {
        const pts = points(c);
        const part = partOf(s, c.id);
        const m = mastery.get(c.id)!;
        return {
          id: c.id, code: c.code, title: c.title, partId: part?.id ?? null, partTitle: part?.title ?? null,
          requirement: c.requirement ?? highest(pts.map((p) => p.requirement)),
          points: pts.map((p) => ({ id: p.id, code: p.code, title: p.title, requirement: p.requirement })),
          practiceCount: REQUIREMENT_VALUES.reduce((n, r) => n + (counts.get(c.id)?.[r] ?? 0), 0),
          questionRequirements: counts.get(c.id) ?? { understand: 0, familiar: 0, master: 0 },
          mastery: { answered: m.answered, correct: m.correct, accuracy: m.accuracy, band: m.band },
          openWrong: openWrong.get(c.id) ?? 0,
        };
      }),
      recommended: recommended.map((r) => ({
        chapterId: r.chapterId, code: s.byId.get(r.chapterId)!.code, title: titleOf(r.chapterId), weakness: r.weakness,
        reasons: r.reasons.map((x): RecommendReasonDto => (x.code === 'EXAM_AREA_WEAK' || x.code === 'COMPETENCY_GAP' ? { ...x, areaTitle: titleOf(x.areaId) } : x)),
      })),
      sources: { exam: lastExam !== null, competency: competencyGaps !== null },
    };
  }

  /** Gaps of the knowledge items below the target level's standard, on the exam areas of
   * their chapters; null when the candidate has no competency profile for the track yet. */
  private async competencyGaps(user: AuthUser, trackId: string, level: number, areaOf: (chapterId: string) => string | null) {
    const hasCampaign = await queryRows(this.ds, `SELECT 1 FROM rating_campaign WHERE candidate_id = $1 AND track_id = $2 LIMIT 1`, [user.id, trackId]);
    if (!hasCampaign.length) return null;
    const profile = await this.profiles.profile(user, user.id, { trackId, targetLevel: level });
    const gaps = new Map<string, number>();
    for (const item of profile.items) {
      // The profile's gap is rating − standard: negative below the standard.
      const gap = item.gap === null ? 0 : -item.gap;
      if (gap <= 0) continue;
      for (const ch of item.trainingChapters) {
        const areaId = areaOf(ch.id);
        if (areaId) gaps.set(areaId, Math.max(gaps.get(areaId) ?? 0, gap));
      }
    }
    return [...gaps.entries()].map(([areaId, gap]) => ({ areaId, gap }));
  }

  /** Practice questions available per chapter (what a set can draw), counted by their 认知要求. */
  private async practiceCounts(trackId: string, chapterIds: string[]): Promise<Map<string, Record<RequirementValue, number>>> {
    const rows = await practiceBank(this.ds, trackId, chapterIds);
    const out = new Map<string, Record<RequirementValue, number>>();
    for (const r of rows) {
      const c = out.get(r.area_id) ?? { understand: 0, familiar: 0, master: 0 };
      if (isRequirement(r.requirement)) c[r.requirement] += 1;
      out.set(r.area_id, c);
    }
    return out;
  }

  /** The latest published, graded exam of the track (only published results are the candidate's to see). */
  private async lastExam(candidateId: string, trackId: string): Promise<LastExamRow | null> {
    const [row] = await queryRows<LastExamRow>(
      this.ds,
      `SELECT a.id AS attempt_id, s.title, s.level, s.published_at, a.score, a.passed, a.result
       FROM attempt a JOIN exam_session s ON s.id = a.session_id
       WHERE a.candidate_id = $1 AND s.track_id = $2 AND s.published_at IS NOT NULL AND a.status = 'graded' AND a.result IS NOT NULL
       ORDER BY s.published_at DESC LIMIT 1`,
      [candidateId, trackId],
    );
    return row ?? null;
  }

  /** Areas of the level's active blueprint (the exam breakdown's rows), else the track's parts. */
  private async blueprintAreas(trackId: string, level: number): Promise<string[]> {
    const [bp] = await queryRows<{ areas: { syllabusNodeId: string }[] }>(this.ds, `SELECT body->'areas' AS areas FROM blueprint WHERE track_id = $1 AND level = $2 AND status = 'active'`, [trackId, level]);
    if (bp) return bp.areas.map((a) => a.syllabusNodeId);
    return (await queryRows<{ id: string }>(this.ds, `SELECT id FROM syllabus_node WHERE track_id = $1 AND kind = 'part'`, [trackId])).map((r) => r.id);
  }
}
