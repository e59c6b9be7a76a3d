import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '@cm/contracts';
import { BullmqDispatcher, closePglite, createRedisConnection, ensureAdmin, findReferenceDataDir, openDatabase, seedDemoData, seedReferenceData } from '@cm/db';
import { startInProcessRunner, startQueueWorker } from '@cm/jobs';
import { createApiApp } from '../bootstrap/create-api-app';
import { demoAccountsFile, describeAccounts, resolveDemoPassword } from './demo-password';

/** `npm start`: API + worker + web on one port. Embedded (PGlite + in-process runner) when
 * neither DATABASE_URL nor REDIS_URL is set, else against the given services. */
export async function serve(config: AppConfig): Promise<void> {
  const { ds, applied } = await openDatabase(config.database, { migrate: config.migrate || config.mode === 'embedded' });
  let firstStart = false;
  let password: string | null = null;
  if (config.mode === 'embedded') {
    fs.mkdirSync(config.dataDir, { recursive: true });
    await seedReferenceData(ds, findReferenceDataDir(__dirname));
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM app_user`);
    firstStart = n === 0;
    if (firstStart) {
      const demo = resolveDemoPassword(config.dataDir, config.demoPassword);
      await seedDemoData(ds, demo.password);
      password = demo.password;
    }
  }
  if (config.admin) await ensureAdmin(ds, config.admin.username, config.admin.password);

  let closeQueue: () => Promise<void>;
  let app;
  if (config.mode === 'embedded') {
    const runner = startInProcessRunner(config, ds);
    app = await createApiApp({ config, dataSource: ds, dispatcher: runner, queueHealth: runner });
    closeQueue = () => runner.close();
  } else {
    const redis = createRedisConnection(config.redisUrl!);
    const dispatcher = new BullmqDispatcher(redis, config.queuePrefix);
    const worker = startQueueWorker(config, ds);
    app = await createApiApp({ config, dataSource: ds, dispatcher, queueHealth: { ping: async () => (await redis.ping()) === 'PONG' } });
    closeQueue = async () => {
      await worker.close();
      await dispatcher.close();
      redis.disconnect();
    };
  }
  await app.listen(config.port, config.host);

  const url = `http://localhost:${config.port}`;
  const banner = [
    '',
    `  客户经理认证考试与培训平台 is running (${config.mode} mode${applied.length ? `, applied ${applied.length} migration(s)` : ''})`,
    `  Open ${url}   ·   API docs ${url}/api/docs`,
    config.mode === 'embedded' ? `  Data directory: ${path.resolve(config.dataDir)}` : '',
    config.mode === 'embedded' ? describeAccounts(firstStart ? password : null, demoAccountsFile(config.dataDir)) : '',
    '',
  ].filter((l) => l !== '');
  console.log(banner.join('\n') + '\n');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(1), 30_000);
    await app.close(); // drain HTTP first, then let running jobs finish
    await closeQueue();
    await ds.destroy();
    if (config.mode === 'embedded') await closePglite();
    clearTimeout(force);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}
