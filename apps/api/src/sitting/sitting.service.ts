import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type AttemptDto } from '@cm/contracts';
import { queryRows, submitAttempt } from '@cm/db';
import { assembleSessionForms, FormsInfeasible } from '@cm/jobs';
import { type AuthUser, hasRole } from '../common/current-user';
import { JobsService } from '../jobs/jobs.service';
import { ResultsService } from '../results/results.service';
import { PaperShapeCache } from './paper-shape.cache';
import { responseProblem, type StoredFormItem, toCandidateItems, type VersionContent } from './candidate-paper';

interface AttemptRow {
  id: string;
  session_id: string;
  candidate_id: string;
  form_id: string;
  status: AttemptDto['status'];
  deadline: Date;
  submitted_at: Date | null;
  grace_seconds: number;
  items: StoredFormItem[];
}

const ATTEMPT_SELECT = `SELECT a.id, a.session_id, a.candidate_id, a.form_id, a.status, a.deadline, a.submitted_at, s.grace_seconds, f.items
  FROM attempt a JOIN exam_session s ON s.id = a.session_id JOIN exam_form f ON f.id = a.form_id`;

/** The sitting: start or resume (one attempt per candidate and session), autosave guarded by
 * seq, submit. The server's clock and deadline govern everything. */
@Injectable()
export class SittingService {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
    private readonly shapes: PaperShapeCache,
    private readonly results: ResultsService,
  ) {}

  async start(user: AuthUser, sessionId: string): Promise<{ created: boolean; attempt: AttemptDto }> {
    const [s] = await queryRows<{ id: string; opens_at: Date; closes_at: Date; duration_minutes: number; form_mode: string; parallel_forms: number; registered: boolean; extra: number; attempt_id: string | null }>(
      this.ds,
      `SELECT s.id, s.opens_at, s.closes_at, s.duration_minutes, s.form_mode, s.parallel_forms,
         EXISTS (SELECT 1 FROM registration r WHERE r.session_id = s.id AND r.candidate_id = $2 AND r.status = 'registered') AS registered,
         (SELECT coalesce(sum(minutes), 0)::int FROM extra_time e WHERE e.session_id = s.id AND e.candidate_id = $2) AS extra,
         (SELECT a.id FROM attempt a WHERE a.session_id = s.id AND a.candidate_id = $2) AS attempt_id
       FROM exam_session s WHERE s.id = $1`,
      [sessionId, user.id],
    );
    if (!s || !s.registered) throw AppError.notFound('考试场次');
    if (s.attempt_id) return { created: false, attempt: await this.view(user, s.attempt_id) };
    const now = Date.now();
    if (now < new Date(s.opens_at).getTime() || now >= new Date(s.closes_at).getTime()) {
      throw new AppError('SESSION_NOT_OPEN', now < new Date(s.opens_at).getTime() ? '考试尚未开始' : '考试已结束', { opensAt: new Date(s.opens_at).toISOString(), closesAt: new Date(s.closes_at).toISOString() });
    }
    const formId = await this.formFor(sessionId, user.id, s.form_mode, s.parallel_forms);
    const deadline = new Date(Math.min(now + (s.duration_minutes + s.extra) * 60_000, new Date(s.closes_at).getTime() + s.extra * 60_000));
    // The unique (session, candidate) constraint makes a double click or a second tab land on the same attempt.
    const { id, created, job } = await this.ds.transaction(async (m) => {
      const inserted = await queryRows<{ id: string }>(
        m,
        `INSERT INTO attempt (session_id, candidate_id, form_id, status, deadline) VALUES ($1, $2, $3, 'in_progress', $4)
         ON CONFLICT (session_id, candidate_id) DO NOTHING RETURNING id`,
        [sessionId, user.id, formId, deadline],
      );
      if (!inserted[0]) {
        const [existing] = await queryRows<{ id: string }>(m, `SELECT id FROM attempt WHERE session_id = $1 AND candidate_id = $2`, [sessionId, user.id]);
        return { id: existing!.id, created: false, job: null };
      }
      const [g] = await queryRows<{ grace_seconds: number }>(m, `SELECT grace_seconds FROM exam_session WHERE id = $1`, [sessionId]);
      const dueAt = new Date(deadline.getTime() + g!.grace_seconds * 1000);
      const job = await this.jobs.create(m, 'submit-overdue', { attemptId: inserted[0].id }, { runAt: dueAt, dedupKey: `submit-overdue:${inserted[0].id}:${dueAt.getTime()}` });
      return { id: inserted[0].id, created: true, job };
    });
    if (job) await this.jobs.deliver(job);
    return { created, attempt: await this.view(user, id) };
  }

  /** The candidate's paper, assembled now if it was not ready ahead of the window. */
  private async formFor(sessionId: string, candidateId: string, mode: string, parallel: number): Promise<string> {
    const pick = async () => {
      if (mode === 'fixed') {
        const forms = await queryRows<{ id: string }>(this.ds, `SELECT id FROM exam_form WHERE session_id = $1 AND label IS NOT NULL ORDER BY label`, [sessionId]);
        if (forms.length < parallel) return null;
        // A stable spread of candidates over the parallel forms.
        const h = [...candidateId].reduce((acc, ch) => (acc * 31 + ch.charCodeAt(0)) >>> 0, 7);
        return forms[h % forms.length]!.id;
      }
      const [f] = await queryRows<{ id: string }>(this.ds, `SELECT id FROM exam_form WHERE session_id = $1 AND candidate_id = $2`, [sessionId, candidateId]);
      return f?.id ?? null;
    };
    const ready = await pick();
    if (ready) return ready;
    try {
      await assembleSessionForms(this.ds, sessionId, mode === 'fixed' ? null : [candidateId]);
    } catch (err) {
      if (err instanceof FormsInfeasible) throw new AppError('SESSION_NOT_OPEN', '试卷暂时无法生成,请联系考务人员', { reason: 'FORMS_INFEASIBLE' });
      throw err;
    }
    const formId = await pick();
    if (!formId) throw new AppError('SESSION_NOT_OPEN', '试卷暂时无法生成,请联系考务人员');
    return formId;
  }

  private async load(db: DataSource | EntityManager, id: string, lock = ''): Promise<AttemptRow | null> {
    const rows = await queryRows<AttemptRow>(db, `${ATTEMPT_SELECT} WHERE a.id = $1${lock}`, [id]);
    return rows[0] ?? null;
  }

  /** Owner (or officer) only; anyone else gets 404 and learns nothing. */
  private async own(user: AuthUser, id: string, db: DataSource | EntityManager = this.ds, lock = ''): Promise<AttemptRow> {
    const a = await this.load(db, id, lock);
    if (!a || a.candidate_id !== user.id) throw AppError.notFound('答卷');
    return a;
  }

  async view(user: AuthUser, id: string): Promise<AttemptDto> {
    const a = await this.own(user, id);
    const versions = await queryRows<VersionContent>(this.ds, `SELECT id, stem, options FROM question_version WHERE id = ANY($1::uuid[])`, [a.items.map((i) => i.versionId)]);
    const answers = await queryRows<{ item_id: string; response: unknown; seq: string }>(this.ds, `SELECT item_id, response, seq FROM attempt_answer WHERE attempt_id = $1`, [id]);
    this.shapes.prime(a.id, { candidateId: a.candidate_id, formId: a.form_id }, a.items, versions);
    return {
      id: a.id,
      sessionId: a.session_id,
      status: a.status,
      deadline: new Date(a.deadline).toISOString(),
      serverNow: new Date().toISOString(),
      ...(a.submitted_at ? { submittedAt: new Date(a.submitted_at).toISOString() } : {}),
      graceSeconds: a.grace_seconds,
      items: toCandidateItems(a.items, new Map(versions.map((v) => [v.id, v]))),
      answers: Object.fromEntries(answers.map((x) => [x.item_id, { response: x.response, seq: Number(x.seq) }])),
    };
  }

  /** One transaction: the attempt row is share-locked (a submit waits for it), then one upsert
   * that only a higher seq can change. An unchanged answer keeps its content and saved_at; its
   * seq still advances, so that an older save arriving late can never overwrite a newer one.
   * Acknowledged after commit. */
  async save(user: AuthUser, attemptId: string, itemId: string, response: unknown, seq: number): Promise<{ savedAt: string; seq: number }> {
    return this.ds.transaction(async (m) => {
      const [a] = await queryRows<{ candidate_id: string; form_id: string; status: string; deadline: Date; grace_seconds: number }>(
        m,
        `SELECT a.candidate_id, a.form_id, a.status, a.deadline, s.grace_seconds FROM attempt a JOIN exam_session s ON s.id = a.session_id WHERE a.id = $1 FOR SHARE OF a`,
        [attemptId],
      );
      if (!a || a.candidate_id !== user.id) throw AppError.notFound('答卷');
      const open = a.status === 'in_progress' && Date.now() <= new Date(a.deadline).getTime() + a.grace_seconds * 1000;
      if (!open) throw new AppError('ATTEMPT_CLOSED', a.status === 'in_progress' ? '考试时间已到,答案未保存' : '试卷已提交,答案不能再修改', { status: a.status, deadline: new Date(a.deadline).toISOString() });
      const shape = await this.shapes.item(m, a.form_id, itemId);
      if (!shape) throw AppError.notFound('题目');
      const problem = responseProblem(shape.item, shape.optionCount, shape.blanks, response);
      if (problem) throw AppError.validation([{ path: 'response', code: 'INVALID_RESPONSE', message: problem }]);
      const rows = await queryRows<{ seq: string; saved_at: Date }>(
        m,
        `INSERT INTO attempt_answer (attempt_id, item_id, response, seq) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (attempt_id, item_id) DO UPDATE SET seq = EXCLUDED.seq,
           response = CASE WHEN attempt_answer.response IS DISTINCT FROM EXCLUDED.response THEN EXCLUDED.response ELSE attempt_answer.response END,
           saved_at = CASE WHEN attempt_answer.response IS DISTINCT FROM EXCLUDED.response THEN now() ELSE attempt_answer.saved_at END
         WHERE attempt_answer.seq < EXCLUDED.seq
         RETURNING seq, saved_at`,
        [attemptId, itemId, JSON.stringify(response), seq],
      );
      if (rows[0]) return { savedAt: new Date(rows[0].saved_at).toISOString(), seq: Number(rows[0].seq) };
      // An older or equal seq: acknowledged, nothing written.
      const [cur] = await queryRows<{ seq: string; saved_at: Date }>(m, `SELECT seq, saved_at FROM attempt_answer WHERE attempt_id = $1 AND item_id = $2`, [attemptId, itemId]);
      return { savedAt: new Date(cur!.saved_at).toISOString(), seq: Number(cur!.seq) };
    });
  }

  async submit(user: AuthUser, attemptId: string): Promise<{ status: 'submitted' }> {
    await this.own(user, attemptId);
    const { outcome, gradeJob } = await this.ds.transaction((m) => submitAttempt(m, attemptId, 'candidate', user.id));
    if (outcome === 'already_submitted') throw new AppError('ATTEMPT_ALREADY_SUBMITTED', '试卷已经提交过了');
    if (gradeJob) await this.jobs.deliver(gradeJob);
    return { status: 'submitted' };
  }

  /** Status for the candidate (result only after publication) or any officer. */
  async status(user: AuthUser, attemptId: string) {
    const a = await this.load(this.ds, attemptId);
    if (!a || (a.candidate_id !== user.id && !hasRole(user, 'officer'))) throw AppError.notFound('答卷');
    // Candidates see their result only once the session is published; officers as soon as it is graded.
    const [pub] = await queryRows<{ published: boolean }>(this.ds, `SELECT published_at IS NOT NULL AS published FROM exam_session WHERE id = $1`, [a.session_id]);
    const visible = a.status === 'graded' && (hasRole(user, 'officer') || (a.candidate_id === user.id && pub?.published === true));
    const result = visible ? await this.results.resultOf(a.id) : undefined;
    return {
      id: a.id,
      sessionId: a.session_id,
      status: a.status,
      deadline: new Date(a.deadline).toISOString(),
      published: pub?.published === true,
      ...(a.submitted_at ? { submittedAt: new Date(a.submitted_at).toISOString() } : {}),
      ...(result ? { result } : {}),
    };
  }
}
