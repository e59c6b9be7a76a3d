import type { DataSource } from 'typeorm';
import { type JobDispatcher, overdueAttempts, submitAttempt } from '@cm/db';
import type { RunLogger } from './run-job';

/** Backstop for the delayed auto-submit jobs: submits every attempt past deadline + grace
 * (e.g. when Redis lost the delayed job). Safe in every worker: submission locks the row. */
export function startOverdueSweep(ds: DataSource, dispatcher: JobDispatcher, intervalSeconds: number, log: RunLogger): () => void {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const id of await overdueAttempts(ds)) {
        const { gradeJob } = await ds.transaction((m) => submitAttempt(m, id, 'server', null));
        if (gradeJob) await dispatcher.dispatch(gradeJob).catch(() => undefined); // the job sweep retries delivery
      }
    } catch (err) {
      log.error({ err: (err as Error).message }, 'overdue sweep failed');
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
