import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** Runs a statement with RETURNING and gives back its rows. TypeORM's postgres driver returns
 * `[rows, affectedCount]` for UPDATE and DELETE but plain rows for SELECT and INSERT; this
 * hides that difference so `rows[0]` always means the first returned row. */
export async function queryRows<T>(db: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const raw: unknown = await db.query(sql, params);
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[0] as T[];
  return raw as T[];
}

/** Where a hot statement runs: rows of a named prepared statement. */
export interface StatementRunner {
  rows<T>(sql: string, params: unknown[]): Promise<T[]>;
}

interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const statementNames = new Map<string, string>();

function named(pool: PgQueryable): StatementRunner {
  return {
    async rows<T>(sql: string, params: unknown[]) {
      let name = statementNames.get(sql);
      if (!name) {
        name = `cm_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
        statementNames.set(sql, name);
      }
      return (await pool.query({ name, text: sql, values: params })).rows as T[];
    },
  };
}

/** Hot statements run over and over (grading) on the data source's own pool: on PostgreSQL as
 * named prepared statements (parsed once per pooled connection); elsewhere (the embedded
 * database) as ordinary queries. Outside a transaction only: any free connection is taken. */
export function preparedOn(ds: DataSource): StatementRunner {
  const pool = (ds.driver as unknown as { master?: PgQueryable }).master;
  if (ds.options.type !== 'postgres' || !pool || typeof pool.query !== 'function') return { rows: (sql, params) => queryRows(ds, sql, params) };
  return named(pool);
}

/** A small pool of its own for a few hot statements whose plan fits every run: its connections
 * plan cached statements once (plan_cache_mode = force_generic_plan) — left to choose,
 * PostgreSQL re-plans them per run, which for grading's statements cost more than the work.
 * Only these connections: on the shared pool it would also freeze the plans of every
 * parameterised query (partial indexes need the parameter's value). Null when the data source
 * is not a PostgreSQL server (the embedded database). */
export function genericPlanPool(ds: DataSource, max: number, applicationName: string): (StatementRunner & { close(): Promise<void> }) | null {
  const url = (ds.options as { url?: string }).url;
  if (ds.options.type !== 'postgres' || !url || (ds.driver as unknown as { master?: unknown }).master === undefined) return null;
  const pool = new Pool({ connectionString: url, max, application_name: applicationName, options: '-c plan_cache_mode=force_generic_plan', idleTimeoutMillis: 30_000 });
  // An idle connection that breaks (database restarted) is dropped; the next use opens another.
  pool.on('error', () => undefined);
  return { ...named(pool), close: () => pool.end() };
}
