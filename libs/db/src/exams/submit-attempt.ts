import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/record-audit';
import { insertJob, type JobRef } from '../jobs/job-store';
import { queryRows } from '../sql';

export type SubmitOutcome = 'submitted' | 'already_submitted' | 'not_due' | 'missing';

export interface SubmitResult {
  outcome: SubmitOutcome;
  /** the grading job written with the submission (deliver it after commit) */
  gradeJob?: JobRef;
}

/** Commits an attempt as submitted. The row lock serialises it against autosaves, so the
 * final answers are exactly the last acknowledged ones. A server submission happens only
 * after deadline + grace. */
export async function submitAttempt(m: EntityManager, attemptId: string, by: 'candidate' | 'server', actorId: string | null): Promise<SubmitResult> {
  const rows = await queryRows<{ status: string; due: boolean }>(
    m,
    `SELECT a.status, now() >= a.deadline + make_interval(secs => s.grace_seconds) AS due
     FROM attempt a JOIN exam_session s ON s.id = a.session_id WHERE a.id = $1 FOR UPDATE OF a`,
    [attemptId],
  );
  const a = rows[0];
  if (!a) return { outcome: 'missing' };
  if (a.status !== 'in_progress') return { outcome: 'already_submitted' };
  if (by === 'server' && !a.due) return { outcome: 'not_due' };
  await m.query(`UPDATE attempt SET status = 'submitted', submitted_at = now(), submitted_by = $2 WHERE id = $1`, [attemptId, by]);
  await recordAudit(m, { actorId, action: by === 'server' ? 'attempt.auto_submitted' : 'attempt.submitted', entityType: 'attempt', entityId: attemptId });
  // State first, then the job row in the same transaction: exactly one grading job per attempt.
  const gradeJob = await insertJob(m, { name: 'grade-attempt', payload: { attemptId }, dedupKey: `grade:${attemptId}`, maxAttempts: 5 });
  return { outcome: 'submitted', gradeJob };
}

/** Attempts whose deadline + grace has passed while still in progress (the candidate left). */
export async function overdueAttempts(db: DataSource | EntityManager, limit = 500): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    `SELECT a.id FROM attempt a JOIN exam_session s ON s.id = a.session_id
     WHERE a.status = 'in_progress' AND a.deadline + make_interval(secs => s.grace_seconds) <= now() ORDER BY a.deadline LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.id);
}
