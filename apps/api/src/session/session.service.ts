import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type CreateSessionRequest, type Page, type RegistrationDto, type SessionDto } from '@cm/contracts';
import { queryRows, recordAudit } from '@cm/db';
import { type AuthUser, hasRole } from '../common/current-user';
import { JobsService } from '../jobs/jobs.service';
import { EligibilityService } from './eligibility.service';
import { type SessionDbRow, toSessionDto } from './session.mapper';

/** Officers schedule sessions on an active blueprint, enrol candidates (eligibility judged at
 * opensAt; a waiver is explicit and audited) and have papers assembled ahead of the window. */
@Injectable()
export class SessionService {
  constructor(
    private readonly ds: DataSource,
    private readonly eligibility: EligibilityService,
    private readonly jobs: JobsService,
  ) {}

  async row(db: DataSource | EntityManager, id: string, lock = false): Promise<SessionDbRow> {
    const rows = await queryRows<SessionDbRow>(db, `SELECT * FROM exam_session WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!rows[0]) throw AppError.notFound('考试场次');
    return rows[0];
  }

  async create(actor: AuthUser, body: CreateSessionRequest): Promise<SessionDto> {
    const opens = new Date(body.opensAt);
    const closes = new Date(body.closesAt);
    if (closes <= opens) throw AppError.validation([{ path: 'closesAt', code: 'BEFORE_OPENS', message: '结束时间必须晚于开始时间' }]);
    if (body.formMode === 'fixed' && !body.parallelForms) throw AppError.validation([{ path: 'parallelForms', code: 'REQUIRED', message: '固定试卷模式需要指定平行试卷套数' }]);
    return this.ds.transaction(async (m) => {
      const [bp] = await queryRows<{ id: string; track_id: string; level: number; status: string; body: { durationMinutes: number } }>(m, `SELECT id, track_id, level, status, body FROM blueprint WHERE id = $1`, [body.blueprintId]);
      if (!bp) throw AppError.validation([{ path: 'blueprintId', code: 'UNKNOWN_BLUEPRINT', message: '比重表不存在' }]);
      if (bp.status !== 'active') throw AppError.validation([{ path: 'blueprintId', code: 'BLUEPRINT_NOT_ACTIVE', message: '只能使用已启用的比重表版本' }]);
      // The retake policy is stored with the session: a later change of the setting leaves it as scheduled.
      const retakeIntervalMonths = body.retakeIntervalMonths ?? (await this.eligibility.policy(m)).retakeIntervalMonths;
      const rows = await queryRows<SessionDbRow>(
        m,
        `INSERT INTO exam_session (blueprint_id, track_id, level, title, instructions, opens_at, closes_at, duration_minutes, form_mode, parallel_forms, grace_seconds, exposure_cap_percent, created_by, retake_allowed, retake_interval_months)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING *`,
        [bp.id, bp.track_id, bp.level, body.title, body.instructions ?? null, opens, closes, body.durationMinutes ?? bp.body.durationMinutes, body.formMode,
          body.formMode === 'fixed' ? body.parallelForms : 1, body.graceSeconds ?? 30, body.exposureCapPercent ?? null, actor.id, body.retakeAllowed ?? true, retakeIntervalMonths],
      );
      await recordAudit(m, { actorId: actor.id, action: 'exam_session.created', entityType: 'exam_session', entityId: rows[0]!.id, data: { ...body } });
      return toSessionDto(rows[0]!);
    });
  }

  async list(user: AuthUser, q: { trackId?: string; level?: number; page: number; pageSize: number }): Promise<Page<SessionDto>> {
    const officer = hasRole(user, 'officer');
    const where: string[] = [];
    const params: unknown[] = [];
    if (!officer) where.push(`EXISTS (SELECT 1 FROM registration r WHERE r.session_id = s.id AND r.candidate_id = $${params.push(user.id)} AND r.status = 'registered')`);
    if (q.trackId) where.push(`s.track_id = $${params.push(q.trackId)}`);
    if (q.level) where.push(`s.level = $${params.push(q.level)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      queryRows<SessionDbRow>(this.ds, `SELECT s.* FROM exam_session s ${w} ORDER BY s.opens_at DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`, params),
      queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM exam_session s ${w}`, params),
    ]);
    const items = await Promise.all(rows.map((r) => (officer ? this.withCounts(r) : this.withMine(r, user.id))));
    return { items, total: count[0]?.n ?? 0 };
  }

  async get(user: AuthUser, id: string): Promise<SessionDto> {
    const r = await this.row(this.ds, id);
    if (hasRole(user, 'officer')) return this.withCounts(r);
    const mine = await this.withMine(r, user.id);
    // Unregistered callers learn nothing about the session.
    if (!mine.registration) throw AppError.notFound('考试场次');
    return mine;
  }

  private async withCounts(r: SessionDbRow): Promise<SessionDto> {
    const [c] = await queryRows<{ registered: number; started: number; submitted: number; graded: number; forms: number }>(
      this.ds,
      `SELECT (SELECT count(*)::int FROM registration WHERE session_id = $1 AND status = 'registered') AS registered,
              (SELECT count(*)::int FROM attempt WHERE session_id = $1) AS started,
              (SELECT count(*)::int FROM attempt WHERE session_id = $1 AND status <> 'in_progress') AS submitted,
              (SELECT count(*)::int FROM attempt WHERE session_id = $1 AND status = 'graded') AS graded,
              (SELECT count(*)::int FROM exam_form WHERE session_id = $1) AS forms`,
      [r.id],
    );
    return { ...toSessionDto(r), counts: { registered: c!.registered, started: c!.started, submitted: c!.submitted, graded: c!.graded, formsReady: c!.forms } };
  }

  private async withMine(r: SessionDbRow, candidateId: string): Promise<SessionDto> {
    const [reg] = await queryRows<{ id: string; status: string; created_at: Date; attempt_id: string | null }>(
      this.ds,
      `SELECT r.id, r.status, r.created_at, (SELECT a.id FROM attempt a WHERE a.session_id = r.session_id AND a.candidate_id = r.candidate_id) AS attempt_id
       FROM registration r WHERE r.session_id = $1 AND r.candidate_id = $2 AND r.status = 'registered'`,
      [r.id, candidateId],
    );
    const dto = toSessionDto(r);
    if (!reg) return dto;
    return { ...dto, registration: { id: reg.id, status: reg.status, createdAt: new Date(reg.created_at).toISOString() }, attemptId: reg.attempt_id };
  }

  async register(user: AuthUser, sessionId: string, candidateId: string, waiverReason?: string): Promise<RegistrationDto> {
    const officer = hasRole(user, 'officer');
    if (!officer && user.id !== candidateId) throw AppError.forbidden('考生只能为自己报名');
    if (!officer && waiverReason) throw AppError.forbidden('只有认证管理员可以豁免报名条件');
    return this.ds.transaction(async (m) => {
      const s = await this.row(m, sessionId, true);
      if (new Date(s.closes_at) <= new Date()) throw new AppError('SESSION_NOT_OPEN', '该场次已结束,不能再报名');
      const [cand] = await queryRows<{ roles: string[]; active: boolean }>(m, `SELECT roles, active FROM app_user WHERE id = $1`, [candidateId]);
      if (!cand) throw AppError.notFound('考生');
      if (!cand.roles.includes('candidate') || !cand.active) throw AppError.validation([{ path: 'candidateId', code: 'NOT_A_CANDIDATE', message: '该用户不是有效的考生' }]);
      const dup = await queryRows(m, `SELECT 1 FROM registration WHERE session_id = $1 AND candidate_id = $2`, [sessionId, candidateId]);
      if (dup.length) throw new AppError('ALREADY_REGISTERED', '已经报名该场次');
      const result = await this.eligibility.judge(candidateId, s.track_id, s.level, new Date(s.opens_at), m, { retakeAllowed: s.retake_allowed, retakeIntervalMonths: s.retake_interval_months });
      if (!result.eligible && !waiverReason) {
        throw new AppError('NOT_ELIGIBLE', '不符合报考条件', { reasons: result.reasons, flags: result.flags, rule: 'eligibility is judged at the session opensAt; an officer may enrol with waiverReason' });
      }
      const [reg] = await queryRows<{ id: string; created_at: Date }>(
        m,
        `INSERT INTO registration (session_id, candidate_id, waiver_reason, eligibility, registered_by) VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id, created_at`,
        [sessionId, candidateId, result.eligible ? null : waiverReason, JSON.stringify(result), user.id],
      );
      await recordAudit(m, {
        actorId: user.id, action: result.eligible ? 'registration.created' : 'registration.waived', entityType: 'registration', entityId: reg!.id,
        data: { sessionId, candidateId, ...(result.eligible ? {} : { waiverReason, reasons: result.reasons }) },
      });
      return { id: reg!.id, sessionId, candidateId, status: 'registered', waiverReason: result.eligible ? null : waiverReason ?? null, eligibility: result, createdAt: new Date(reg!.created_at).toISOString() };
    });
  }

  async addExtraTime(actor: AuthUser, sessionId: string, candidateId: string, minutes: number, reason: string) {
    return this.ds.transaction(async (m) => {
      await this.row(m, sessionId);
      const reg = await queryRows(m, `SELECT 1 FROM registration WHERE session_id = $1 AND candidate_id = $2 AND status = 'registered'`, [sessionId, candidateId]);
      if (!reg.length) throw AppError.validation([{ path: 'candidateId', code: 'NOT_REGISTERED', message: '该考生未报名此场次' }]);
      await m.query(`INSERT INTO extra_time (session_id, candidate_id, minutes, reason, approved_by) VALUES ($1, $2, $3, $4, $5)`, [sessionId, candidateId, minutes, reason, actor.id]);
      // A running attempt gets the extra time at once.
      await m.query(
        `UPDATE attempt SET deadline = deadline + make_interval(mins => $3) WHERE session_id = $1 AND candidate_id = $2 AND status = 'in_progress'`,
        [sessionId, candidateId, minutes],
      );
      const [{ total }] = await queryRows<{ total: number }>(m, `SELECT coalesce(sum(minutes), 0)::int AS total FROM extra_time WHERE session_id = $1 AND candidate_id = $2`, [sessionId, candidateId]);
      await recordAudit(m, { actorId: actor.id, action: 'extra_time.granted', entityType: 'exam_session', entityId: sessionId, data: { candidateId, minutes, reason } });
      return { sessionId, candidateId, minutes, totalMinutes: total };
    });
  }

  /** Queues the assembly of every registered candidate's paper ahead of the window. */
  async queueForms(actor: AuthUser, sessionId: string): Promise<{ jobId: string }> {
    const job = await this.ds.transaction(async (m) => {
      const s = await this.row(m, sessionId);
      if (new Date(s.closes_at) <= new Date()) throw new AppError('SESSION_NOT_OPEN', '该场次已结束');
      await recordAudit(m, { actorId: actor.id, action: 'exam_session.forms_requested', entityType: 'exam_session', entityId: sessionId });
      return this.jobs.create(m, 'assemble-forms', { sessionId, candidateIds: null }, { createdBy: actor.id });
    });
    await this.jobs.deliver(job);
    return { jobId: job.id };
  }
}
