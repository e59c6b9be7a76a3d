import { Worker } from 'bullmq';
import type IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { JobDispatcher } from '@cm/db';
import { QUEUE_NAME } from '@cm/contracts';
import type { ProcessorRegistry } from '../processors/processor.types';
import { runJob, type RunLogger } from './run-job';

/** BullMQ delivers job ids; the row in PostgreSQL says what to do. A retryable failure is
 * thrown back to BullMQ so it retries with backoff; a final one completes the BullMQ job. */
export function startBullmqConsumer(opts: { ds: DataSource; connection: IORedis; prefix: string; concurrency: number; registry: ProcessorRegistry; log: RunLogger; dispatcher?: JobDispatcher; lockSeconds?: number }): Worker {
  const worker = new Worker(
    QUEUE_NAME,
    async (bullJob) => {
      const jobId = (bullJob.data as { jobId?: string }).jobId;
      if (!jobId) return 'skipped';
      let outcome;
      try {
        outcome = await runJob(opts.ds, opts.registry, jobId, opts.log, opts.dispatcher, opts.lockSeconds);
      } catch (err) {
        // The database was unreachable or similar: BullMQ retries; the sweep is the backstop.
        opts.log.error({ jobId, err: (err as Error).message }, 'job delivery failed');
        throw err;
      }
      if (outcome === 'retry') throw new Error(`job ${jobId} will be retried`);
      return outcome;
    },
    { connection: opts.connection, prefix: opts.prefix, concurrency: opts.concurrency, autorun: true },
  );
  worker.on('error', (err) => opts.log.error({ err: err.message }, 'bullmq worker error'));
  return worker;
}
