import type { DataSource } from 'typeorm';
import { JOB_PAYLOADS, type JobName } from '@cm/contracts';
import { claimJob, completeJob, failJob, type JobDispatcher } from '@cm/db';
import { progressReporter } from './progress-reporter';
import { JobRefusal, type JobContext, type JobHandler, type ProcessorRegistry } from '../processors/processor.types';

export type RunOutcome = 'completed' | 'failed' | 'retry' | 'skipped';

export interface RunLogger {
  error(obj: Record<string, unknown>, msg: string): void;
}

/** How long a claim holds without a heartbeat: a worker killed mid-job frees its jobs this
 * long after its last heartbeat (the sweep then re-delivers them). */
export const DEFAULT_LOCK_SECONDS = 60;

/** Keeps the claim alive while the handler runs (a third of the lock, so two beats may be
 * late). Fire-and-forget: with the single-session embedded database a beat just waits for the
 * handler's transaction instead of blocking it. */
function heartbeat(ds: DataSource, jobId: string, lockSeconds: number, log: RunLogger): () => void {
  const timer = setInterval(() => {
    ds.query(`UPDATE job SET locked_until = now() + make_interval(secs => $2) WHERE id = $1 AND state = 'active'`, [jobId, lockSeconds]).catch((err: unknown) =>
      log.error({ jobId, err: (err as Error).message }, 'job heartbeat failed'),
    );
  }, Math.max(1000, (lockSeconds * 1000) / 3));
  timer.unref();
  return () => clearInterval(timer);
}

/** Runs one delivery of a job row: claim → validate payload → handler → record outcome.
 * A job that vanished or already finished is skipped, so duplicate deliveries are harmless. */
export async function runJob(ds: DataSource, registry: ProcessorRegistry, jobId: string, log: RunLogger, dispatcher?: JobDispatcher, lockSeconds = DEFAULT_LOCK_SECONDS): Promise<RunOutcome> {
  const job = await claimJob(ds, jobId, lockSeconds);
  if (!job) return 'skipped';
  const name = job.name as JobName;
  const schema = JOB_PAYLOADS[name];
  if (!schema) {
    await failJob(ds, job.id, { code: 'UNKNOWN_JOB', message: `未知任务类型 ${job.name}` }, true);
    return 'failed';
  }
  const parsed = schema.safeParse(job.payload);
  if (!parsed.success) {
    await failJob(ds, job.id, { code: 'INVALID_PAYLOAD', message: '任务参数无效', details: { issues: parsed.error.issues.map((i) => i.message) } }, true);
    return 'failed';
  }
  const deliver = async (ref: Parameters<JobDispatcher['dispatch']>[0]) => {
    await dispatcher?.dispatch(ref).catch(() => undefined);
  };
  const progress = progressReporter(ds, job.id, (err) => log.error({ jobId: job.id, err: (err as Error).message }, 'progress write failed'));
  let recorded = false;
  const ctx: JobContext<JobName> = { jobId: job.id, payload: parsed.data as never, ds, progress: (p) => progress.report(p), deliver, recorded: () => void (recorded = true) };
  const stopHeartbeat = heartbeat(ds, job.id, lockSeconds, log);
  try {
    const result = await (registry[name] as JobHandler<JobName>)(ctx).finally(stopHeartbeat);
    await progress.drain();
    // A handler that recorded the outcome with its own (committed) work is done.
    if (!recorded) await completeJob(ds, job.id, result ?? null);
    return 'completed';
  } catch (err) {
    await progress.drain();
    if (err instanceof JobRefusal) {
      await failJob(ds, job.id, { code: err.code, message: err.message, details: err.details }, true);
      return 'failed';
    }
    log.error({ jobId: job.id, job: job.name, err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err) }, 'job attempt failed');
    const state = await failJob(ds, job.id, { code: 'JOB_ERROR', message: err instanceof Error ? err.message : String(err) }, false);
    return state === 'waiting' ? 'retry' : 'failed';
  }
}
