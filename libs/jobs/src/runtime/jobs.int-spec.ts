import IORedis from 'ioredis';
import { BullmqDispatcher, createTestDatabase, insertJob, JobEntity, type TestDatabase } from '@cm/db';
import { PROCESSORS } from '../processors/registry';
import type { ProcessorRegistry } from '../processors/processor.types';
import { startBullmqConsumer } from './bullmq-consumer';
import { InProcessRunner } from './in-process-runner';
import { startSweep } from './sweep';

const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = process.env.TEST_RUN_ID ?? `local${Date.now().toString(36)}`;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const silent = { error: () => undefined };

async function waitForState(db: TestDatabase, id: string, states: string[], timeoutMs = 20_000): Promise<JobEntity> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await db.ds.getRepository(JobEntity).findOneByOrFail({ id });
    if (states.includes(job.state)) return job;
    if (Date.now() > until) throw new Error(`job ${id} still ${job.state}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A registry whose probe fails for payloads that ask it to, to exercise retries. */
const flakyRegistry = (calls: Map<string, number>): ProcessorRegistry => ({
  ...PROCESSORS,
  'noop-probe': async (ctx) => {
    calls.set(ctx.payload.note, (calls.get(ctx.payload.note) ?? 0) + 1);
    if (ctx.payload.note.startsWith('poison')) throw new Error('always fails');
    await ctx.progress(50);
    return { echoed: ctx.payload.note };
  },
});

describe('job delivery (real PostgreSQL + Redis)', () => {
  let db: TestDatabase;
  let redis: IORedis;
  const prefix = `${process.env.QUEUE_PREFIX ?? 'cmtest-local'}-jobs-${Math.random().toString(36).slice(2, 8)}`;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, runId);
    redis = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await db.drop();
  });

  it('runs a job through BullMQ exactly once, and a poison job ends failed while others flow', async () => {
    const calls = new Map<string, number>();
    const dispatcher = new BullmqDispatcher(redis, prefix);
    const conn = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    const worker = startBullmqConsumer({ ds: db.ds, connection: conn, prefix, concurrency: 2, registry: flakyRegistry(calls), log: silent });
    try {
      const poison = await db.ds.transaction((m) => insertJob(m, { name: 'noop-probe', payload: { note: 'poison-1' }, maxAttempts: 2 }));
      const good = await db.ds.transaction((m) => insertJob(m, { name: 'noop-probe', payload: { note: 'good-1' } }));
      await dispatcher.dispatch(poison);
      await dispatcher.dispatch(good);
      await dispatcher.dispatch(good); // a duplicate delivery is harmless
      const done = await waitForState(db, good.id, ['completed']);
      expect(done.result).toEqual({ echoed: 'good-1' });
      expect(done.progress).toBe(100);
      const failed = await waitForState(db, poison.id, ['failed'], 30_000);
      expect(failed.attempts).toBe(2);
      expect(failed.error).toMatchObject({ code: 'JOB_ERROR', message: 'always fails' });
      expect(calls.get('good-1')).toBe(1);
      expect(calls.get('poison-1')).toBe(2);
    } finally {
      await worker.close();
      await dispatcher.close();
      conn.disconnect();
    }
  });

  it('the sweep delivers a committed job whose enqueue was lost', async () => {
    const calls = new Map<string, number>();
    const dispatcher = new BullmqDispatcher(redis, prefix);
    const conn = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    const worker = startBullmqConsumer({ ds: db.ds, connection: conn, prefix, concurrency: 1, registry: flakyRegistry(calls), log: silent });
    // Committed, never enqueued (as if Redis was down at the time).
    const lost = await db.ds.transaction((m) => insertJob(m, { name: 'noop-probe', payload: { note: 'lost-1' } }));
    await db.ds.query(`UPDATE job SET run_at = now() - interval '5 minutes', updated_at = now() - interval '5 minutes' WHERE id = $1`, [lost.id]);
    const stop = startSweep(db.ds, dispatcher, 1, silent);
    try {
      const done = await waitForState(db, lost.id, ['completed']);
      expect(done.result).toEqual({ echoed: 'lost-1' });
      expect(calls.get('lost-1')).toBe(1);
    } finally {
      stop();
      await worker.close();
      await dispatcher.close();
      conn.disconnect();
    }
  });

  it('refuses a payload that does not match its schema without retrying', async () => {
    const runner = new InProcessRunner(db.ds, PROCESSORS, silent, { concurrency: 1, pollMs: 100, retryDelayMs: 100 });
    runner.start();
    try {
      const bad = await db.ds.transaction((m) => insertJob(m, { name: 'noop-probe', payload: { wrong: true } }));
      await runner.dispatch(bad);
      const failed = await waitForState(db, bad.id, ['failed']);
      expect(failed.error).toMatchObject({ code: 'INVALID_PAYLOAD' });
      expect(failed.attempts).toBe(1);
    } finally {
      await runner.close();
    }
  });

  it('the in-process runner (embedded mode) runs the same processors, retries, and honours run_at', async () => {
    const calls = new Map<string, number>();
    const runner = new InProcessRunner(db.ds, flakyRegistry(calls), silent, { concurrency: 2, pollMs: 100, retryDelayMs: 100 });
    runner.start();
    try {
      const later = await db.ds.transaction((m) => insertJob(m, { name: 'noop-probe', payload: { note: 'later-1' }, runAt: new Date(Date.now() + 1500) }));
      const poison = await db.ds.transaction((m) => insertJob(m, { name: 'noop-probe', payload: { note: 'poison-2' }, maxAttempts: 3 }));
      await runner.dispatch(later);
      await runner.dispatch(poison);
      await new Promise((r) => setTimeout(r, 500));
      expect((await db.ds.getRepository(JobEntity).findOneByOrFail({ id: later.id })).state).toBe('waiting');
      expect((await waitForState(db, later.id, ['completed'])).result).toEqual({ echoed: 'later-1' });
      const failed = await waitForState(db, poison.id, ['failed']);
      expect(failed.attempts).toBe(3);
      expect(calls.get('poison-2')).toBe(3);
    } finally {
      await runner.close();
    }
  });
});
