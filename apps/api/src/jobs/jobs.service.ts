import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type AdminJobDto, AppError, type JobDto, type JobName, type JobPayload, JOB_PAYLOADS } from '@cm/contracts';
import { type AdminJobRow, insertJob, JOB_DISPATCHER, listJobsForAdmin, recordAudit, requeueFailedJob, type JobDispatcher, JobEntity, type JobRef } from '@cm/db';
import { type AuthUser, hasRole } from '../common/current-user';

export const toJobDto = (j: JobEntity): JobDto => ({
  id: j.id, name: j.name, state: j.state, progress: j.progress,
  ...(j.result !== null && j.result !== undefined ? { result: j.result } : {}),
  ...(j.error ? { error: j.error } : {}),
  createdAt: new Date(j.createdAt).toISOString(), updatedAt: new Date(j.updatedAt).toISOString(),
});

const iso = (d: Date | string) => new Date(d).toISOString();

const toAdminJobDto = (j: AdminJobRow): AdminJobDto => ({
  id: j.id, name: j.name, state: j.state, progress: j.progress,
  ...(j.result !== null && j.result !== undefined ? { result: j.result } : {}),
  ...(j.error ? { error: j.error } : {}),
  createdAt: iso(j.created_at), updatedAt: iso(j.updated_at),
  attempts: j.attempts, maxAttempts: j.max_attempts, runAt: iso(j.run_at), finishedAt: j.finished_at ? iso(j.finished_at) : null,
  createdBy: j.created_by, createdByName: j.created_by_name,
});

/** Outbox: a job row is written in the caller's transaction; delivery happens after commit.
 * If delivery fails (Redis down) the row stays waiting and the sweep delivers it later. */
@Injectable()
export class JobsService {
  constructor(
    private readonly ds: DataSource,
    @Inject(JOB_DISPATCHER) private readonly dispatcher: JobDispatcher,
  ) {}

  async create<N extends JobName>(m: EntityManager, name: N, payload: JobPayload<N>, opts: { createdBy?: string; dedupKey?: string; runAt?: Date } = {}): Promise<JobRef> {
    JOB_PAYLOADS[name].parse(payload);
    return insertJob(m, { name, payload, createdBy: opts.createdBy ?? null, dedupKey: opts.dedupKey ?? null, runAt: opts.runAt });
  }

  async deliver(job: JobRef): Promise<void> {
    try {
      await this.dispatcher.dispatch(job);
    } catch {
      // The row is committed; the sweep re-delivers it.
    }
  }

  async get(user: AuthUser, id: string): Promise<JobDto> {
    const job = await this.ds.getRepository(JobEntity).findOneBy({ id });
    // Jobs are visible to whoever started them and to admins; others get 404.
    if (!job || (job.createdBy !== user.id && !hasRole(user, 'admin'))) throw AppError.notFound('任务');
    return toJobDto(job);
  }

  /** Admins: every job, e.g. the failed set with its error and attempts. */
  async list(filter: { state?: string; name?: string }, page: number, pageSize: number): Promise<{ items: AdminJobDto[]; total: number }> {
    const { rows, total } = await listJobsForAdmin(this.ds, filter, page, pageSize);
    return { items: rows.map(toAdminJobDto), total };
  }

  /** Puts a failed job back through the outbox: the row is reset and the retry audited in one
   * transaction, then delivered (or picked up by the sweep if delivery fails). */
  async retry(actor: AuthUser, id: string): Promise<JobDto> {
    const requeued = await this.ds.transaction(async (m) => {
      const r = await requeueFailedJob(m, id);
      if (!r) return null;
      await recordAudit(m, { actorId: actor.id, action: 'job.retried', entityType: 'job', entityId: id, data: { name: r.ref.name, previousAttempts: r.previous.attempts, previousError: r.previous.error } });
      return r;
    });
    if (!requeued) {
      const exists = await this.ds.getRepository(JobEntity).existsBy({ id });
      if (!exists) throw AppError.notFound('任务');
      throw new AppError('CONFLICT', '只有失败的任务可以重试');
    }
    await this.deliver(requeued.ref);
    return toJobDto(await this.ds.getRepository(JobEntity).findOneByOrFail({ id }));
  }
}
