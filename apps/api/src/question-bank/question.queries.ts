import type { DataSource, EntityManager } from 'typeorm';
import type { ListQuestionsQuery } from '@cm/contracts';
import { queryRows } from '@cm/db';
import { normaliseStem } from '@cm/domain';
import type { VersionRow } from './question.mapper';

export const VERSION_SELECT = `
  SELECT v.*, n.code AS syllabus_code, q.track_id, q.status AS q_status, q.author_id AS q_author_id, q.created_at AS q_created_at,
         av.version AS active_version
  FROM question_version v
  JOIN question q ON q.id = v.question_id
  JOIN syllabus_node n ON n.id = v.syllabus_node_id
  LEFT JOIN question_version av ON av.id = q.active_version_id`;

export async function latestVersion(db: DataSource | EntityManager, questionId: string): Promise<VersionRow | null> {
  const rows = await queryRows<VersionRow>(db, `${VERSION_SELECT} WHERE v.question_id = $1 AND v.is_latest`, [questionId]);
  return rows[0] ?? null;
}

export async function allVersions(db: DataSource | EntityManager, questionId: string): Promise<VersionRow[]> {
  return queryRows<VersionRow>(db, `${VERSION_SELECT} WHERE v.question_id = $1 ORDER BY v.version`, [questionId]);
}

export async function enemyIds(db: DataSource | EntityManager, questionId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    `SELECT question_b AS id FROM question_enemy WHERE question_a = $1 UNION SELECT question_a FROM question_enemy WHERE question_b = $1`,
    [questionId],
  );
  return rows.map((r) => r.id).sort();
}

/** Ids of a syllabus node and everything below it. */
export async function subtreeIds(db: DataSource | EntityManager, nodeId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    `WITH RECURSIVE t AS (SELECT id FROM syllabus_node WHERE id = $1 UNION ALL SELECT n.id FROM syllabus_node n JOIN t ON n.parent_id = t.id) SELECT id FROM t`,
    [nodeId],
  );
  return rows.map((r) => r.id);
}

const SORT_SQL: Record<ListQuestionsQuery['sort'], string> = {
  updatedAt: 'v.created_at ASC, v.id',
  '-updatedAt': 'v.created_at DESC, v.id',
  createdAt: 'q.created_at ASC, v.id',
  '-createdAt': 'q.created_at DESC, v.id',
  difficulty: 'v.difficulty ASC, v.created_at DESC, v.id',
  '-difficulty': 'v.difficulty DESC, v.created_at DESC, v.id',
  code: 'n.code ASC, v.created_at DESC, v.id',
  '-code': 'n.code DESC, v.created_at DESC, v.id',
};

/** One filtered, sorted page over the latest versions (partial index `WHERE is_latest`). */
export async function listLatest(db: DataSource, q: ListQuestionsQuery, nodeIds: string[] | null): Promise<{ rows: VersionRow[]; total: number }> {
  const where = ['v.is_latest'];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (nodeIds) where.push(`v.syllabus_node_id = ANY(${p(nodeIds)}::uuid[])`);
  if (q.trackId) where.push(`q.track_id = ${p(q.trackId)}`);
  if (q.type) where.push(`v.type = ${p(q.type)}`);
  if (q.status) where.push(`q.status = ${p(q.status)}`);
  if (q.difficulty) where.push(`v.difficulty = ${p(q.difficulty)}`);
  if (q.requirement) where.push(`v.requirement = ${p(q.requirement)}`);
  if (q.usage) where.push(`v.usage @> ARRAY[${p(q.usage)}]::text[]`);
  if (q.tag) where.push(`v.tags @> ARRAY[${p(q.tag)}]::text[]`);
  if (q.authorId) where.push(`v.author_id = ${p(q.authorId)}`);
  // Text search runs on the normalised stem (NFKC, lower case, no spaces or punctuation, so no
  // LIKE wildcards remain) with a trigram index; it also ignores spacing and punctuation.
  const needle = q.q ? normaliseStem(q.q) : '';
  if (needle) where.push(`v.stem_norm LIKE ${p(`%${needle}%`)}`);
  const whereSql = where.join(' AND ');
  const sort = SORT_SQL[q.sort];
  // Join only what a filter or the sort needs: both joins are required foreign keys, so they
  // never change the count, and the count can then use an index-only scan.
  const joinQ = q.trackId || q.status || sort.includes('q.') ? ' JOIN question q ON q.id = v.question_id' : '';
  const joinN = sort.includes('n.') ? ' JOIN syllabus_node n ON n.id = v.syllabus_node_id' : '';
  const countJoin = q.trackId || q.status ? ' JOIN question q ON q.id = v.question_id' : '';
  const countParams = [...params];
  const limit = p(q.pageSize);
  const offset = p((q.page - 1) * q.pageSize);
  const [rows, count] = await Promise.all([
    // Pick the page on narrow rows first, then fetch the wide columns of those ids only.
    queryRows<VersionRow>(db, `${VERSION_SELECT} WHERE v.id IN (SELECT v.id FROM question_version v${joinQ}${joinN} WHERE ${whereSql} ORDER BY ${sort} LIMIT ${limit} OFFSET ${offset}) ORDER BY ${sort}`, params),
    queryRows<{ n: number }>(db, `SELECT count(*)::int AS n FROM question_version v${countJoin} WHERE ${whereSql}`, countParams),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}
