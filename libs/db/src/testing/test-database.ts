import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../bootstrap/open-database';

/** A fresh PostgreSQL database per test file, named after the test run so that a run never
 * touches other databases; dropped at the end. The harness (npm test) sets TEST_PG_ADMIN_URL
 * and TEST_RUN_ID; run by hand, the local server on 127.0.0.1:5432 is used. */
export interface TestDatabase {
  url: string;
  ds: DataSource;
  drop(): Promise<void>;
}

export async function createTestDatabase(adminUrl: string, runId: string): Promise<TestDatabase> {
  const name = `cm_test_${runId}_${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const { ds } = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 }, { migrate: true });
  return {
    url: url.toString(),
    ds,
    async drop() {
      if (ds.isInitialized) await ds.destroy();
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
