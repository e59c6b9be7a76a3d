import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type JobDto, type JobName, type JobPayload, JOB_PAYLOADS } from '@cm/contracts';
import { insertJob, JOB_DISPATCHER, queryRows, type JobDispatcher, JobEntity, type JobRef } from '@cm/db';
import { type AuthUser, hasRole } from '../common/current-user';

export const toJobDto = (j: JobEntity): JobDto => ({
  id: j.id, name: j.name, state: j.state, progress: j.progress,
  ...(j.result !== null && j.result !== undefined ? { result: j.result } : {}),
  ...(j.error ? { error: j.error } : {}),
  createdAt: new Date(j.createdAt).toISOString(), updatedAt: new Date(j.updatedAt).toISOString(),
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

  async list(state: string | undefined, page: number, pageSize: number) {
    const [rows, total] = await this.ds.getRepository(JobEntity).findAndCount({
      where: state ? { state: state as JobEntity['state'] } : {},
      order: { updatedAt: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toJobDto), total };
  }

  async retry(id: string): Promise<JobDto> {
    const rows = await queryRows<{ id: string }>(
      this.ds,
      `UPDATE job SET state = 'waiting', attempts = 0, error = NULL, progress = 0, run_at = now(), finished_at = NULL, updated_at = now()
       WHERE id = $1 AND state = 'failed' RETURNING id`,
      [id],
    );
    if (!rows[0]) {
      const exists = await this.ds.getRepository(JobEntity).existsBy({ id });
      if (!exists) throw AppError.notFound('任务');
      throw new AppError('CONFLICT', '只有失败的任务可以重试');
    }
    const job = await this.ds.getRepository(JobEntity).findOneByOrFail({ id });
    await this.deliver({ id: job.id, name: job.name, runAt: job.runAt });
    return toJobDto(job);
  }
}
