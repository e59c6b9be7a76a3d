import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type Page, type WrongAnswerDto } from '@cm/contracts';
import { queryRows } from '@cm/db';
import { countBlanks } from '@cm/domain';
import type { AuthUser } from '../common/current-user';
import { iso } from './training-context';

interface WrongRow {
  id: string;
  question_id: string;
  track_id: string;
  chapter_id: string;
  chapter_title: string;
  wrong_count: number;
  first_wrong_at: Date;
  last_wrong_at: Date;
  status: 'open' | 'mastered';
  mastered_at: Date | null;
  last_response: unknown;
  /** the question's current practice version, null when it is no longer a practice item */
  v_id: string | null;
  type: string | null;
  stem: string | null;
  options: { key: string; text: string }[] | null;
  answer: unknown;
  explanation: string | null;
}

/** 错题本: every question the candidate answered wrong, per chapter; content is shown from
 * the question's current practice version only — an item that became exam-only is withheld. */
@Injectable()
export class WrongBookService {
  constructor(private readonly ds: DataSource) {}

  async list(user: AuthUser, q: { page: number; pageSize: number; trackId?: string; chapterId?: string; status?: 'open' | 'mastered' }): Promise<Page<WrongAnswerDto> & { byChapter: { chapterId: string; title: string; open: number; mastered: number }[] }> {
    const where = `w.candidate_id = $1 AND ($2::uuid IS NULL OR w.track_id = $2) AND ($3::uuid IS NULL OR w.chapter_id = $3) AND ($4::text IS NULL OR w.status = $4)`;
    const params = [user.id, q.trackId ?? null, q.chapterId ?? null, q.status ?? null];
    const rows = await queryRows<WrongRow>(
      this.ds,
      `SELECT w.id, w.question_id, w.track_id, w.chapter_id, n.title AS chapter_title, w.wrong_count, w.first_wrong_at, w.last_wrong_at, w.status, w.mastered_at,
              w.last_response, v.id AS v_id, v.type, v.stem, v.options, v.answer, v.explanation
       FROM wrong_answer w
       JOIN syllabus_node n ON n.id = w.chapter_id
       JOIN question q ON q.id = w.question_id
       LEFT JOIN question_version v ON v.id = q.active_version_id AND v.status IN ('active', 'retired') AND 'practice' = ANY(v.usage)
       WHERE ${where} ORDER BY w.status, w.last_wrong_at DESC, w.id LIMIT $5 OFFSET $6`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const [{ n }] = await queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM wrong_answer w WHERE ${where}`, params);
    const byChapter = await queryRows<{ chapter_id: string; title: string; open: number; mastered: number }>(
      this.ds,
      `SELECT w.chapter_id, n.title, count(*) FILTER (WHERE w.status = 'open')::int AS open, count(*) FILTER (WHERE w.status = 'mastered')::int AS mastered
       FROM wrong_answer w JOIN syllabus_node n ON n.id = w.chapter_id
       WHERE w.candidate_id = $1 AND ($2::uuid IS NULL OR w.track_id = $2) GROUP BY w.chapter_id, n.title, n.code ORDER BY n.code`,
      [user.id, q.trackId ?? null],
    );
    return {
      total: n,
      items: rows.map(toDto),
      byChapter: byChapter.map((c) => ({ chapterId: c.chapter_id, title: c.title, open: c.open, mastered: c.mastered })),
    };
  }

  /** Marks an entry mastered (the candidate's own only); a later wrong answer reopens it. */
  async markMastered(user: AuthUser, id: string): Promise<{ id: string; status: 'mastered'; masteredAt: string }> {
    return this.ds.transaction(async (m) => {
      const [row] = await queryRows<{ candidate_id: string; status: string; mastered_at: Date | null }>(m, `SELECT candidate_id, status, mastered_at FROM wrong_answer WHERE id = $1 FOR UPDATE`, [id]);
      if (!row || row.candidate_id !== user.id) throw AppError.notFound('错题');
      if (row.status === 'mastered') return { id, status: 'mastered', masteredAt: iso(row.mastered_at)! };
      const [u] = await queryRows<{ mastered_at: Date }>(m, `UPDATE wrong_answer SET status = 'mastered', mastered_at = now() WHERE id = $1 RETURNING mastered_at`, [id]);
      return { id, status: 'mastered', masteredAt: iso(u!.mastered_at)! };
    });
  }
}

function toDto(r: WrongRow): WrongAnswerDto {
  const base: WrongAnswerDto = {
    id: r.id, questionId: r.question_id, trackId: r.track_id, chapterId: r.chapter_id, chapterTitle: r.chapter_title, wrongCount: r.wrong_count,
    firstWrongAt: iso(r.first_wrong_at)!, lastWrongAt: iso(r.last_wrong_at)!, status: r.status, masteredAt: iso(r.mastered_at), available: r.v_id !== null,
  };
  if (!r.v_id) return base;
  // Practice shows options in their authored order, so the stored (original) keys are the ones shown.
  return {
    ...base, type: r.type!, stem: r.stem!, ...(r.options ? { options: r.options } : {}), ...(r.type === 'fill' ? { blanks: countBlanks(r.stem!) } : {}),
    lastResponse: r.last_response, key: r.type === 'short' || r.type === 'case' ? null : r.answer, explanation: r.explanation,
  };
}
