import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../sql';
import type { JobRef } from './job-store';

export interface AdminJobRow {
  id: string;
  name: string;
  state: 'waiting' | 'active' | 'completed' | 'failed';
  progress: number;
  result: unknown;
  error: { code: string; message: string; details?: Record<string, unknown> } | null;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  finished_at: Date | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Jobs for the admins' list (e.g. the failed set), newest change first, with who started them. */
export async function listJobsForAdmin(db: DataSource | EntityManager, filter: { state?: string; name?: string }, page: number, pageSize: number): Promise<{ rows: AdminJobRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.state) where.push(`j.state = $${params.push(filter.state)}`);
  if (filter.name) where.push(`j.name = $${params.push(filter.name)}`);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ total }] = await queryRows<{ total: number }>(db, `SELECT count(*)::int AS total FROM job j ${clause}`, params);
  const rows = await queryRows<AdminJobRow>(
    db,
    `SELECT j.id, j.name, j.state, j.progress, j.result, j.error, j.attempts, j.max_attempts, j.run_at, j.finished_at, j.created_by,
       u.display_name AS created_by_name, j.created_at, j.updated_at
     FROM job j LEFT JOIN app_user u ON u.id = j.created_by ${clause}
     ORDER BY j.updated_at DESC, j.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return { rows, total: total ?? 0 };
}

/** Puts a failed job back to waiting with a fresh budget of attempts (inside the caller's
 * transaction, with its audit event); deliver the returned ref after commit. Null when the job
 * is not failed (any more). Returns what it was before, for the audit. */
export async function requeueFailedJob(m: EntityManager, id: string): Promise<{ ref: JobRef; previous: { attempts: number; error: unknown } } | null> {
  const rows = await queryRows<{ id: string; name: string; run_at: Date; attempts: number; error: unknown }>(
    m,
    `UPDATE job j SET state = 'waiting', attempts = 0, error = NULL, progress = 0, locked_until = NULL, run_at = now(), finished_at = NULL, updated_at = now()
     FROM (SELECT id, attempts, error FROM job WHERE id = $1 AND state = 'failed' FOR UPDATE) old
     WHERE j.id = old.id
     RETURNING j.id, j.name, j.run_at, old.attempts, old.error`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return { ref: { id: r.id, name: r.name, runAt: new Date(r.run_at) }, previous: { attempts: r.attempts, error: r.error } };
}
