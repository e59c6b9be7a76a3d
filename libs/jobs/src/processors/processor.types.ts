import type { DataSource } from 'typeorm';
import type { JobName, JobPayload } from '@cm/contracts';
import type { JobRef } from '@cm/db';

export interface JobContext<N extends JobName> {
  jobId: string;
  payload: JobPayload<N>;
  ds: DataSource;
  /** 0..100; written to the job row so the UI can show a progress bar. */
  progress(percent: number): Promise<void>;
  /** Delivers a job row this job committed (best effort: the sweep delivers what this misses). */
  deliver(job: JobRef): Promise<void>;
  /** Says the handler recorded the job's outcome itself, in the statement or transaction that
   * did its work (they commit together: a job whose worker dies after the commit is not run
   * again), so the runner must not record it a second time. */
  recorded(): void;
}

export type JobHandler<N extends JobName> = (ctx: JobContext<N>) => Promise<unknown>;

/** A refusal that must not be retried (bad input); the job ends failed with these details. */
export class JobRefusal extends Error {
  constructor(readonly code: string, message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = 'JobRefusal';
  }
}

export type ProcessorRegistry = { [N in JobName]: JobHandler<N> };
