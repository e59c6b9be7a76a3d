import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import IORedis from 'ioredis';
import { parseConfig, type AppConfig } from '@cm/contracts';
import { BullmqDispatcher, createTestDatabase, findReferenceDataDir, seedDemoData, seedReferenceData, type TestDatabase } from '@cm/db';
import { startQueueWorker, type RunningWorker } from '@cm/jobs';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { testEnv } from './test-env';

export const DEMO_PASSWORD = 'Demo-Test-Pass-2026';

export interface ApiHarness {
  baseUrl: string;
  app: NestFastifyApplication;
  db: TestDatabase;
  config: AppConfig;
  worker: RunningWorker | null;
  /** JSON request helper: returns status, body and headers. */
  call(method: string, path: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Boots the real API (services mode: real PostgreSQL database of its own, real Redis with
 * its own queue prefix) on a random port, with reference and demo data loaded. */
export async function startApiHarness(opts: { worker?: boolean; env?: Record<string, string> } = {}): Promise<ApiHarness> {
  const db = await createTestDatabase(testEnv.pgAdminUrl, testEnv.runId);
  await seedReferenceData(db.ds, findReferenceDataDir(__dirname));
  await seedDemoData(db.ds, DEMO_PASSWORD);
  const config = parseConfig(
    { DATABASE_URL: db.url, REDIS_URL: testEnv.redisUrl, QUEUE_PREFIX: testEnv.queuePrefix, LOG_LEVEL: 'silent', PORT: '0', WORKER_CONCURRENCY: '2', ...opts.env },
    { joinPath: (...p) => p.join('/') },
  );
  const redis = new IORedis(testEnv.redisUrl, { maxRetriesPerRequest: null });
  const dispatcher = new BullmqDispatcher(redis, config.queuePrefix);
  const app = await createApiApp({ config, dataSource: db.ds, dispatcher, queueHealth: { ping: async () => (await redis.ping()) === 'PONG' } });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const worker = opts.worker ? startQueueWorker(config, db.ds) : null;

  const call: ApiHarness['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body: string | undefined;
    if (o.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(o.body);
    }
    const res = await fetch(baseUrl + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const r = await call('POST', '/api/auth/login', { body: { username, password } });
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.accessToken as string;
  };
  return {
    baseUrl, app, db, config, worker, call, login,
    async close() {
      if (worker) await worker.close();
      await app.close();
      await dispatcher.close();
      await redis.quit();
      await db.drop();
    },
  };
}
