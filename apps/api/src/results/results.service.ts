import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@cm/contracts';
import { type AttemptResult, queryRows, recordAudit } from '@cm/db';
import { itemOutcome, sessionStats } from '@cm/domain';
import { writeSheet } from '@cm/spreadsheet';

interface AttemptListRow {
  id: string;
  candidate_id: string;
  display_name: string;
  username: string;
  org_unit: string | null;
  status: string;
  score: string | null;
  passed: boolean | null;
  submitted_at: Date | null;
  graded_at: Date | null;
  form_label: string | null;
  result: AttemptResult | null;
}

const STATUS_FILTER: Record<string, string> = {
  all: 'true',
  graded: `a.status = 'graded'`,
  pending: `a.status <> 'graded'`,
  passed: `a.status = 'graded' AND a.passed`,
  failed: `a.status = 'graded' AND NOT a.passed`,
};

/** Officers' view of a session's results, publication, and the candidate's own result. */
@Injectable()
export class ResultsService {
  constructor(private readonly ds: DataSource) {}

  async publish(actorId: string, sessionId: string) {
    return this.ds.transaction(async (m) => {
      const [s] = await queryRows<{ published_at: Date | null }>(m, `SELECT published_at FROM exam_session WHERE id = $1 FOR UPDATE`, [sessionId]);
      if (!s) throw AppError.notFound('考试场次');
      const [c] = await queryRows<{ graded: number; pending: number }>(
        m,
        `SELECT count(*) FILTER (WHERE status = 'graded')::int AS graded, count(*) FILTER (WHERE status <> 'graded')::int AS pending FROM attempt WHERE session_id = $1`,
        [sessionId],
      );
      // Publishing twice keeps the first publication (idempotent).
      if (s.published_at) return { id: sessionId, publishedAt: new Date(s.published_at).toISOString(), alreadyPublished: true, ...c };
      const [row] = await queryRows<{ published_at: Date }>(m, `UPDATE exam_session SET published_at = now(), published_by = $2 WHERE id = $1 RETURNING published_at`, [sessionId, actorId]);
      await recordAudit(m, { actorId, action: 'session.published', entityType: 'exam_session', entityId: sessionId, data: c });
      return { id: sessionId, publishedAt: new Date(row!.published_at).toISOString(), alreadyPublished: false, ...c };
    });
  }

  async sessionResults(sessionId: string, q: { page: number; pageSize: number; status: string }) {
    const [s] = await queryRows<{ id: string; title: string; published_at: Date | null; pass_mark: string; registered: number }>(
      this.ds,
      `SELECT s.id, s.title, s.published_at, b.body->>'passMark' AS pass_mark,
         (SELECT count(*)::int FROM registration r WHERE r.session_id = s.id AND r.status = 'registered') AS registered
       FROM exam_session s JOIN blueprint b ON b.id = s.blueprint_id WHERE s.id = $1`,
      [sessionId],
    );
    if (!s) throw AppError.notFound('考试场次');
    const counts = await queryRows<{ status: string; n: number }>(this.ds, `SELECT status, count(*)::int AS n FROM attempt WHERE session_id = $1 GROUP BY status`, [sessionId]);
    const graded = await queryRows<{ score: string; passed: boolean; label: string | null; result: AttemptResult }>(
      this.ds,
      `SELECT a.score, a.passed, f.label, a.result FROM attempt a JOIN exam_form f ON f.id = a.form_id WHERE a.session_id = $1 AND a.status = 'graded'`,
      [sessionId],
    );
    const stats = sessionStats(graded.map((g) => ({ score: Number(g.score), passed: g.passed, formLabel: g.label, areas: g.result.areas })));
    const filter = STATUS_FILTER[q.status] ?? 'true';
    const [{ total }] = await queryRows<{ total: number }>(this.ds, `SELECT count(*)::int AS total FROM attempt a WHERE a.session_id = $1 AND ${filter}`, [sessionId]);
    const rows = await this.attemptRows(sessionId, filter, q.pageSize, (q.page - 1) * q.pageSize);
    return {
      session: { id: s.id, title: s.title, publishedAt: s.published_at ? new Date(s.published_at).toISOString() : null, passMark: Number(s.pass_mark ?? 60) },
      counts: { registered: s.registered, ...Object.fromEntries(['in_progress', 'submitted', 'grading', 'marking', 'graded'].map((k) => [k, counts.find((c) => c.status === k)?.n ?? 0])) },
      stats,
      items: rows.map((r) => this.toListItem(r)),
      total,
    };
  }

  async exportResults(sessionId: string): Promise<{ title: string; body: Buffer }> {
    const [s] = await queryRows<{ title: string }>(this.ds, `SELECT title FROM exam_session WHERE id = $1`, [sessionId]);
    if (!s) throw AppError.notFound('考试场次');
    const rows = await this.attemptRows(sessionId, 'true', 100_000, 0);
    const areaTitles = [...new Map(rows.flatMap((r) => r.result?.areas ?? []).map((a) => [a.syllabusNodeId, a.title])).entries()];
    const header = ['姓名', '用户名', '所属机构', '试卷', '状态', '百分制成绩', '是否通过', '交卷时间', ...areaTitles.map(([, t]) => `${t}(得分/满分)`)];
    const statusText: Record<string, string> = { in_progress: '作答中', submitted: '已交卷', grading: '评分中', marking: '阅卷中', graded: '已评分' };
    const body = await writeSheet(
      '成绩',
      header,
      rows.map((r) => [
        r.display_name, r.username, r.org_unit, r.form_label, statusText[r.status] ?? r.status,
        r.status === 'graded' && r.score !== null ? Number(r.score) : null,
        r.status === 'graded' ? (r.passed ? '通过' : '未通过') : null,
        r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
        ...areaTitles.map(([id]) => {
          const a = r.result?.areas.find((x) => x.syllabusNodeId === id);
          return a && r.status === 'graded' ? `${a.earned}/${a.possible}` : null;
        }),
      ]),
    );
    return { title: s.title, body };
  }

  /** The contract's `result` with, per item, whether it was right (never the key). */
  async resultOf(attemptId: string) {
    const [a] = await queryRows<{ result: AttemptResult; passed: boolean; score: string; pass_mark: string | null }>(
      this.ds,
      `SELECT a.result, a.passed, a.score, b.body->>'passMark' AS pass_mark FROM attempt a JOIN exam_session s ON s.id = a.session_id JOIN blueprint b ON b.id = s.blueprint_id
       WHERE a.id = $1 AND a.status = 'graded'`,
      [attemptId],
    );
    if (!a) return undefined;
    const items = await queryRows<{ item_id: string; max_cents: number; earned_cents: string | null; position: number; type: string }>(
      this.ds,
      `SELECT s.item_id, s.max_cents, s.earned_cents, (fi->>'position')::int AS position, fi->>'type' AS type
       FROM item_score s JOIN attempt a ON a.id = s.attempt_id JOIN exam_form f ON f.id = a.form_id
       CROSS JOIN LATERAL jsonb_array_elements(f.items) fi WHERE s.attempt_id = $1 AND fi->>'id' = s.item_id ORDER BY 4`,
      [attemptId],
    );
    return {
      score: Number(a.score),
      passed: a.passed,
      passMark: Number(a.pass_mark ?? 60),
      standardScore: a.result.standardScore ?? null,
      earned: a.result.earned,
      possible: a.result.possible,
      areas: a.result.areas.map((x) => ({ syllabusNodeId: x.syllabusNodeId, title: x.title, earned: x.earned, possible: x.possible })),
      knowledgeItems: a.result.knowledgeItems.map((k) => ({ itemId: k.itemId, standardScore: k.standardScore })),
      items: items.map((i) => {
        const earned = i.earned_cents === null ? null : Number(i.earned_cents);
        return { position: i.position, type: i.type, earned: earned === null ? null : Math.round(earned) / 100, possible: i.max_cents / 100, outcome: itemOutcome(earned, i.max_cents) };
      }),
    };
  }

  private attemptRows(sessionId: string, filter: string, limit: number, offset: number) {
    return queryRows<AttemptListRow>(
      this.ds,
      `SELECT a.id, a.candidate_id, u.display_name, u.username, o.name AS org_unit, a.status, a.score, a.passed, a.submitted_at, a.graded_at, f.label AS form_label, a.result
       FROM attempt a JOIN app_user u ON u.id = a.candidate_id LEFT JOIN org_unit o ON o.id = u.org_unit_id JOIN exam_form f ON f.id = a.form_id
       WHERE a.session_id = $1 AND ${filter} ORDER BY a.score DESC NULLS LAST, u.display_name, a.id LIMIT $2 OFFSET $3`,
      [sessionId, limit, offset],
    );
  }

  private toListItem(r: AttemptListRow) {
    const graded = r.status === 'graded';
    return {
      attemptId: r.id,
      candidateId: r.candidate_id,
      candidateName: r.display_name,
      username: r.username,
      orgUnit: r.org_unit,
      formLabel: r.form_label,
      status: r.status,
      score: graded && r.score !== null ? Number(r.score) : null,
      passed: graded ? r.passed : null,
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      gradedAt: r.graded_at ? new Date(r.graded_at).toISOString() : null,
      areas: graded ? (r.result?.areas ?? []) : [],
    };
  }
}
