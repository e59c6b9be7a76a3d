import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type AppealDto, type Page } from '@cm/contracts';
import { queryRows, recordAudit } from '@cm/db';
import { appealDeadline } from '@cm/domain';
import { issueCertificate } from '../certificates/issue-certificate';
import { type AuthUser, hasRole } from '../common/current-user';
import { type AppealRow, toAppealDto } from './decision.mapper';

/** Appeals: the candidate may appeal a rejection once, within the window of the decision's
 * policy version (default 30 days); an officer who was not involved before (neither the
 * requester nor the one who decided) grants — the level is awarded — or dismisses it. */
@Injectable()
export class AppealsService {
  constructor(private readonly ds: DataSource) {}

  async file(user: AuthUser, decisionId: string, text: string): Promise<AppealDto> {
    return this.ds.transaction(async (m) => {
      const [d] = await queryRows<{ candidate_id: string; status: string; decided_at: Date | null; window_days: number }>(
        m,
        `SELECT d.candidate_id, d.status, d.decided_at, (p.value->>'appealWindowDays')::int AS window_days
         FROM level_decision d JOIN decision_policy p ON p.id = d.policy_id WHERE d.id = $1 FOR UPDATE OF d`,
        [decisionId],
      );
      if (!d || d.candidate_id !== user.id) throw AppError.notFound('定级决定');
      if (d.status !== 'rejected') throw new AppError('CONFLICT', '只能对未获批准的定级决定提出申诉', { status: d.status });
      const deadline = appealDeadline(new Date(d.decided_at!), d.window_days);
      if (Date.now() > deadline.getTime()) {
        throw new AppError('APPEAL_WINDOW_CLOSED', `申诉期已过(决定后 ${d.window_days} 天内)`, { rule: `appeal within ${d.window_days} days of the decision`, decidedAt: new Date(d.decided_at!).toISOString(), deadline: deadline.toISOString(), windowDays: d.window_days });
      }
      const existing = await queryRows<{ id: string }>(m, `SELECT id FROM appeal WHERE decision_id = $1`, [decisionId]);
      if (existing[0]) throw new AppError('CONFLICT', '该定级决定已提出过申诉', { appealId: existing[0].id });
      const [a] = await queryRows<AppealRow>(m, `INSERT INTO appeal (decision_id, candidate_id, text) VALUES ($1, $2, $3) RETURNING *`, [decisionId, user.id, text]);
      await recordAudit(m, { actorId: user.id, action: 'appeal.filed', entityType: 'appeal', entityId: a!.id, data: { decisionId, text } });
      return toAppealDto(a!);
    });
  }

  async decide(actor: AuthUser, id: string, outcome: 'granted' | 'dismissed', reason: string): Promise<AppealDto> {
    return this.ds.transaction(async (m) => {
      const [a] = await queryRows<AppealRow>(m, `SELECT * FROM appeal WHERE id = $1 FOR UPDATE`, [id]);
      if (!a) throw AppError.notFound('申诉');
      const [d] = await queryRows<{ id: string; candidate_id: string; track_id: string; target_level: number; requested_by: string; decided_by: string | null; recommended: boolean; status: string }>(
        m,
        `SELECT id, candidate_id, track_id, target_level, requested_by, decided_by, recommended, status FROM level_decision WHERE id = $1 FOR UPDATE`,
        [a.decision_id],
      );
      const involved = [d!.requested_by, d!.decided_by, d!.candidate_id];
      if (involved.includes(actor.id)) {
        throw new AppError('DECISION_SEPARATION_OF_DUTIES', '申诉须由此前未参与该定级决定的认证管理员处理', { rule: 'the appeal officer was neither the requester, nor the approver/rejecter, nor the candidate' });
      }
      if (a.status !== 'open') throw new AppError('CONFLICT', '该申诉已处理', { status: a.status });
      const [updated] = await queryRows<AppealRow>(m, `UPDATE appeal SET status = $2, decided_by = $3, decided_at = now(), reason = $4 WHERE id = $1 RETURNING *`, [id, outcome, actor.id, reason]);
      let certificateCode: string | null = null;
      if (outcome === 'granted') {
        const other = await queryRows(m, `SELECT 1 FROM level_decision WHERE candidate_id = $1 AND track_id = $2 AND target_level = $3 AND status = 'approved' AND id <> $4
          AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.decision_id = level_decision.id AND c.revoked_at IS NOT NULL)`, [d!.candidate_id, d!.track_id, d!.target_level, d!.id]);
        if (other.length) throw new AppError('CONFLICT', '考生已通过另一项定级决定获得该级别');
        const now = new Date();
        await m.query(
          `UPDATE level_decision SET status = 'approved', decided_by = $2, decided_at = $3, effective_at = $3, appeal_id = $4, override_reason = CASE WHEN recommended THEN NULL ELSE $5 END WHERE id = $1`,
          [d!.id, actor.id, now, id, `申诉成立:${reason}`],
        );
        certificateCode = (await issueCertificate(m, d!, actor.id, now)).code;
      }
      await recordAudit(m, { actorId: actor.id, action: `appeal.${outcome}`, entityType: 'appeal', entityId: id, data: { decisionId: d!.id, candidateId: d!.candidate_id, reason, certificateCode } });
      if (outcome === 'granted') {
        await recordAudit(m, { actorId: actor.id, action: 'level_decision.approved_on_appeal', entityType: 'level_decision', entityId: d!.id, data: { appealId: id, reason, recommended: d!.recommended, certificateCode } });
      }
      return toAppealDto(updated!);
    });
  }

  async list(q: { status?: AppealDto['status']; decisionId?: string; page: number; pageSize: number }): Promise<Page<AppealDto & { candidateName: string; trackId: string; targetLevel: number }>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.status) where.push(`a.status = $${params.push(q.status)}`);
    if (q.decisionId) where.push(`a.decision_id = $${params.push(q.decisionId)}`);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      queryRows<AppealRow & { candidate_name: string; track_id: string; target_level: number }>(
        this.ds,
        `SELECT a.*, u.display_name AS candidate_name, d.track_id, d.target_level FROM appeal a JOIN level_decision d ON d.id = a.decision_id JOIN app_user u ON u.id = a.candidate_id
         ${w} ORDER BY (a.status = 'open') DESC, a.created_at ASC, a.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
        params,
      ),
      queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM appeal a ${w}`, params),
    ]);
    return { items: rows.map((r) => ({ ...toAppealDto(r), candidateName: r.candidate_name, trackId: r.track_id, targetLevel: r.target_level })), total: count[0]?.n ?? 0 };
  }

  async get(user: AuthUser, id: string): Promise<AppealDto> {
    const [a] = await queryRows<AppealRow>(this.ds, `SELECT * FROM appeal WHERE id = $1`, [id]);
    if (!a || (!hasRole(user, 'officer') && a.candidate_id !== user.id)) throw AppError.notFound('申诉');
    return toAppealDto(a);
  }
}
