import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import IORedis from 'ioredis';
import { createTestDatabase, findReferenceDataDir, seedDemoData, seedReferenceData, type TestDatabase } from '@cm/db';
import { testEnv } from './test-env';

const root = path.resolve(__dirname, '../../..');
const PASSWORD = 'Kill-Nine-Pass-2026';
const CANDIDATES = ['candidate1', 'candidate2', 'candidate3'];
const LANES_PER_CANDIDATE = 4;

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

interface Api {
  p: ChildProcess;
  base: string;
  log: () => string;
}

interface Ack {
  seq: number;
  json: string;
}

/** `kill -9` of the API process in the middle of a burst of autosaves: every save that was
 * acknowledged with 200 is in PostgreSQL with a seq at least the acknowledged one (and, at that
 * seq, exactly its response), and a new API process resumes the same attempts. */
describe('kill -9 of the API during an autosave burst', () => {
  let db: TestDatabase;
  const procs: ChildProcess[] = [];
  const prefix = `${testEnv.queuePrefix}-k9`;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'infra/scripts/build.mjs'), 'server'], { cwd: root, stdio: 'pipe' });
    db = await createTestDatabase(testEnv.pgAdminUrl, testEnv.runId);
    await seedReferenceData(db.ds, findReferenceDataDir(__dirname));
    await seedDemoData(db.ds, PASSWORD);
  });

  afterAll(async () => {
    for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    const redis = new IORedis(testEnv.redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await db.drop();
  });

  async function startApi(): Promise<Api> {
    const port = await freePort();
    const out: string[] = [];
    const p = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url, REDIS_URL: testEnv.redisUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', WEB_DIST: '', HOST: '127.0.0.1', PORT: String(port), MIGRATE: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    p.stdout!.on('data', (d) => out.push(String(d)));
    p.stderr!.on('data', (d) => out.push(String(d)));
    procs.push(p);
    const base = `http://127.0.0.1:${port}`;
    const log = () => out.join('').slice(-4000);
    const until = Date.now() + 60_000;
    for (;;) {
      if (p.exitCode !== null) throw new Error(`API exited early:\n${log()}`);
      try {
        if ((await fetch(`${base}/health/ready`)).status === 200) break;
      } catch {
        /* not up yet */
      }
      if (Date.now() > until) throw new Error(`API not ready:\n${log()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return { p, base, log };
  }

  const call = async (base: string, method: string, urlPath: string, token?: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(base + urlPath, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('keeps every acknowledged save and resumes on a new process', async () => {
    const api = await startApi();
    const login = async (username: string) => (await call(api.base, 'POST', '/api/auth/login', undefined, { username, password: PASSWORD })).body.accessToken as string;
    const officer = await login('officer1');
    const users = (await call(api.base, 'GET', '/api/users?pageSize=100', officer)).body.items as { id: string; username: string }[];
    const vip = (await call(api.base, 'GET', '/api/tracks', officer)).body.find((t: { code: string }) => t.code === 'vip-service-manager').id;
    const bp = (await call(api.base, 'GET', `/api/blueprints?trackId=${vip}&status=active&level=1`, officer)).body.items[0].id;
    const session = (await call(api.base, 'POST', '/api/exam-sessions', officer, {
      blueprintId: bp, title: '断电演练', opensAt: new Date(Date.now() - 60e3).toISOString(), closesAt: new Date(Date.now() + 3 * 3600e3).toISOString(), formMode: 'per_candidate',
    })).body;
    const sitters = await Promise.all(
      CANDIDATES.map(async (username) => {
        const id = users.find((u) => u.username === username)!.id;
        expect((await call(api.base, 'POST', `/api/exam-sessions/${session.id}/registrations`, officer, { candidateId: id })).status).toBe(201);
        const token = await login(username);
        const attempt = (await call(api.base, 'POST', `/api/exam-sessions/${session.id}/attempts`, token)).body;
        // Text items take any string, so every save carries a response unique to its seq.
        const items = (attempt.items as { id: string; type: string }[]).filter((i) => i.type === 'short' || i.type === 'case' || i.type === 'judge');
        return { token, attemptId: attempt.id as string, items, seq: 0, acked: new Map<string, Ack>() };
      }),
    );

    // The burst: every candidate saves from several lanes at once (distinct items per lane).
    let ackCount = 0;
    let failed = 0;
    let killed = false;
    const lanes = sitters.flatMap((s) =>
      Array.from({ length: LANES_PER_CANDIDATE }, async (_, lane) => {
        const mine = s.items.filter((_, i) => i % LANES_PER_CANDIDATE === lane);
        // Half the lanes save one item per request, half two per request (the page's batch route).
        const batch = lane % 2 === 1;
        for (let n = 0; mine.length && n < 10_000; n++) {
          const items = batch ? [mine[(2 * n) % mine.length]!, mine[(2 * n + 1) % mine.length]!].filter((it, i, all) => all.indexOf(it) === i) : [mine[n % mine.length]!];
          const sent = items.map((item) => {
            const seq = ++s.seq;
            return { item, seq, response: item.type === 'judge' ? seq % 2 === 0 : `第 ${seq} 次保存:先倾听,再核实,后处理。` };
          });
          try {
            const r = batch
              ? await fetch(`${api.base}/api/attempts/${s.attemptId}/answers`, {
                  method: 'PUT',
                  headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
                  body: JSON.stringify({ answers: sent.map((x) => ({ itemId: x.item.id, response: x.response, seq: x.seq })) }),
                })
              : await fetch(`${api.base}/api/attempts/${s.attemptId}/answers/${sent[0]!.item.id}`, {
                  method: 'PUT',
                  headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
                  body: JSON.stringify({ response: sent[0]!.response, seq: sent[0]!.seq }),
                });
            if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
            await r.json();
            for (const x of sent) {
              const prev = s.acked.get(x.item.id);
              if (!prev || prev.seq < x.seq) s.acked.set(x.item.id, { seq: x.seq, json: JSON.stringify(x.response) });
            }
            ackCount++;
          } catch {
            failed++;
            return; // the server is gone: this lane's browser would keep the answer for later
          }
        }
      }),
    );
    // SIGKILL mid-burst, once a good number of saves were acknowledged.
    const killer = (async () => {
      while (ackCount < 150 && api.p.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      killed = api.p.kill('SIGKILL');
    })();
    await Promise.all([killer, ...lanes]);
    await new Promise<void>((r) => (api.p.exitCode !== null || api.p.signalCode !== null ? r() : api.p.once('exit', () => r())));
    expect(killed).toBe(true);
    expect(api.p.signalCode).toBe('SIGKILL');
    expect(ackCount).toBeGreaterThanOrEqual(150);
    // Requests were in flight when the process died.
    expect(failed).toBeGreaterThan(0);

    let checked = 0;
    for (const s of sitters) {
      const rows = await db.ds.query(`SELECT item_id, response, seq FROM attempt_answer WHERE attempt_id = $1`, [s.attemptId]);
      const stored = new Map<string, { response: unknown; seq: string }>(rows.map((r: { item_id: string; response: unknown; seq: string }) => [r.item_id, r]));
      for (const [itemId, ack] of s.acked) {
        const row = stored.get(itemId);
        expect(row).toBeDefined();
        expect(Number(row!.seq)).toBeGreaterThanOrEqual(ack.seq);
        if (Number(row!.seq) === ack.seq) expect(JSON.stringify(row!.response)).toBe(ack.json);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);

    // A new process: the candidates resume the same attempts with what PostgreSQL holds.
    const again = await startApi();
    for (const s of sitters) {
      const resumed = await call(again.base, 'POST', `/api/exam-sessions/${session.id}/attempts`, s.token);
      expect([resumed.status, resumed.body.id]).toEqual([200, s.attemptId]);
      for (const [itemId, ack] of s.acked) expect(resumed.body.answers[itemId].seq).toBeGreaterThanOrEqual(ack.seq);
      // …and go on saving where they were.
      const [first] = s.items;
      const next = await call(again.base, 'PUT', `/api/attempts/${s.attemptId}/answers/${first!.id}`, s.token, { response: first!.type === 'judge' ? true : '恢复后继续作答', seq: s.seq + 1 });
      expect([next.status, next.body.seq]).toEqual([200, s.seq + 1]);
    }
    again.p.kill('SIGTERM');
    await new Promise<void>((r) => (again.p.exitCode !== null ? r() : again.p.once('exit', () => r())));
  });
});
