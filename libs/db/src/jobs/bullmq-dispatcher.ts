import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { GRADING_QUEUE_NAME, QUEUE_NAME, queueNameOf } from '@cm/contracts';
import type { JobDispatcher } from './job-dispatcher';
import type { JobRef } from './job-store';

export function createRedisConnection(url: string): IORedis {
  // BullMQ requires maxRetriesPerRequest: null on its connections.
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

/** Refused delivery: Redis is not reachable now. The job row is committed, so the sweep
 * delivers it once Redis is back; the caller must not wait for that. */
export class QueueUnavailableError extends Error {
  constructor(reason: string) {
    super(`queue unavailable: ${reason}`);
    this.name = 'QueueUnavailableError';
  }
}

/** How long a delivery may take before the caller stops waiting (a hung Redis). */
const DISPATCH_TIMEOUT_MS = 2000;

/** Producer: the BullMQ job id is the job row id, so a re-delivery of a pending job is a no-op.
 * Grading jobs go to the grading queue, every other job to the general one. */
export class BullmqDispatcher implements JobDispatcher {
  private readonly queues: Map<string, Queue>;

  constructor(
    private readonly connection: IORedis,
    prefix: string,
  ) {
    this.queues = new Map([QUEUE_NAME, GRADING_QUEUE_NAME].map((name) => [name, new Queue(name, { connection, prefix })]));
    // Connection errors (Redis down) surface as refused dispatches; the sweep delivers later.
    for (const q of this.queues.values()) q.on('error', () => undefined);
  }

  /** The queue that delivers jobs of this name. */
  queueFor(jobName: string): Queue {
    return this.queues.get(queueNameOf(jobName))!;
  }

  /** Fails fast while Redis is down (ioredis would otherwise hold the command until it
   * reconnects, and a submission would hang on it): saves and submits only need PostgreSQL. */
  async dispatch(job: JobRef): Promise<void> {
    const status = this.connection.status;
    if (status !== 'ready' && status !== 'connecting' && status !== 'connect') throw new QueueUnavailableError(status);
    const delay = Math.max(0, job.runAt.getTime() - Date.now());
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueueUnavailableError(`no answer within ${DISPATCH_TIMEOUT_MS} ms`)), DISPATCH_TIMEOUT_MS);
    });
    const add = this.queueFor(job.name).add(job.name, { jobId: job.id }, {
      jobId: job.deliveryKey ?? job.id,
      delay,
      attempts: 5,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: true,
      removeOnFail: true,
    });
    add.catch(() => undefined); // settled late after a timeout: nothing to report
    try {
      await Promise.race([add, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
