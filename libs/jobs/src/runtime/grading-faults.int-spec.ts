import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { parseConfig } from '@cm/contracts';
import {
  BullmqDispatcher, createRedisConnection, createTestDatabase, gradingTally, listJobsForAdmin, QueueUnavailableError, queryRows, seedSubmittedAttempts, submitAttempt, type TestDatabase,
} from '@cm/db';
import { gradeAttempt } from '../processors/grade-attempt.processor';
import type { ProcessorRegistry } from '../processors/processor.types';
import { PROCESSORS } from '../processors/registry';
import { startQueueWorker } from '../worker-runtime';
import { startBullmqConsumer } from './bullmq-consumer';
import { startSweep } from './sweep';

const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = process.env.TEST_RUN_ID ?? `local${Date.now().toString(36)}`;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const silent = { error: () => undefined };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** A throwaway redis-server (no persistence) on a fixed port, so it can be stopped and started
 * again at the same address: a restart loses everything, as the fault list asks. */
class ThrowawayRedis {
  private proc: ChildProcess | null = null;
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cm-redis-fault-'));
  constructor(readonly port: number) {}
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.proc = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir], { stdio: 'ignore' });
    await until('redis-server to answer', async () => {
      const probe = new IORedis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    }, 10_000);
  }
  async kill(): Promise<void> {
    const p = this.proc;
    this.proc = null;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
  }
  async dispose(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

describe('grading faults (real PostgreSQL + Redis)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, runId);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('Redis killed and restarted empty: submissions still commit, delivery fails fast, the sweep grades every attempt once', async () => {
    const redis = new ThrowawayRedis(await freePort());
    await redis.start();
    const config = parseConfig(
      { DATABASE_URL: db.url, REDIS_URL: redis.url, QUEUE_PREFIX: 'cmfault-redis', LOG_LEVEL: 'silent', WORKER_CONCURRENCY: '4', SWEEP_INTERVAL_SECONDS: '1', JOB_LOCK_SECONDS: '3' },
      { joinPath: (...p) => p.join('/') },
    );
    const before = await seedSubmittedAttempts(db.ds, { attempts: 40, items: 20, jobs: true });
    const sitting = await seedSubmittedAttempts(db.ds, { attempts: 20, items: 20, status: 'in_progress' });
    const producer = createRedisConnection(redis.url);
    producer.on('error', () => undefined);
    const dispatcher = new BullmqDispatcher(producer, config.queuePrefix);
    const worker = startQueueWorker(config, db.ds);
    try {
      for (const j of before.jobs.slice(0, 20)) await dispatcher.dispatch(j);
      await redis.kill();
      await until('the producer to notice', async () => producer.status !== 'ready', 10_000);
      // Redis is gone: the rest of the queued work cannot be delivered, and a submission only
      // needs PostgreSQL — its enqueue is refused at once instead of hanging the request.
      for (const j of before.jobs.slice(20)) await expect(dispatcher.dispatch(j)).rejects.toBeInstanceOf(QueueUnavailableError);
      for (const id of sitting.attemptIds) {
        const { outcome, gradeJob } = await db.ds.transaction((m) => submitAttempt(m, id, 'candidate', null));
        expect(outcome).toBe('submitted');
        const t0 = Date.now();
        await expect(dispatcher.dispatch(gradeJob!)).rejects.toBeInstanceOf(QueueUnavailableError);
        expect(Date.now() - t0).toBeLessThan(2500);
      }
      const [{ n: submitted }] = await queryRows<{ n: number }>(db.ds, `SELECT count(*)::int AS n FROM attempt WHERE session_id = $1 AND status = 'submitted'`, [sitting.sessionId]);
      expect(submitted).toBe(sitting.attemptIds.length);
      await sleep(1500);
      await redis.start(); // a fresh, empty Redis at the same address: the queue is lost
      for (const fx of [before, sitting]) {
        await until('every attempt graded', async () => {
          const c = await gradingTally(db.ds, fx.sessionId, fx.itemCount);
          return c.graded === c.attempts;
        }, 90_000);
        const c = await gradingTally(db.ds, fx.sessionId, fx.itemCount);
        expect(c).toMatchObject({ graded: c.attempts, events: c.attempts, distinct_events: c.attempts, scores: c.expectedScores, jobs: c.attempts, done: c.attempts });
      }
    } finally {
      await worker.close();
      await dispatcher.close().catch(() => undefined);
      producer.disconnect();
      await redis.dispose();
    }
  }, 150_000);

  it('a poison grading job ends in the failed list after bounded retries with backoff while the others flow', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 20, items: 20, jobs: true, maxAttempts: 3 });
    const poison = fx.attemptIds[0]!;
    // The database refuses this one attempt's scores every time: a fault no retry can cure. It
    // fails the whole batch it is graded in; the others must still be graded (alone).
    await db.ds.query(`CREATE FUNCTION poison_scores() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.id = '${poison}' AND NEW.objective_scores IS NOT NULL THEN RAISE EXCEPTION 'poisoned answer sheet'; END IF; RETURN NEW; END $$`);
    await db.ds.query(`CREATE TRIGGER poison_scores BEFORE UPDATE ON attempt FOR EACH ROW EXECUTE FUNCTION poison_scores()`);
    const tries: number[] = [];
    const registry: ProcessorRegistry = {
      ...PROCESSORS,
      'grade-attempt': async (ctx) => {
        if (ctx.payload.attemptId === poison) tries.push(Date.now());
        return gradeAttempt(ctx);
      },
    };
    const prefix = `cmfault-poison-${Math.random().toString(36).slice(2, 8)}`;
    const producer = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    const conn = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    const dispatcher = new BullmqDispatcher(producer, prefix);
    const worker = startBullmqConsumer({ ds: db.ds, connection: conn, prefix, concurrency: 4, registry, log: silent });
    try {
      for (const j of fx.jobs) await dispatcher.dispatch(j);
      await until('the poison job to fail for good', async () => {
        const [row] = await queryRows<{ state: string }>(db.ds, `SELECT state FROM job WHERE payload->>'attemptId' = $1`, [poison]);
        return row?.state === 'failed';
      }, 60_000);
      const [job] = await queryRows<{ id: string; attempts: number; error: { code: string; message: string }; finished_at: Date }>(
        db.ds,
        `SELECT id, attempts, error, finished_at FROM job WHERE payload->>'attemptId' = $1`,
        [poison],
      );
      expect(job!.attempts).toBe(3);
      expect(job!.error).toMatchObject({ code: 'JOB_ERROR', message: expect.stringContaining('poisoned answer sheet') });
      // Bounded: three tries, spaced by the exponential backoff (2 s, then 4 s).
      expect(tries).toHaveLength(3);
      expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(1500);
      expect(tries[2]! - tries[1]!).toBeGreaterThanOrEqual(3000);
      // The others flowed meanwhile: all graded once, before the poison job gave up.
      const c = await gradingTally(db.ds, fx.sessionId, fx.itemCount);
      expect(c).toMatchObject({ graded: 19, events: 19, distinct_events: 19, scores: 19 * fx.itemCount, done: 19 });
      const [{ last }] = await queryRows<{ last: Date }>(db.ds, `SELECT max(graded_at) AS last FROM attempt WHERE session_id = $1`, [fx.sessionId]);
      expect(new Date(last).getTime()).toBeLessThan(new Date(job!.finished_at).getTime());
      const [{ status }] = await queryRows<{ status: string }>(db.ds, `SELECT status FROM attempt WHERE id = $1`, [poison]);
      expect(status).toBe('submitted');
      // And it is what the admins' failed list shows, with its error and attempts.
      const failed = await listJobsForAdmin(db.ds, { state: 'failed', name: 'grade-attempt' }, 1, 50);
      expect(failed.rows.find((r) => r.id === job!.id)).toMatchObject({ attempts: 3, max_attempts: 3, error: { code: 'JOB_ERROR' } });
    } finally {
      await worker.close();
      await dispatcher.close();
      conn.disconnect();
      const keys = await producer.keys(`${prefix}:*`);
      if (keys.length) await producer.del(...keys);
      producer.disconnect();
      await db.ds.query(`DROP TRIGGER IF EXISTS poison_scores ON attempt`);
    }
  }, 90_000);

  it('the sweep re-delivers a job whose worker died holding it, under a new delivery id', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 1, items: 10, jobs: true });
    // As a killed worker leaves it: claimed (active), lock expired, its BullMQ delivery still "active".
    await db.ds.query(`UPDATE job SET state = 'active', attempts = 1, locked_until = now() - interval '1 second' WHERE id = $1`, [fx.jobs[0]!.id]);
    const prefix = `cmfault-sweep-${Math.random().toString(36).slice(2, 8)}`;
    const producer = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    const conn = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    const dispatcher = new BullmqDispatcher(producer, prefix);
    const stale = await dispatcher.queueFor('grade-attempt').add('grade-attempt', { jobId: fx.jobs[0]!.id }, { jobId: fx.jobs[0]!.id, delay: 600_000 });
    const worker = startBullmqConsumer({ ds: db.ds, connection: conn, prefix, concurrency: 1, registry: PROCESSORS, log: silent });
    const stop = startSweep(db.ds, dispatcher, 1, silent);
    try {
      await until('the attempt graded', async () => (await gradingTally(db.ds, fx.sessionId, fx.itemCount)).graded === 1, 20_000);
      const [job] = await queryRows<{ state: string; attempts: number }>(db.ds, `SELECT state, attempts FROM job WHERE id = $1`, [fx.jobs[0]!.id]);
      expect(job).toEqual({ state: 'completed', attempts: 2 });
      expect(await stale.getState()).toBe('delayed'); // the old delivery was never needed
    } finally {
      stop();
      await worker.close();
      await dispatcher.close();
      conn.disconnect();
      const keys = await producer.keys(`${prefix}:*`);
      if (keys.length) await producer.del(...keys);
      producer.disconnect();
    }
  }, 60_000);
});
