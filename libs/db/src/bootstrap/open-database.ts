import type { DataSource } from 'typeorm';
import { createDataSource, type DatabaseTarget } from '../data-source';

/** Opens the database and, when asked, applies pending migrations. On PostgreSQL an advisory
 * lock makes several API processes starting together migrate once; PGlite has one process. */
export async function openDatabase(target: DatabaseTarget, opts: { migrate: boolean }): Promise<{ ds: DataSource; applied: string[] }> {
  const ds = createDataSource(target);
  await ds.initialize();
  if (!opts.migrate) return { ds, applied: [] };
  if (target.kind === 'pglite') {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return { ds, applied: applied.map((m) => m.name) };
  }
  // The lock lives on its own connection (pool size ≥ 2), released whatever happens.
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(7262000)`);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return { ds, applied: applied.map((m) => m.name) };
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(7262000)`).catch(() => undefined);
    await runner.release();
  }
}
