import { Worker } from 'bullmq';
import type IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { JobDispatcher } from '@cm/db';
import { GRADING_QUEUE_NAME, QUEUE_NAME } from '@cm/contracts';
import type { ProcessorRegistry } from '../processors/processor.types';
import { GradingBatcher } from './grading-batch';
import { DEFAULT_LOCK_SECONDS, runJob, type RunLogger } from './run-job';

export interface BullmqConsumerOptions {
  ds: DataSource;
  connection: IORedis;
  prefix: string;
  /** deliveries of the general queue run at once */
  concurrency: number;
  /** deliveries of the grading queue held at once (graded in batches); default 32 */
  gradingConcurrency?: number;
  registry: ProcessorRegistry;
  log: RunLogger;
  dispatcher?: JobDispatcher;
  lockSeconds?: number;
}

export interface BullmqConsumer {
  /** Stops taking deliveries and waits for the running ones (graceful shutdown). */
  close(): Promise<void>;
}

/** Grading batches written at the same time (each on a connection of the batcher's own): while one
 * commits, others are read and scored. Three measured best at concurrency 4 and as good at 32. */
const GRADING_BATCHES_IN_FLIGHT = 3;

/** BullMQ delivers job ids; the row in PostgreSQL says what to do. A retryable failure is
 * thrown back to BullMQ so it retries with backoff; a final one completes the BullMQ job.
 * Two workers: the general queue runs each job alone; the grading queue grades the
 * deliveries it holds at the same time together (GradingBatcher). A grading job found on the
 * general queue (delivered before the queues were split) still runs, alone. */
export function startBullmqConsumer(opts: BullmqConsumerOptions): BullmqConsumer {
  const deliver = (run: (jobId: string) => Promise<string>) => async (bullJob: { data: unknown }) => {
    const jobId = (bullJob.data as { jobId?: string }).jobId;
    if (!jobId) return 'skipped';
    let outcome;
    try {
      outcome = await run(jobId);
    } catch (err) {
      // The database was unreachable or similar: BullMQ retries; the sweep is the backstop.
      opts.log.error({ jobId, err: (err as Error).message }, 'job delivery failed');
      throw err;
    }
    if (outcome === 'retry') throw new Error(`job ${jobId} will be retried`);
    return outcome;
  };
  const alone = (jobId: string) => runJob(opts.ds, opts.registry, jobId, opts.log, opts.dispatcher, opts.lockSeconds);
  const gradingConcurrency = opts.gradingConcurrency ?? 32;
  const lockMs = (opts.lockSeconds ?? DEFAULT_LOCK_SECONDS) * 1000;
  const batcher = new GradingBatcher({ ds: opts.ds, registry: opts.registry, log: opts.log, dispatcher: opts.dispatcher, lockSeconds: opts.lockSeconds, maxBatch: gradingConcurrency, maxInFlight: GRADING_BATCHES_IN_FLIGHT });
  const workers = [
    new Worker(QUEUE_NAME, deliver(alone), { connection: opts.connection, prefix: opts.prefix, concurrency: opts.concurrency, autorun: true }),
    // A grading batch claims its jobs only in the statement that writes its grades, so the jobs
    // a killed worker held are still waiting in PostgreSQL but active in BullMQ: BullMQ's own
    // stalled-job check hands them out again, after the same lock time as a claimed job's.
    new Worker(GRADING_QUEUE_NAME, deliver((jobId) => batcher.run(jobId)), {
      connection: opts.connection, prefix: opts.prefix, concurrency: gradingConcurrency, autorun: true,
      lockDuration: lockMs, stalledInterval: lockMs,
    }),
  ];
  for (const w of workers) w.on('error', (err) => opts.log.error({ err: err.message }, 'bullmq worker error'));
  return {
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
      await batcher.close();
    },
  };
}
