import 'reflect-metadata';
import { openDatabase, createRedisConnection, BullmqDispatcher, ensureAdmin } from '@cm/db';
import { loadConfig } from './config/load-config';
import { createApiApp } from './bootstrap/create-api-app';

/** One API process in services mode (`npm run start:api`); stateless, so several may run. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.mode !== 'services' || !config.redisUrl) {
    throw new Error('start:api runs in services mode: set DATABASE_URL and REDIS_URL (or use `npm start` for the embedded mode).');
  }
  const { ds } = await openDatabase(config.database, { migrate: config.migrate });
  if (config.admin) await ensureAdmin(ds, config.admin.username, config.admin.password);
  const redis = createRedisConnection(config.redisUrl);
  const dispatcher = new BullmqDispatcher(redis, config.queuePrefix);
  const app = await createApiApp({ config, dataSource: ds, dispatcher, queueHealth: { ping: async () => (await redis.ping()) === 'PONG' } });
  await app.listen(config.port, config.host);
  app.getHttpAdapter().getInstance().log.info({ port: config.port }, 'API listening');
  const stop = async () => {
    await app.close(); // drains HTTP
    await dispatcher.close();
    redis.disconnect();
    await ds.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
