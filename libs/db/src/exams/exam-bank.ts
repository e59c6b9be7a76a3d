import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../sql';

export interface BankRow {
  version_id: string;
  question_id: string;
  area_id: string;
  /** the version's own syllabus node (the area or a node below it) */
  node_id: string;
  type: string;
  difficulty: number;
  requirement: string;
  usage: string[];
  version_status: string;
  option_keys: string[] | null;
  exposure: number;
  enemy_ids: string[];
}

/** Which versions each use may draw: exams the active version of active questions whose usage
 * includes exam; practice the approved version, active or retired, whose usage includes
 * practice (product.md) — never an exam-only item. */
const USE_FILTER = {
  exam: `v.status = 'active' AND q.status <> 'retired' AND 'exam' = ANY(v.usage)`,
  practice: `v.status IN ('active', 'retired') AND 'practice' = ANY(v.usage)`,
} as const;

async function bankFor(db: DataSource | EntityManager, use: keyof typeof USE_FILTER, trackId: string, areaIds: string[]): Promise<BankRow[]> {
  return queryRows<BankRow>(
    db,
    `WITH RECURSIVE area_nodes AS (
       SELECT id AS node_id, id AS area_id FROM syllabus_node WHERE id = ANY($2::uuid[])
       UNION ALL SELECT n.id, a.area_id FROM syllabus_node n JOIN area_nodes a ON n.parent_id = a.node_id
     )
     SELECT v.id AS version_id, q.id AS question_id, a.area_id, v.syllabus_node_id AS node_id, v.type, v.difficulty, v.requirement,
            v.usage, v.status AS version_status,
            (SELECT array_agg(o->>'key') FROM jsonb_array_elements(v.options) o) AS option_keys,
            coalesce(s.times_used, 0) AS exposure,
            coalesce((SELECT array_agg(CASE WHEN e.question_a = q.id THEN e.question_b ELSE e.question_a END)
                      FROM question_enemy e WHERE e.question_a = q.id OR e.question_b = q.id), '{}') AS enemy_ids
     FROM question q
     JOIN question_version v ON v.id = q.active_version_id
     JOIN area_nodes a ON a.node_id = v.syllabus_node_id
     LEFT JOIN item_statistic s ON s.version_id = v.id
     WHERE q.track_id = $1 AND ${USE_FILTER[use]}`,
    [trackId, areaIds],
  );
}

/** The bank a blueprint draws from today: the active version of every question whose usage
 * includes exam, mapped to the blueprint area that contains its syllabus node. */
export async function examBank(db: DataSource | EntityManager, trackId: string, areaIds: string[]): Promise<BankRow[]> {
  return bankFor(db, 'exam', trackId, areaIds);
}

/** The practice pool under the given nodes (chapters for a practice set, blueprint areas for
 * a mock exam), each row mapped to the given node that contains it. */
export async function practiceBank(db: DataSource | EntityManager, trackId: string, areaIds: string[]): Promise<BankRow[]> {
  return bankFor(db, 'practice', trackId, areaIds);
}
