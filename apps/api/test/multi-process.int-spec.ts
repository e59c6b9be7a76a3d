import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import IORedis from 'ioredis';
import { BullmqDispatcher, createTestDatabase, findReferenceDataDir, seedDemoData, seedReferenceData, type TestDatabase } from '@cm/db';
import { testEnv } from './test-env';

const root = path.resolve(__dirname, '../../..');
const PASSWORD = 'Multi-Proc-Pass-2026';

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

async function waitReady(port: number, proc: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`process exited early:\n${log()}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (r.status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready:\n${log()}`);
}

function exited(p: ChildProcess): Promise<number | null> {
  return p.exitCode !== null ? Promise.resolve(p.exitCode) : new Promise((r) => p.once('exit', (code) => r(code)));
}

/** Services mode with two API processes and two workers on one PostgreSQL and one Redis:
 * the API is stateless (a token from one works on the other), each job runs once, and
 * SIGTERM shuts every process down cleanly. */
describe('services mode: two APIs + two workers', () => {
  let db: TestDatabase;
  const procs: { p: ChildProcess; out: string[] }[] = [];
  const prefix = `${testEnv.queuePrefix}-mp`;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'infra/scripts/build.mjs'), 'server'], { cwd: root, stdio: 'pipe' });
    db = await createTestDatabase(testEnv.pgAdminUrl, testEnv.runId);
    await seedReferenceData(db.ds, findReferenceDataDir(__dirname));
    await seedDemoData(db.ds, PASSWORD);
  });

  afterAll(async () => {
    for (const { p } of procs) if (p.exitCode === null) p.kill('SIGKILL');
    const redis = new IORedis(testEnv.redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await db.drop();
  });

  const start = (entry: string, env: Record<string, string>) => {
    const out: string[] = [];
    const p = spawn(process.execPath, [path.join(root, entry)], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url, REDIS_URL: testEnv.redisUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', WEB_DIST: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    p.stdout!.on('data', (d) => out.push(String(d)));
    p.stderr!.on('data', (d) => out.push(String(d)));
    procs.push({ p, out });
    return { p, log: () => out.join('').slice(-4000) };
  };

  it('serves from either API, runs jobs on the workers, and stops on SIGTERM', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const apiA = start('dist/apps/api/src/main.js', { PORT: String(portA) });
    const apiB = start('dist/apps/api/src/main.js', { PORT: String(portB), MIGRATE: 'false' });
    const w1 = start('dist/apps/worker/src/main.js', {});
    const w2 = start('dist/apps/worker/src/main.js', {});
    await Promise.all([waitReady(portA, apiA.p, apiA.log), waitReady(portB, apiB.p, apiB.log)]);

    const login = await fetch(`http://127.0.0.1:${portA}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const me = await fetch(`http://127.0.0.1:${portB}/api/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(me.status).toBe(200);

    // Ten jobs through the queue: each completes exactly once, on one of the two workers.
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const [{ id }] = await db.ds.query(`INSERT INTO job (name, state, payload) VALUES ('noop-probe', 'waiting', $1::jsonb) RETURNING id`, [JSON.stringify({ note: `mp-${i}` })]);
      ids.push(id);
    }
    const redis = new IORedis(testEnv.redisUrl, { maxRetriesPerRequest: null });
    const dispatcher = new BullmqDispatcher(redis, prefix);
    for (const id of ids) await dispatcher.dispatch({ id, name: 'noop-probe', runAt: new Date() });
    await dispatcher.close();
    await redis.quit();
    const until = Date.now() + 30_000;
    let rows: { state: string; attempts: number }[] = [];
    while (Date.now() < until) {
      rows = await db.ds.query(`SELECT state, attempts FROM job WHERE id = ANY($1)`, [ids]);
      if (rows.every((r) => r.state === 'completed')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(rows.map((r) => [r.state, r.attempts])).toEqual(ids.map(() => ['completed', 1]));

    for (const x of [apiA, apiB, w1, w2]) x.p.kill('SIGTERM');
    const codes = await Promise.all([apiA, apiB, w1, w2].map((x) => exited(x.p)));
    expect(codes).toEqual([0, 0, 0, 0]);
  });
});
