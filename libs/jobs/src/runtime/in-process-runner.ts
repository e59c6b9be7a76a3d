import type { DataSource } from 'typeorm';
import { findDueJobs, type JobDispatcher, type JobRef } from '@cm/db';
import type { ProcessorRegistry } from '../processors/processor.types';
import { runJob, type RunLogger } from './run-job';

/** Embedded mode's queue: runs the same processors on the same job rows inside the process.
 * Delayed jobs wait for their run_at; a poll picks up anything due (retries included). */
export class InProcessRunner implements JobDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private readonly running = new Set<Promise<unknown>>();
  private readonly inFlight = new Set<string>();
  private closed = false;
  private readonly stopHooks: (() => void)[] = [];

  constructor(
    private readonly ds: DataSource,
    private readonly registry: ProcessorRegistry,
    private readonly log: RunLogger,
    private readonly opts: { concurrency: number; pollMs: number; retryDelayMs: number; lockSeconds?: number } = { concurrency: 2, pollMs: 1000, retryDelayMs: 2000 },
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.poll(), this.opts.pollMs);
    this.timer.unref();
  }

  async dispatch(job: JobRef): Promise<void> {
    const delay = job.runAt.getTime() - Date.now();
    if (delay > 0) return; // the poll picks it up when due
    this.launch(job.id);
  }

  private async poll(): Promise<void> {
    if (this.closed) return;
    const free = this.opts.concurrency - this.inFlight.size;
    if (free <= 0) return;
    try {
      const due = await findDueJobs(this.ds, free + this.inFlight.size);
      for (const j of due) if (this.inFlight.size < this.opts.concurrency) this.launch(j.id);
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'in-process runner poll failed');
    }
  }

  private launch(id: string): void {
    if (this.closed || this.inFlight.has(id)) return;
    this.inFlight.add(id);
    const p = runJob(this.ds, this.registry, id, this.log, this, this.opts.lockSeconds)
      .then(async (outcome) => {
        if (outcome === 'retry') await this.ds.query(`UPDATE job SET run_at = now() + make_interval(secs => $2) WHERE id = $1`, [id, this.opts.retryDelayMs / 1000]);
      })
      .catch((err: unknown) => this.log.error({ jobId: id, err: (err as Error).message }, 'in-process job crashed'))
      .finally(() => {
        this.inFlight.delete(id);
        this.running.delete(p);
      });
    this.running.add(p);
  }

  async ping(): Promise<boolean> {
    return !this.closed;
  }

  /** Stops taking work and waits for running jobs (graceful shutdown). */
  /** Stops something that lives as long as the runner (e.g. the overdue sweep) when it closes. */
  onClose(stop: () => void): void {
    this.stopHooks.push(stop);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const stop of this.stopHooks.splice(0)) stop();
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.running]);
  }
}
