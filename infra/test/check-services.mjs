// Diagnostic: `node infra/test/check-services.mjs` finds or brings up PostgreSQL, Redis and
// Chromium exactly as `npm test` does, proves each accepts work (a fresh database with a UTF-8
// round trip, keys set and deleted by prefix), then cleans up and stops what it started.
// CM_TEST_FORCE_THROWAWAY=1 skips the 127.0.0.1:5432/6379 probes to exercise the throwaway path.
import crypto from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import { ensurePostgres, createDatabase, dropDatabaseFamily } from '../services/postgres.mjs';
import { ensureRedis, deleteKeys } from '../services/redis.mjs';
import { ensureChromium } from '../services/chromium.mjs';

const id = `check_${crypto.randomBytes(4).toString('hex')}`;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const handles = [];
let failed = false;
try {
  const postgres = await ensurePostgres();
  handles.push(postgres);
  const redis = await ensureRedis();
  handles.push(redis);
  const chromium = await ensureChromium();
  console.log(`services up after ${elapsed()}: postgres=${postgres.source} redis=${redis.source} chromium=${chromium.path}`);

  const dbName = `cm_test_${id}`;
  const dbUrl = await createDatabase(postgres.adminUrl, dbName);
  await createDatabase(postgres.adminUrl, `${dbName}_extra`);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const { rows } = await client.query("select current_database() as db, '比重表' as text");
  await client.end();
  if (rows[0].db !== dbName || rows[0].text !== '比重表') throw new Error(`unexpected row ${JSON.stringify(rows[0])}`);
  console.log(`postgres: created ${dbName} (+ _extra), UTF-8 round trip ok`);

  const prefix = `cmtest-${id}`;
  const r = new Redis(redis.url, { maxRetriesPerRequest: null });
  await r.set(`${prefix}:a`, '1');
  await r.set(`${prefix}:b`, '2');
  r.disconnect();
  const deleted = await deleteKeys(redis.url, prefix);
  if (deleted !== 2) throw new Error(`expected to delete 2 keys, deleted ${deleted}`);
  console.log(`redis: set and deleted 2 keys under ${prefix}`);

  const dropped = await dropDatabaseFamily(postgres.adminUrl, dbName);
  console.log(`postgres: dropped ${dropped.join(', ')}`);
} catch (error) {
  failed = true;
  console.error(`check failed: ${error.message}`);
} finally {
  for (const handle of handles.reverse()) await handle.stop().catch((e) => console.error(e.message));
}
console.log(`${failed ? 'FAILED' : 'ok'} after ${elapsed()}`);
process.exit(failed ? 1 : 0);
