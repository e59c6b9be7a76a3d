import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@cm/db';

export interface BlueprintRow {
  id: string;
  track_id: string;
  level: number;
  version: number;
  status: 'draft' | 'active' | 'retired';
  name: string;
  body: Record<string, unknown>;
  provenance: 'default' | 'organisation';
  created_by: string | null;
  created_at: Date;
  activated_by: string | null;
  activated_at: Date | null;
}

/** Ancestor test over the syllabus tree of one track, for "no area inside another". */
export async function syllabusTree(db: DataSource | EntityManager, trackId: string) {
  const rows = await queryRows<{ id: string; parent_id: string | null }>(db, `SELECT id, parent_id FROM syllabus_node WHERE track_id = $1`, [trackId]);
  const parent = new Map(rows.map((r) => [r.id, r.parent_id]));
  return {
    nodeExists: (id: string) => parent.has(id),
    isAncestor: (a: string, b: string) => {
      for (let p = parent.get(b) ?? null; p; p = parent.get(p) ?? null) if (p === a) return true;
      return false;
    },
  };
}
