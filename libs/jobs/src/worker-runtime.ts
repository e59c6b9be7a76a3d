import type { DataSource } from 'typeorm';
import type { AppConfig } from '@cm/contracts';
import { BullmqDispatcher, createRedisConnection } from '@cm/db';
import { assertRegistryComplete, PROCESSORS } from './processors/registry';
import { startBullmqConsumer } from './runtime/bullmq-consumer';
import { InProcessRunner } from './runtime/in-process-runner';
import { jsonLogger } from './runtime/json-log';
import { startOverdueSweep } from './runtime/overdue-sweep';
import { startSweep } from './runtime/sweep';

export interface RunningWorker {
  /** Stops taking jobs and waits for the running ones (or hands them back) — graceful shutdown. */
  close(): Promise<void>;
}

const log = jsonLogger('worker');

/** Services mode: BullMQ consumer + sweep against Redis. */
export function startQueueWorker(config: AppConfig, ds: DataSource): RunningWorker {
  assertRegistryComplete();
  if (!config.redisUrl) throw new Error('REDIS_URL is required for the queue worker');
  const connection = createRedisConnection(config.redisUrl);
  const producer = createRedisConnection(config.redisUrl);
  const dispatcher = new BullmqDispatcher(producer, config.queuePrefix);
  const worker = startBullmqConsumer({ ds, connection, prefix: config.queuePrefix, concurrency: config.workerConcurrency, gradingConcurrency: config.gradingConcurrency, registry: PROCESSORS, log, dispatcher, lockSeconds: config.jobLockSeconds });
  const stopSweep = startSweep(ds, dispatcher, config.sweepIntervalSeconds, log);
  const stopOverdue = startOverdueSweep(ds, dispatcher, config.sweepIntervalSeconds, log);
  log.info({ concurrency: config.workerConcurrency, gradingConcurrency: config.gradingConcurrency, prefix: config.queuePrefix }, 'queue worker started');
  return {
    async close() {
      stopSweep();
      stopOverdue();
      await worker.close(); // waits for active jobs to finish
      await dispatcher.close();
      connection.disconnect();
      producer.disconnect();
    },
  };
}

/** Embedded mode: the same processors on the same job rows, run inside the process. */
export function startInProcessRunner(config: AppConfig, ds: DataSource): InProcessRunner {
  assertRegistryComplete();
  const runner = new InProcessRunner(ds, PROCESSORS, log, { concurrency: Math.min(config.workerConcurrency, 4), pollMs: 1000, retryDelayMs: 2000, lockSeconds: config.jobLockSeconds });
  runner.start();
  runner.onClose(startOverdueSweep(ds, runner, config.sweepIntervalSeconds, log));
  return runner;
}
