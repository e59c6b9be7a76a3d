import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  MIGRATE: bool.default(true),
  ADMIN_USERNAME: z.string().min(2).max(64).optional(),
  ADMIN_PASSWORD: z.string().min(8, 'at least 8 characters').max(256).optional(),
  DEMO_PASSWORD: z.string().min(8, 'at least 8 characters').max(256).optional(),
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('cm'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_MINUTES: z.coerce.number().int().min(5).max(60 * 24 * 30).default(720),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  GRADING_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(32),
  WEB_DIST: z.string().optional(),
  COOKIE_SECURE: bool.default(false),
  TRUST_PROXY: bool.default(false),
  SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  JOB_LOCK_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  PUBLIC_BASE_URL: z.string().regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'must be an http(s):// URL').optional(),
});

export type DatabaseConfig = { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };

export interface AppConfig {
  mode: 'embedded' | 'services';
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  redisUrl: string | null;
  migrate: boolean;
  admin: { username: string; password: string } | null;
  demoPassword: string | null;
  queuePrefix: string;
  logLevel: string;
  sessionTtlMinutes: number;
  workerConcurrency: number;
  /** grading deliveries a worker holds at once (they are graded in batches) */
  gradingConcurrency: number;
  webDist: string | null;
  cookieSecure: boolean;
  trustProxy: boolean;
  sweepIntervalSeconds: number;
  /** a claimed job's lock, renewed by a heartbeat while it runs: a killed worker's jobs run again this long after it died */
  jobLockSeconds: number;
  /** where people reach the web app (certificate verification links); null: the request's own origin */
  publicBaseUrl: string | null;
}

export class ConfigError extends Error {}

/** Parses the environment once at boot; a missing or bad setting names itself. */
export function parseConfig(env: Record<string, string | undefined>, opts: { joinPath: (...p: string[]) => string }): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = envSchema.safeParse(cleaned);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = r.data;
  if (!!e.DATABASE_URL !== !!e.REDIS_URL) {
    const missing = e.DATABASE_URL ? 'REDIS_URL' : 'DATABASE_URL';
    const given = e.DATABASE_URL ? 'DATABASE_URL' : 'REDIS_URL';
    throw new ConfigError(`Invalid configuration: ${given} is set but ${missing} is not. Set both (services mode) or neither (embedded mode).`);
  }
  if (!!e.ADMIN_USERNAME !== !!e.ADMIN_PASSWORD) {
    throw new ConfigError(`Invalid configuration: ADMIN_USERNAME and ADMIN_PASSWORD go together (${e.ADMIN_USERNAME ? 'ADMIN_PASSWORD' : 'ADMIN_USERNAME'} is missing).`);
  }
  const mode = e.DATABASE_URL ? 'services' : 'embedded';
  return {
    mode,
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE } : { kind: 'pglite', dataDir: opts.joinPath(e.DATA_DIR, 'pglite') },
    redisUrl: e.REDIS_URL ?? null,
    migrate: e.MIGRATE,
    admin: e.ADMIN_USERNAME && e.ADMIN_PASSWORD ? { username: e.ADMIN_USERNAME, password: e.ADMIN_PASSWORD } : null,
    demoPassword: e.DEMO_PASSWORD ?? null,
    queuePrefix: e.QUEUE_PREFIX,
    logLevel: e.LOG_LEVEL,
    sessionTtlMinutes: e.SESSION_TTL_MINUTES,
    workerConcurrency: e.WORKER_CONCURRENCY,
    gradingConcurrency: e.GRADING_CONCURRENCY,
    webDist: e.WEB_DIST ?? null,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    sweepIntervalSeconds: e.SWEEP_INTERVAL_SECONDS,
    jobLockSeconds: e.JOB_LOCK_SECONDS,
    publicBaseUrl: e.PUBLIC_BASE_URL ? e.PUBLIC_BASE_URL.replace(/\/+$/, '') : null,
  };
}
