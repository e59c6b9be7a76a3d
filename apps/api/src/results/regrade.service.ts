import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@cm/contracts';
import { affectedAttempts, correctedVersions, finaliseAttempt, planAttemptRegrade, queryRows, recordAudit } from '@cm/db';
import type { AuthUser } from '../common/current-user';
import { JobsService } from '../jobs/jobs.service';

interface RegradeRow {
  id: string;
  session_id: string;
  status: 'previewing' | 'ready' | 'applied' | 'cancelled' | 'failed';
  version_map: Record<string, string>;
  changes: { attemptId: string; oldScore: number | null; newScore: number; oldPassed: boolean | null; newPassed: boolean | null }[] | null;
  job_id: string | null;
  requested_by: string;
  applied_by: string | null;
  created_at: Date;
  applied_at: Date | null;
}

/** Regrade after a key correction: a job previews the score and pass/fail changes, an officer
 * confirms, and the change is applied in one transaction with an audit event per attempt. */
@Injectable()
export class RegradeService {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async request(actor: AuthUser, sessionId: string, questionIds?: string[]) {
    const { id, job } = await this.ds.transaction(async (m) => {
      if (!(await queryRows(m, `SELECT 1 FROM exam_session WHERE id = $1 FOR UPDATE`, [sessionId])).length) throw AppError.notFound('考试场次');
      const versionMap = await correctedVersions(m, sessionId, questionIds);
      const attempts = await affectedAttempts(m, sessionId, versionMap);
      if (attempts.length === 0) throw new AppError('REGRADE_NOTHING_TO_DO', '没有需要重新评分的答卷：本场次试题的答案没有更正过的新版本');
      const [row] = await queryRows<{ id: string }>(m, `INSERT INTO regrade (session_id, version_map, requested_by) VALUES ($1, $2::jsonb, $3) RETURNING id`, [sessionId, JSON.stringify(versionMap), actor.id]);
      const job = await this.jobs.create(m, 'regrade-preview', { regradeId: row!.id }, { createdBy: actor.id });
      await m.query(`UPDATE regrade SET job_id = $2 WHERE id = $1`, [row!.id, job.id]);
      await recordAudit(m, { actorId: actor.id, action: 'regrade.requested', entityType: 'exam_session', entityId: sessionId, data: { regradeId: row!.id, versions: versionMap, attempts: attempts.length } });
      return { id: row!.id, job };
    });
    await this.jobs.deliver(job);
    return { id, jobId: job.id };
  }

  async list(sessionId: string) {
    const rows = await queryRows<RegradeRow>(this.ds, `SELECT * FROM regrade WHERE session_id = $1 ORDER BY created_at DESC`, [sessionId]);
    return { items: rows.map((r) => this.toDto(r)), total: rows.length };
  }

  async get(id: string) {
    const [r] = await queryRows<RegradeRow>(this.ds, `SELECT * FROM regrade WHERE id = $1`, [id]);
    if (!r) throw AppError.notFound('重新评分');
    const versions = await queryRows<{ id: string; version: number; stem: string; question_id: string }>(
      this.ds,
      `SELECT id, version, left(stem, 200) AS stem, question_id FROM question_version WHERE id = ANY($1::uuid[])`,
      [[...Object.keys(r.version_map), ...Object.values(r.version_map)]],
    );
    const v = new Map(versions.map((x) => [x.id, x]));
    return {
      ...this.toDto(r),
      corrections: Object.entries(r.version_map).map(([from, to]) => ({ questionId: v.get(from)?.question_id, stem: v.get(to)?.stem ?? '', fromVersion: v.get(from)?.version, toVersion: v.get(to)?.version })),
    };
  }

  /** Applies the previewed regrade; if any attempt would now change differently from the
   * preview (marked or regraded since), nothing is written and a new preview is needed. */
  async confirm(actor: AuthUser, id: string) {
    return this.ds.transaction(async (m) => {
      const [r] = await queryRows<RegradeRow>(m, `SELECT * FROM regrade WHERE id = $1 FOR UPDATE`, [id]);
      if (!r) throw AppError.notFound('重新评分');
      if (r.status !== 'ready') throw new AppError('REGRADE_NOT_READY', r.status === 'previewing' ? '预览尚未完成' : '该重新评分已处理', { status: r.status });
      const previewed = new Map((r.changes ?? []).map((c) => [c.attemptId, c]));
      const attempts = await affectedAttempts(m, r.session_id, r.version_map);
      if (attempts.length > 0) await m.query(`SELECT id FROM attempt WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [attempts]);
      // Plan every attempt before anything changes (the plans read the papers' versions).
      const plans = [];
      for (const attemptId of attempts) {
        const plan = await planAttemptRegrade(m, attemptId, r.version_map);
        const seen = previewed.get(attemptId);
        if (!seen || seen.newScore !== plan.newScore || seen.oldScore !== plan.oldScore) {
          throw new AppError('REGRADE_STALE', '答卷在预览后发生了变化，请重新预览', { attemptId });
        }
        plans.push(plan);
      }
      // Every paper of the session now points at the corrected versions, so a paper graded
      // later (or a grading job run again) uses the corrected key too.
      await m.query(
        `UPDATE exam_form f SET items = (SELECT jsonb_agg(CASE WHEN $2::jsonb ? (fi->>'versionId') THEN jsonb_set(fi, '{versionId}', to_jsonb($2::jsonb->>(fi->>'versionId'))) ELSE fi END ORDER BY ord)
           FROM jsonb_array_elements(f.items) WITH ORDINALITY AS x(fi, ord))
         WHERE f.session_id = $1`,
        [r.session_id, JSON.stringify(r.version_map)],
      );
      let changed = 0;
      for (const plan of plans) {
        for (const it of plan.items) {
          // Objective points live on the attempt; the item's version is its paper's, updated above.
          await m.query(`UPDATE attempt SET objective_scores = objective_scores || jsonb_build_object($2::text, $3::int) WHERE id = $1`, [plan.attemptId, it.itemId, it.newCents]);
        }
        await finaliseAttempt(m, plan.attemptId, actor.id, 'regraded');
        await recordAudit(m, { actorId: actor.id, action: 'attempt.regraded', entityType: 'attempt', entityId: plan.attemptId, data: { regradeId: id, oldScore: plan.oldScore, newScore: plan.newScore, oldPassed: plan.oldPassed, newPassed: plan.newPassed } });
        if (plan.oldScore !== plan.newScore) changed += 1;
      }
      await m.query(`UPDATE regrade SET status = 'applied', applied_by = $2, applied_at = now() WHERE id = $1`, [id, actor.id]);
      await recordAudit(m, { actorId: actor.id, action: 'regrade.applied', entityType: 'exam_session', entityId: r.session_id, data: { regradeId: id, attempts: attempts.length, scoreChanges: changed } });
      return { id, status: 'applied' as const, attempts: attempts.length, scoreChanges: changed };
    });
  }

  async cancel(actor: AuthUser, id: string) {
    return this.ds.transaction(async (m) => {
      const [r] = await queryRows<{ status: string; session_id: string }>(m, `SELECT status, session_id FROM regrade WHERE id = $1 FOR UPDATE`, [id]);
      if (!r) throw AppError.notFound('重新评分');
      if (r.status === 'applied' || r.status === 'cancelled') throw new AppError('REGRADE_NOT_READY', '该重新评分已处理', { status: r.status });
      await m.query(`UPDATE regrade SET status = 'cancelled' WHERE id = $1`, [id]);
      await recordAudit(m, { actorId: actor.id, action: 'regrade.cancelled', entityType: 'exam_session', entityId: r.session_id, data: { regradeId: id } });
      return { id, status: 'cancelled' as const };
    });
  }

  private toDto(r: RegradeRow) {
    return {
      id: r.id,
      sessionId: r.session_id,
      status: r.status,
      jobId: r.job_id,
      createdAt: new Date(r.created_at).toISOString(),
      appliedAt: r.applied_at ? new Date(r.applied_at).toISOString() : null,
      changes: r.changes ?? [],
    };
  }
}
