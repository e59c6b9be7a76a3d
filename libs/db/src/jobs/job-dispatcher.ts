import type { JobRef } from './job-store';

/** Delivers committed job rows to whatever runs them: BullMQ in services mode, the
 * in-process runner in embedded mode. Delivery is at-least-once; processors are idempotent. */
export interface JobDispatcher {
  dispatch(job: JobRef): Promise<void>;
  close(): Promise<void>;
}

export const JOB_DISPATCHER = Symbol('JOB_DISPATCHER');
