import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { makeSerialPglitePool } from './pglite/serial-pglite-pool';

export type DatabaseTarget = { kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir: string };

/** One DataSource factory for both modes: same entities, same migrations, never synchronize. */
export function createDataSource(target: DatabaseTarget, opts: { logging?: boolean } = {}): DataSource {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    logging: opts.logging ?? false,
  };
  if (target.kind === 'postgres') {
    return new DataSource({
      ...common,
      url: target.url,
      extra: { max: target.poolSize ?? 10, application_name: 'cm-certify' },
    } as DataSourceOptions);
  }
  return new DataSource({
    ...common,
    driver: { Pool: makeSerialPglitePool(target.dataDir) },
  } as DataSourceOptions);
}

export async function runMigrations(ds: DataSource): Promise<string[]> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
