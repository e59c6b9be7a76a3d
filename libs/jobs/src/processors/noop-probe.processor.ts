import type { JobHandler } from './processor.types';

/** Used by readiness checks and queue benchmarks: proves a job travels end to end. */
export const noopProbe: JobHandler<'noop-probe'> = async ({ payload }) => ({ echoed: payload.note });
