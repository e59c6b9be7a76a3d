/**
 * B2 for bench:grading, in a process of its own — measured exactly as the grading worker is:
 * a fresh Node process with one BullMQ Worker (empty processor) at the given concurrency on the
 * same Redis, a warm-up drain that is not counted, then N jobs delivered while it runs, timed
 * from the first delivery until the last completes. Prints one JSON line: { perSecond, ms }.
 *
 *   node dist/bench/lib/b2-drain.js <redisUrl> <prefix> <queue> <concurrency> <warmUp> <jobs>
 */
import { performance } from 'node:perf_hooks';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';

async function main(): Promise<void> {
  const [redisUrl, prefix, queueName, concurrency, warmUp, jobs] = process.argv.slice(2);
  const connect = () => new IORedis(redisUrl!, { maxRetriesPerRequest: null });
  const producer = connect();
  const consumer = connect();
  const queue = new Queue(queueName!, { connection: producer, prefix });
  let completed = 0;
  const worker = new Worker(queueName!, async () => undefined, { connection: consumer, prefix, concurrency: Number(concurrency) });
  worker.on('completed', () => void completed++);
  const opts = { removeOnComplete: true, removeOnFail: true };
  const drain = async (n: number): Promise<number> => {
    const target = completed + n;
    const t0 = performance.now();
    for (let i = 0; i < n; i += 200) await queue.addBulk(Array.from({ length: Math.min(200, n - i) }, (_, j) => ({ name: 'noop', data: { i: i + j }, opts })));
    while (completed < target) await new Promise((r) => setTimeout(r, 2));
    return performance.now() - t0;
  };
  await drain(Number(warmUp));
  const n = Number(jobs);
  const ms = await drain(n);
  console.log(JSON.stringify({ perSecond: (n * 1000) / ms, ms }));
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  producer.disconnect();
  consumer.disconnect();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
