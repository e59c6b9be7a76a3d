import 'reflect-metadata';
import { openDatabase } from '@cm/db';
import { loadConfig } from './config/load-config';
import { startQueueWorker } from '@cm/jobs';

/** One worker process in services mode (`npm run start:worker`); several may run. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.mode !== 'services') throw new Error('start:worker runs in services mode: set DATABASE_URL and REDIS_URL.');
  const { ds } = await openDatabase(config.database, { migrate: false });
  const worker = startQueueWorker(config, ds);
  const stop = async () => {
    const force = setTimeout(() => process.exit(1), 30_000);
    await worker.close();
    await ds.destroy();
    clearTimeout(force);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
