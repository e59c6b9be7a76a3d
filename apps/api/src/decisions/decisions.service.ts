import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type LevelDecisionDto, type Page } from '@cm/contracts';
import { queryRows, recordAudit, requestDecisions } from '@cm/db';
import { issueCertificate } from '../certificates/issue-certificate';
import { type AuthUser, hasRole } from '../common/current-user';
import { JobsService } from '../jobs/jobs.service';
import { type AppealRow, DECISION_SELECT, type DecisionRow, toDecisionDto } from './decision.mapper';

export interface DecisionListQuery {
  candidateId?: string;
  trackId?: string;
  targetLevel?: number;
  status?: LevelDecisionDto['status'];
  recommended?: boolean;
  sessionId?: string;
  batchJobId?: string;
  page: number;
  pageSize: number;
}

/** Level decisions: an officer requests one (the recommendation is computed and pinned with
 * the model and policy versions), a different officer — never the requester, never the
 * candidate — approves or rejects. Every step is audited in the same transaction. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async request(actor: AuthUser, body: { candidateId: string; trackId: string; targetLevel: number }): Promise<LevelDecisionDto> {
    const id = await this.ds.transaction(async (m) => {
      const [cand] = await queryRows<{ roles: string[] }>(m, `SELECT roles FROM app_user WHERE id = $1`, [body.candidateId]);
      if (!cand || !cand.roles.includes('candidate')) throw AppError.validation([{ path: 'candidateId', code: 'NOT_A_CANDIDATE', message: '该用户不是考生' }]);
      if (!(await queryRows(m, `SELECT 1 FROM track WHERE id = $1`, [body.trackId])).length) throw AppError.validation([{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }]);
      const r = await requestDecisions(m, { trackId: body.trackId, targetLevel: body.targetLevel, candidateIds: [body.candidateId], requestedBy: actor.id });
      const skip = r.skipped[0];
      if (skip) {
        throw new AppError('CONFLICT', skip.reason === 'pending_exists' ? '该考生此级别已有待审批的定级申请' : '该考生已获批此级别', { reason: skip.reason, decisionId: skip.decisionId });
      }
      if (!r.created[0]) throw new AppError('CONFLICT', '该考生此级别已有待审批的定级申请', { reason: 'pending_exists' });
      return r.created[0].id;
    });
    return this.get(actor, id);
  }

  async approve(actor: AuthUser, id: string, body: { comment?: string; overrideReason?: string; effectiveAt?: string }): Promise<LevelDecisionDto> {
    await this.ds.transaction(async (m) => {
      const d = await this.lockPending(m, actor, id);
      const rec = d.recommendation as { awarded: boolean; checks: { code: string; passed: boolean }[] };
      if (!d.recommended && !body.overrideReason) {
        throw new AppError('DECISION_NOT_AWARDED', '推荐结果不支持授予该级别;如仍批准,须填写 overrideReason', {
          rule: 'approving a refused recommendation needs an override reason', failedChecks: rec.checks.filter((c) => !c.passed).map((c) => c.code),
        });
      }
      const effectiveAt = body.effectiveAt ? new Date(body.effectiveAt) : new Date();
      // Never backdated before the request (eligibility counts years from it), at most a year ahead.
      const earliest = new Date(new Date(d.requested_at).toISOString().slice(0, 10));
      if (effectiveAt < earliest || effectiveAt.getTime() > Date.now() + 366 * 86_400_000) {
        throw AppError.validation([{ path: 'effectiveAt', code: 'OUT_OF_RANGE', message: `生效日期须在申请日(${earliest.toISOString().slice(0, 10)})之后、一年以内` }]);
      }
      await m.query(
        `UPDATE level_decision SET status = 'approved', decided_by = $2, decided_at = now(), comment = $3, override_reason = $4, effective_at = $5 WHERE id = $1`,
        [id, actor.id, body.comment ?? null, d.recommended ? null : body.overrideReason, effectiveAt],
      );
      const cert = await issueCertificate(m, d, actor.id, effectiveAt);
      await recordAudit(m, {
        actorId: actor.id, action: d.recommended ? 'level_decision.approved' : 'level_decision.overridden', entityType: 'level_decision', entityId: id,
        data: { candidateId: d.candidate_id, trackId: d.track_id, targetLevel: d.target_level, recommended: d.recommended, overrideReason: d.recommended ? null : body.overrideReason, comment: body.comment ?? null, effectiveAt: effectiveAt.toISOString(), certificateCode: cert.code },
      });
    });
    return this.get(actor, id);
  }

  async reject(actor: AuthUser, id: string, reason: string): Promise<LevelDecisionDto> {
    await this.ds.transaction(async (m) => {
      const d = await this.lockPending(m, actor, id);
      await m.query(`UPDATE level_decision SET status = 'rejected', decided_by = $2, decided_at = now(), reject_reason = $3 WHERE id = $1`, [id, actor.id, reason]);
      await recordAudit(m, { actorId: actor.id, action: 'level_decision.rejected', entityType: 'level_decision', entityId: id, data: { candidateId: d.candidate_id, trackId: d.track_id, targetLevel: d.target_level, recommended: d.recommended, reason } });
    });
    return this.get(actor, id);
  }

  /** Queues the recommendations of every registered candidate of a published session. */
  async batch(actor: AuthUser, sessionId: string): Promise<{ jobId: string }> {
    const job = await this.ds.transaction(async (m) => {
      const [s] = await queryRows<{ published_at: Date | null; track_id: string; level: number }>(m, `SELECT published_at, track_id, level FROM exam_session WHERE id = $1`, [sessionId]);
      if (!s) throw AppError.notFound('考试场次');
      if (!s.published_at) throw new AppError('CONFLICT', '该场次成绩尚未发布,不能生成定级建议', { reason: 'SESSION_NOT_PUBLISHED' });
      const j = await this.jobs.create(m, 'recommend-session', { sessionId, actorId: actor.id }, { createdBy: actor.id });
      await recordAudit(m, { actorId: actor.id, action: 'level_decision.batch_requested', entityType: 'exam_session', entityId: sessionId, data: { jobId: j.id, trackId: s.track_id, level: s.level } });
      return j;
    });
    await this.jobs.deliver(job);
    return { jobId: job.id };
  }

  async list(user: AuthUser, q: DecisionListQuery): Promise<Page<LevelDecisionDto>> {
    const officer = hasRole(user, 'officer');
    const where: string[] = [];
    const params: unknown[] = [];
    if (!officer) where.push(`d.candidate_id = $${params.push(user.id)}`);
    else if (q.candidateId) where.push(`d.candidate_id = $${params.push(q.candidateId)}`);
    if (q.trackId) where.push(`d.track_id = $${params.push(q.trackId)}`);
    if (q.targetLevel) where.push(`d.target_level = $${params.push(q.targetLevel)}`);
    if (q.status) where.push(`d.status = $${params.push(q.status)}`);
    if (q.recommended !== undefined) where.push(`d.recommended = $${params.push(q.recommended)}`);
    if (q.sessionId) where.push(`d.session_id = $${params.push(q.sessionId)}`);
    if (q.batchJobId) where.push(`d.batch_job_id = $${params.push(q.batchJobId)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      queryRows<DecisionRow>(this.ds, `${DECISION_SELECT} ${w} ORDER BY d.requested_at DESC, d.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`, params),
      queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM level_decision d ${w}`, params),
    ]);
    const appeals = await this.appeals(rows.map((r) => r.id));
    return { items: rows.map((r) => toDecisionDto(r, appeals.get(r.id) ?? null, officer)), total: count[0]?.n ?? 0 };
  }

  /** Officers see any decision; the candidate their own; anyone else 404. */
  async get(user: AuthUser, id: string): Promise<LevelDecisionDto> {
    const [row] = await queryRows<DecisionRow>(this.ds, `${DECISION_SELECT} WHERE d.id = $1`, [id]);
    const officer = hasRole(user, 'officer');
    if (!row || (!officer && row.candidate_id !== user.id)) throw AppError.notFound('定级决定');
    return toDecisionDto(row, (await this.appeals([id])).get(id) ?? null, officer);
  }

  private async appeals(decisionIds: string[]): Promise<Map<string, AppealRow>> {
    if (!decisionIds.length) return new Map();
    const rows = await queryRows<AppealRow>(this.ds, `SELECT * FROM appeal WHERE decision_id = ANY($1::uuid[])`, [decisionIds]);
    return new Map(rows.map((a) => [a.decision_id, a]));
  }

  /** Separation of duties first (403 for the requester and the candidate), then the state. */
  private async lockPending(m: EntityManager, actor: AuthUser, id: string) {
    const [d] = await queryRows<{ id: string; candidate_id: string; track_id: string; target_level: number; status: string; requested_by: string; requested_at: Date; recommended: boolean; recommendation: unknown }>(
      m,
      `SELECT id, candidate_id, track_id, target_level, status, requested_by, requested_at, recommended, recommendation FROM level_decision WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!d) throw AppError.notFound('定级决定');
    if (d.requested_by === actor.id || d.candidate_id === actor.id) {
      throw new AppError('DECISION_SEPARATION_OF_DUTIES', '定级决定须由申请人和考生本人以外的另一位认证管理员审批', { rule: 'the approver is neither the requester nor the candidate', requestedBy: d.requested_by });
    }
    if (d.status !== 'pending_approval') throw new AppError('CONFLICT', '该定级决定已处理', { status: d.status });
    return d;
  }
}
