import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUE_NAME } from '@cm/contracts';
import type { JobDispatcher } from './job-dispatcher';
import type { JobRef } from './job-store';

export function createRedisConnection(url: string): IORedis {
  // BullMQ requires maxRetriesPerRequest: null on its connections.
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

/** Producer: the BullMQ job id is the job row id, so a re-delivery of a pending job is a no-op. */
export class BullmqDispatcher implements JobDispatcher {
  private readonly queue: Queue;

  constructor(connection: IORedis, prefix: string) {
    this.queue = new Queue(QUEUE_NAME, { connection, prefix });
  }

  async dispatch(job: JobRef): Promise<void> {
    const delay = Math.max(0, job.runAt.getTime() - Date.now());
    await this.queue.add(job.name, { jobId: job.id }, {
      jobId: job.id,
      delay,
      attempts: 5,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: true,
      removeOnFail: true,
    });
  }

  get bullQueue(): Queue {
    return this.queue;
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
