import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import IORedis from 'ioredis';
import { BullmqDispatcher, createTestDatabase, gradingTally, queryRows, seedSubmittedAttempts, type GradingFixture, type TestDatabase } from '@cm/db';

const root = path.resolve(__dirname, '../../..');
const adminUrl = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = process.env.TEST_RUN_ID ?? `local${Date.now().toString(36)}`;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

function exited(p: ChildProcess): Promise<number | null> {
  return p.exitCode !== null ? Promise.resolve(p.exitCode) : new Promise((r) => p.once('exit', (code) => r(code)));
}

/** Worker processes as `npm run start:worker` runs them (the compiled dist/), killed or
 * stopped in the middle of a batch of grading jobs. */
describe('worker processes die or stop mid-batch (real PostgreSQL + Redis)', () => {
  let db: TestDatabase;
  const prefix = `${process.env.QUEUE_PREFIX ?? 'cmtest-local'}-wf${Math.random().toString(36).slice(2, 8)}`;
  const procs: ChildProcess[] = [];
  let redis: IORedis;
  let dispatcher: BullmqDispatcher;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'infra/scripts/build.mjs'), 'server'], { cwd: root, stdio: 'pipe' });
    db = await createTestDatabase(adminUrl, runId);
    redis = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    dispatcher = new BullmqDispatcher(redis, prefix);
  }, 180_000);

  afterAll(async () => {
    for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
    await dispatcher.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await db.drop();
  });

  const startWorker = () => {
    const out: string[] = [];
    const p = spawn(process.execPath, [path.join(root, 'dist/apps/worker/src/main.js')], {
      cwd: root,
      // A short claim lock and sweep, so that the jobs of a killed worker come back within seconds.
      env: { ...process.env, DATABASE_URL: db.url, REDIS_URL: redisUrl, QUEUE_PREFIX: prefix, WORKER_CONCURRENCY: '4', GRADING_CONCURRENCY: '4', SWEEP_INTERVAL_SECONDS: '1', JOB_LOCK_SECONDS: '3', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    p.stdout!.on('data', (d) => out.push(String(d)));
    p.stderr!.on('data', (d) => out.push(String(d)));
    procs.push(p);
    return { p, log: () => out.join('').slice(-3000) };
  };

  const graded = async (fx: GradingFixture) => (await gradingTally(db.ds, fx.sessionId, fx.itemCount)).graded;

  async function expectGradedOnce(fx: GradingFixture): Promise<void> {
    await until('every attempt graded', async () => (await graded(fx)) === fx.attemptIds.length);
    const t = await gradingTally(db.ds, fx.sessionId, fx.itemCount);
    const n = fx.attemptIds.length;
    expect(t).toEqual({ attempts: n, graded: n, events: n, distinct_events: n, scores: n * fx.itemCount, expectedScores: n * fx.itemCount, jobs: n, done: n });
  }

  it('kill -9 of a worker mid-batch: every attempt is graded exactly once (the jobs it held run again elsewhere)', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 240, items: 100, jobs: true });
    const first = startWorker();
    for (const j of fx.jobs) await dispatcher.dispatch(j);
    await until('grading under way', async () => (await graded(fx)) >= 20, 60_000);
    first.p.kill('SIGKILL');
    await exited(first.p);
    // A batch claims its jobs in the statement that writes its grades: what the dead worker held
    // was never claimed (its statement died with its connection) and is simply delivered again.
    const [{ active }] = await queryRows<{ active: number }>(db.ds, `SELECT count(*)::int AS active FROM job WHERE state = 'active' AND payload->>'attemptId' = ANY($1::text[])`, [fx.attemptIds]);
    expect(active).toBe(0);
    expect(await graded(fx)).toBeLessThan(fx.attemptIds.length);
    const second = startWorker();
    try {
      await expectGradedOnce(fx);
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${second.log()}`);
    }
    // Each job ran to completion once: no claim of the dead worker is left to count.
    const runs = await queryRows<{ attempts: number; state: string }>(db.ds, `SELECT attempts, state FROM job WHERE payload->>'attemptId' = ANY($1::text[])`, [fx.attemptIds]);
    expect(runs.every((r) => r.state === 'completed' && r.attempts === 1)).toBe(true);
    second.p.kill('SIGTERM');
    expect(await exited(second.p)).toBe(0);
  }, 180_000);

  it('SIGTERM mid-batch: the worker finishes what it holds and exits 0 within 30 s; the rest is graded once by another', async () => {
    const fx = await seedSubmittedAttempts(db.ds, { attempts: 240, items: 100, jobs: true });
    const first = startWorker();
    for (const j of fx.jobs) await dispatcher.dispatch(j);
    await until('grading under way', async () => (await graded(fx)) >= 20, 60_000);
    const t0 = Date.now();
    first.p.kill('SIGTERM');
    const code = await exited(first.p);
    expect(code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(30_000);
    // Nothing is left claimed: every job it had started was finished before it exited.
    const [{ active }] = await queryRows<{ active: number }>(db.ds, `SELECT count(*)::int AS active FROM job WHERE state = 'active' AND payload->>'attemptId' = ANY($1::text[])`, [fx.attemptIds]);
    expect(active).toBe(0);
    expect(await graded(fx)).toBeLessThan(fx.attemptIds.length);
    const second = startWorker();
    await expectGradedOnce(fx);
    const [{ retried }] = await queryRows<{ retried: number }>(db.ds, `SELECT count(*)::int AS retried FROM job WHERE attempts > 1 AND payload->>'attemptId' = ANY($1::text[])`, [fx.attemptIds]);
    expect(retried).toBe(0); // a graceful stop hands nothing back half-done
    second.p.kill('SIGTERM');
    expect(await exited(second.p)).toBe(0);
  }, 180_000);
});
