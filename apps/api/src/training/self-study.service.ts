import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type Page, type SelfStudyDto } from '@cm/contracts';
import { queryRows, recordAudit } from '@cm/db';
import { type AuthUser, hasRole } from '../common/current-user';
import { dateOnly, iso } from './training-context';

interface ClaimRow {
  id: string;
  candidate_id: string;
  candidate_name: string;
  track_id: string;
  level: number;
  hours: string;
  title: string;
  studied_on: string | Date;
  note: string | null;
  status: SelfStudyDto['status'];
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  created_at: Date;
}

const toDto = (r: ClaimRow): SelfStudyDto => ({
  id: r.id, candidateId: r.candidate_id, candidateName: r.candidate_name, trackId: r.track_id, level: r.level, hours: Number(r.hours), title: r.title,
  studiedOn: dateOnly(r.studied_on), note: r.note, status: r.status, decidedBy: r.decided_by, decidedAt: iso(r.decided_at), decisionReason: r.decision_reason, createdAt: iso(r.created_at)!,
});
const CLAIM_SELECT = `SELECT s.*, u.display_name AS candidate_name FROM self_study_claim s JOIN app_user u ON u.id = s.candidate_id`;

/** 自学学时: the candidate reports self-study, a trainer (or officer) confirms it; only a
 * confirmed claim becomes a training record, so only confirmed hours count for eligibility. */
@Injectable()
export class SelfStudyService {
  constructor(private readonly ds: DataSource) {}

  async submit(user: AuthUser, input: { trackId: string; level: number; hours: number; title: string; studiedOn: string; note?: string }): Promise<SelfStudyDto> {
    if (input.studiedOn > new Date().toISOString().slice(0, 10)) throw AppError.validation([{ path: 'studiedOn', code: 'IN_FUTURE', message: '学习日期不能晚于今天' }]);
    if (!(await queryRows(this.ds, `SELECT 1 FROM track WHERE id = $1`, [input.trackId])).length) throw AppError.validation([{ path: 'trackId', code: 'UNKNOWN_TRACK', message: '岗位序列不存在' }]);
    const [row] = await queryRows<{ id: string }>(
      this.ds,
      `INSERT INTO self_study_claim (candidate_id, track_id, level, hours, title, studied_on, note) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [user.id, input.trackId, input.level, input.hours, input.title, input.studiedOn, input.note ?? null],
    );
    return this.load(row!.id);
  }

  /** Trainers and officers see every claim; a candidate only their own. */
  async list(user: AuthUser, q: { page: number; pageSize: number; status?: string; candidateId?: string }): Promise<Page<SelfStudyDto>> {
    const candidateId = hasRole(user, 'trainer', 'officer') ? (q.candidateId ?? null) : user.id;
    const where = `($1::uuid IS NULL OR s.candidate_id = $1) AND ($2::text IS NULL OR s.status = $2)`;
    const rows = await queryRows<ClaimRow>(this.ds, `${CLAIM_SELECT} WHERE ${where} ORDER BY s.created_at DESC LIMIT $3 OFFSET $4`, [candidateId, q.status ?? null, q.pageSize, (q.page - 1) * q.pageSize]);
    const [{ n }] = await queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n FROM self_study_claim s WHERE ${where}`, [candidateId, q.status ?? null]);
    return { items: rows.map(toDto), total: n };
  }

  async confirm(actor: AuthUser, id: string): Promise<SelfStudyDto> {
    await this.ds.transaction(async (m) => {
      const claim = await this.pending(m, actor, id);
      const [record] = await queryRows<{ id: string }>(
        m,
        `INSERT INTO training_record (candidate_id, track_id, level, hours, title, completed_at, recorded_by, source, self_study_id)
         VALUES ($1, $2, $3, $4, $5, $6::date::timestamptz, $7, 'self_study', $8) RETURNING id`,
        [claim.candidate_id, claim.track_id, claim.level, claim.hours, `自学:${claim.title}`, dateOnly(claim.studied_on), actor.id, id],
      );
      await m.query(`UPDATE self_study_claim SET status = 'confirmed', decided_by = $2, decided_at = now() WHERE id = $1`, [id, actor.id]);
      await recordAudit(m, { actorId: actor.id, action: 'self_study.confirmed', entityType: 'self_study_claim', entityId: id, data: { candidateId: claim.candidate_id, hours: Number(claim.hours), trainingRecordId: record!.id } });
    });
    return this.load(id);
  }

  async reject(actor: AuthUser, id: string, reason: string): Promise<SelfStudyDto> {
    await this.ds.transaction(async (m) => {
      const claim = await this.pending(m, actor, id);
      await m.query(`UPDATE self_study_claim SET status = 'rejected', decided_by = $2, decided_at = now(), decision_reason = $3 WHERE id = $1`, [id, actor.id, reason]);
      await recordAudit(m, { actorId: actor.id, action: 'self_study.rejected', entityType: 'self_study_claim', entityId: id, data: { candidateId: claim.candidate_id, reason } });
    });
    return this.load(id);
  }

  /** A pending claim, locked; nobody confirms their own. */
  private async pending(m: EntityManager, actor: AuthUser, id: string): Promise<ClaimRow> {
    const [claim] = await queryRows<ClaimRow>(m, `SELECT s.*, '' AS candidate_name FROM self_study_claim s WHERE s.id = $1 FOR UPDATE`, [id]);
    if (!claim) throw AppError.notFound('自学记录');
    if (claim.candidate_id === actor.id) throw AppError.forbidden('不能确认自己的自学学时');
    if (claim.status !== 'pending') throw new AppError('CONFLICT', claim.status === 'confirmed' ? '该自学记录已确认' : '该自学记录已退回', { status: claim.status });
    return claim;
  }

  private async load(id: string): Promise<SelfStudyDto> {
    const [row] = await queryRows<ClaimRow>(this.ds, `${CLAIM_SELECT} WHERE s.id = $1`, [id]);
    if (!row) throw AppError.notFound('自学记录');
    return toDto(row);
  }
}
