import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

/** Runs a statement with RETURNING and gives back its rows. TypeORM's postgres driver returns
 * `[rows, affectedCount]` for UPDATE and DELETE but plain rows for SELECT and INSERT; this
 * hides that difference so `rows[0]` always means the first returned row. */
export async function queryRows<T>(db: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const raw: unknown = await db.query(sql, params);
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[0] as T[];
  return raw as T[];
}

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const statementNames = new Map<string, string>();

/** queryRows for a hot statement run over and over (grading): on PostgreSQL it is a named
 * prepared statement, parsed and planned once per pooled connection instead of per run.
 * Elsewhere (the embedded database) it is an ordinary query. Outside a transaction only: it
 * takes any free connection of the pool. */
export async function preparedRows<T>(ds: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const pool = (ds.driver as unknown as { master?: PgPool }).master;
  if (ds.options.type !== 'postgres' || !pool || typeof pool.query !== 'function') return queryRows<T>(ds, sql, params);
  let name = statementNames.get(sql);
  if (!name) {
    name = `cm_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  const res = await pool.query({ name, text: sql, values: params });
  return res.rows as T[];
}
