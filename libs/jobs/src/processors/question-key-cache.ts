import type { EntityManager } from 'typeorm';
import { queryRows } from '@cm/db';

export interface QuestionKey {
  type: string;
  answer: unknown;
}

/** Question versions never change once written (an edit is a new version), so their keys are
 * cached per process; a key correction reaches papers through a regrade to the new version.
 * Bounded: cleared when it grows past the limit. */
const MAX_ENTRIES = 50_000;
const cache = new Map<string, QuestionKey>();

export async function questionKeys(m: EntityManager, versionIds: readonly string[]): Promise<Map<string, QuestionKey>> {
  const out = new Map<string, QuestionKey>();
  const missing: string[] = [];
  for (const id of versionIds) {
    const hit = cache.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  if (missing.length) {
    const rows = await queryRows<{ id: string; type: string; answer: unknown }>(m, `SELECT id, type, answer FROM question_version WHERE id = ANY($1::uuid[])`, [missing]);
    if (cache.size + rows.length > MAX_ENTRIES) cache.clear();
    for (const r of rows) {
      const key = { type: r.type, answer: r.answer };
      cache.set(r.id, key);
      out.set(r.id, key);
    }
  }
  return out;
}
