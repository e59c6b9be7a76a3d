import type { DataSource, EntityManager } from 'typeorm';

/** Runs a statement with RETURNING and gives back its rows. TypeORM's postgres driver returns
 * `[rows, affectedCount]` for UPDATE and DELETE but plain rows for SELECT and INSERT; this
 * hides that difference so `rows[0]` always means the first returned row. */
export async function queryRows<T>(db: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const raw: unknown = await db.query(sql, params);
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[0] as T[];
  return raw as T[];
}
