import type { DataSource } from 'typeorm';
import { findStragglers, type JobDispatcher } from '@cm/db';
import type { RunLogger } from './run-job';

/** Re-delivers jobs whose delivery was lost (enqueue after commit failed, Redis restarted,
 * a worker died holding the lock). Safe to run in every worker: delivery is de-duplicated by
 * job id and claiming is atomic. */
export function startSweep(ds: DataSource, dispatcher: JobDispatcher, intervalSeconds: number, log: RunLogger): () => void {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const stragglers = await findStragglers(ds, intervalSeconds);
      for (const j of stragglers) await dispatcher.dispatch(j);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'sweep failed');
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
