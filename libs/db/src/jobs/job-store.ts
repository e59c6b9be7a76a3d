import type { DataSource, EntityManager } from 'typeorm';
import { JobEntity } from '../entities';
import { queryRows } from '../sql';

export interface NewJob {
  name: string;
  payload: unknown;
  createdBy?: string | null;
  dedupKey?: string | null;
  runAt?: Date;
  maxAttempts?: number;
}

export interface JobRef {
  id: string;
  name: string;
  runAt: Date;
  /** the queue's delivery id when it must differ from the row id (a re-delivery after a
   * worker died: its old delivery may still sit in the queue, and the same id would be a no-op) */
  deliveryKey?: string;
}

/** Writes the job row inside the caller's transaction (outbox). A job with the same
 * dedupKey is not written twice: the existing row is returned instead. */
export async function insertJob(manager: EntityManager, job: NewJob): Promise<JobRef> {
  const rows: { id: string; name: string; run_at: Date }[] = await manager.query(
    `INSERT INTO job (name, state, payload, created_by, dedup_key, run_at, max_attempts)
     VALUES ($1, 'waiting', $2::jsonb, $3, $4, $5, $6)
     ON CONFLICT (dedup_key) DO NOTHING
     RETURNING id, name, run_at`,
    [job.name, JSON.stringify(job.payload), job.createdBy ?? null, job.dedupKey ?? null, job.runAt ?? new Date(), job.maxAttempts ?? 3],
  );
  if (rows[0]) return { id: rows[0].id, name: rows[0].name, runAt: new Date(rows[0].run_at) };
  const existing = await manager.findOneByOrFail(JobEntity, { dedupKey: job.dedupKey ?? '' });
  return { id: existing.id, name: existing.name, runAt: existing.runAt };
}

/** What a worker needs of a claimed job. */
export interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
}

/** Claims a job for one attempt (one statement). Returns null when it is finished, locked by a
 * live attempt, or gone — the caller then skips it (a duplicate delivery is harmless).
 * The claim commits without waiting for the WAL flush (synchronous_commit off for this one
 * transaction): a claim lost in a database crash only means the job runs again, and the job's
 * own work — grades, submissions — still commits synchronously. */
export async function claimJob(ds: DataSource, id: string, lockSeconds: number): Promise<ClaimedJob | null> {
  const rows = await queryRows<ClaimedJob>(
    ds,
    `UPDATE job SET state = 'active', attempts = job.attempts + 1, locked_until = now() + make_interval(secs => $2), updated_at = now()
     FROM (SELECT set_config('synchronous_commit', 'off', true)) AS relaxed
     WHERE job.id = $1 AND job.state IN ('waiting', 'active') AND (job.locked_until IS NULL OR job.locked_until < now())
     RETURNING job.id, job.name, job.payload, job.attempts`,
    [id, lockSeconds],
  );
  return rows[0] ?? null;
}

export async function setJobProgress(ds: DataSource, id: string, progress: number): Promise<void> {
  await ds.query(`UPDATE job SET progress = $2, updated_at = now() WHERE id = $1 AND state = 'active'`, [id, Math.max(0, Math.min(100, Math.round(progress)))]);
}

export async function completeJob(manager: EntityManager | DataSource, id: string, result: unknown): Promise<void> {
  await manager.query(
    `UPDATE job SET state = 'completed', progress = 100, result = $2::jsonb, error = NULL, locked_until = NULL, finished_at = now(), updated_at = now() WHERE id = $1`,
    [id, JSON.stringify(result ?? null)],
  );
}

/** Records a failed attempt: back to waiting while attempts remain (the queue retries with
 * backoff), else failed for good. `final` forces failure (a business refusal, not a fault). */
export async function failJob(ds: DataSource, id: string, error: { code: string; message: string; details?: unknown }, final: boolean): Promise<'waiting' | 'failed'> {
  const rows = await queryRows<{ state: 'waiting' | 'failed' }>(
    ds,
    `UPDATE job SET state = CASE WHEN $3 OR attempts >= max_attempts THEN 'failed' ELSE 'waiting' END,
       error = $2::jsonb, locked_until = NULL, updated_at = now(),
       finished_at = CASE WHEN $3 OR attempts >= max_attempts THEN now() ELSE NULL END
     WHERE id = $1 RETURNING state`,
    [id, JSON.stringify(error), final],
  );
  return rows[0]?.state ?? 'failed';
}

/** Jobs that should be running but may have lost their delivery: waiting past their time,
 * or active with an expired lock (the worker died). */
export async function findStragglers(ds: DataSource, olderThanSeconds: number, limit = 500): Promise<JobRef[]> {
  const rows: { id: string; name: string; run_at: Date; state: string; attempts: number }[] = await ds.query(
    `SELECT id, name, run_at, state, attempts FROM job
     WHERE (state = 'waiting' AND run_at < now() - make_interval(secs => $1) AND updated_at < now() - make_interval(secs => $1))
        OR (state = 'active' AND locked_until < now())
     ORDER BY run_at LIMIT $2`,
    [olderThanSeconds, limit],
  );
  // An expired claim means its worker died: its delivery may still be "active" in the queue,
  // so the re-delivery gets its own id (claiming keeps the two from both running the job).
  return rows.map((r) => ({ id: r.id, name: r.name, runAt: new Date(r.run_at), ...(r.state === 'active' ? { deliveryKey: `${r.id}-redelivery-${r.attempts}` } : {}) }));
}

/** Due jobs for the in-process runner (embedded mode). */
export async function findDueJobs(ds: DataSource, limit: number): Promise<JobRef[]> {
  const rows: { id: string; name: string; run_at: Date }[] = await ds.query(
    `SELECT id, name, run_at FROM job
     WHERE (state = 'waiting' AND run_at <= now()) OR (state = 'active' AND locked_until < now())
     ORDER BY run_at LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, runAt: new Date(r.run_at) }));
}
