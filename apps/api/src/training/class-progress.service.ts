import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type ClassProgressDto } from '@cm/contracts';
import { queryRows } from '@cm/db';
import { accuracyPercent, chapterMastery, MASTERY_WINDOW } from '@cm/domain';
import { chaptersAt, iso, loadSyllabus, requiredHours } from './training-context';
import { hoursOf, recentOutcomes } from './training-queries';

const MIN_WRONG = 1;

/** 学员进度: a class (an org unit and the units under it) per chapter — how many practise,
 * their mastery over the same window as each candidate's own — and the most common wrong
 * answers, for the trainer to take up in class. */
@Injectable()
export class ClassProgressService {
  constructor(private readonly ds: DataSource) {}

  async get(q: { orgUnitId: string; trackId: string; level: number; limit: number }): Promise<ClassProgressDto> {
    if (!(await queryRows(this.ds, `SELECT 1 FROM org_unit WHERE id = $1`, [q.orgUnitId])).length) throw AppError.notFound('组织机构');
    const s = await loadSyllabus(this.ds, q.trackId);
    const chapters = chaptersAt(s, q.level);
    const chapterIds = chapters.map((c) => c.id);
    const people = await queryRows<{ id: string; username: string; display_name: string; org_name: string | null }>(
      this.ds,
      `WITH RECURSIVE units AS (SELECT id FROM org_unit WHERE id = $1 UNION ALL SELECT o.id FROM org_unit o JOIN units u ON o.parent_id = u.id)
       SELECT p.id, p.username, p.display_name, o.name AS org_name FROM app_user p LEFT JOIN org_unit o ON o.id = p.org_unit_id
       WHERE p.org_unit_id IN (SELECT id FROM units) AND 'candidate' = ANY(p.roles) AND p.active ORDER BY p.username`,
      [q.orgUnitId],
    );
    const ids = people.map((p) => p.id);
    const [outcomes, hours, required, stats] = await Promise.all([
      recentOutcomes(this.ds, ids, q.trackId),
      hoursOf(this.ds, ids, q.trackId, q.level),
      requiredHours(this.ds),
      queryRows<{ candidate_id: string; mock_best: string | null; last_at: Date | null }>(
        this.ds,
        `SELECT c.id AS candidate_id,
                (SELECT max(score) FROM mock_exam x WHERE x.candidate_id = c.id AND x.track_id = $2 AND x.level = $3 AND x.status = 'graded') AS mock_best,
                (SELECT max(answered_at) FROM training_answer t WHERE t.candidate_id = c.id AND t.track_id = $2) AS last_at
         FROM unnest($1::uuid[]) AS c(id)`,
        [ids, q.trackId, q.level],
      ),
    ]);
    const statsOf = new Map(stats.map((x) => [x.candidate_id, x]));
    const perCandidate = new Map(ids.map((id) => [id, chapterMastery(outcomes.get(id) ?? [], chapterIds)]));

    return {
      orgUnitId: q.orgUnitId,
      trackId: q.trackId,
      level: q.level,
      masteryWindow: MASTERY_WINDOW,
      candidates: people.map((p) => {
        const ms = [...perCandidate.get(p.id)!.values()];
        const answered = ms.reduce((n, m) => n + m.answered, 0);
        const h = hours.get(p.id) ?? { completed: 0, pending: 0 };
        const st = statsOf.get(p.id);
        return {
          id: p.id, username: p.username, displayName: p.display_name, orgUnitName: p.org_name, answered,
          accuracy: accuracyPercent(ms.reduce((n, m) => n + m.correct, 0), answered),
          hours: h.completed, requiredHours: required[q.level] ?? null,
          mockBest: st?.mock_best == null ? null : Number(st.mock_best), lastActiveAt: iso(st?.last_at ?? null),
        };
      }),
      chapters: chapters.map((c) => {
        const ms = ids.map((id) => perCandidate.get(id)!.get(c.id)!);
        const answered = ms.reduce((n, m) => n + m.answered, 0);
        return {
          chapterId: c.id, code: c.code, title: c.title,
          learners: ms.filter((m) => m.answered > 0).length,
          answered,
          accuracy: accuracyPercent(ms.reduce((n, m) => n + m.correct, 0), answered),
          mastered: ms.filter((m) => m.band === 'mastered').length,
          weak: ms.filter((m) => m.band === 'weak').length,
        };
      }),
      commonMistakes: await this.commonMistakes(ids, q.trackId, s.byId, q.limit),
    };
  }

  /** The questions the class gets wrong most, with the wrong response given most often. */
  private async commonMistakes(ids: string[], trackId: string, nodes: Map<string, { title: string }>, limit: number): Promise<ClassProgressDto['commonMistakes']> {
    const rows = await queryRows<{ question_id: string; chapter_id: string; wrong: number; candidates: number; answers: number; top: unknown; type: string; stem: string }>(
      this.ds,
      `WITH a AS (SELECT question_id, chapter_id, correct, response, candidate_id FROM training_answer WHERE candidate_id = ANY($1::uuid[]) AND track_id = $2 AND correct IS NOT NULL),
       w AS (SELECT question_id, min(chapter_id::text)::uuid AS chapter_id, count(*) FILTER (WHERE NOT correct)::int AS wrong,
                    count(DISTINCT candidate_id) FILTER (WHERE NOT correct)::int AS candidates, count(*)::int AS answers
             FROM a GROUP BY question_id HAVING count(*) FILTER (WHERE NOT correct) >= $3),
       top AS (SELECT DISTINCT ON (question_id) question_id, response FROM a WHERE NOT correct
               GROUP BY question_id, response ORDER BY question_id, count(*) DESC, response::text)
       SELECT w.*, top.response AS top, v.type, v.stem
       FROM w JOIN top USING (question_id) JOIN question q ON q.id = w.question_id JOIN question_version v ON v.id = q.active_version_id
       ORDER BY w.wrong DESC, w.candidates DESC, w.question_id LIMIT $4`,
      [ids, trackId, MIN_WRONG, limit],
    );
    return rows.map((r) => ({
      questionId: r.question_id, chapterId: r.chapter_id, chapterTitle: nodes.get(r.chapter_id)?.title ?? '', type: r.type, stem: r.stem,
      wrong: r.wrong, candidates: r.candidates, answers: r.answers, errorRate: accuracyPercent(r.wrong, r.answers) ?? 0,
      // responses are logged in the question's own keys, which is how the trainer reads the bank
      topWrongResponse: r.top,
    }));
  }
}
