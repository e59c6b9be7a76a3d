/** Where integration tests find their services: the harness (npm test) exports these; run by
 * hand, the local PostgreSQL and Redis are used. */
export const testEnv = {
  pgAdminUrl: process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  runId: process.env.TEST_RUN_ID ?? `local${Date.now().toString(36)}`,
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  queuePrefix: `${process.env.QUEUE_PREFIX ?? 'cmtest-local'}-${Math.random().toString(36).slice(2, 8)}`,
};
