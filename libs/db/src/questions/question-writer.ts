import type { EntityManager } from 'typeorm';
import { AppError, type FieldProblem } from '@cm/contracts';
import { normaliseStem, validateQuestionContent } from '@cm/domain';
import { recordAudit } from '../audit/record-audit';
import { queryRows } from '../sql';

export interface QuestionContent {
  syllabusNodeId: string;
  type: string;
  stem: string;
  options?: { key: string; text: string }[] | null;
  answer?: unknown;
  difficulty: number;
  requirement: string;
  explanation?: string | null;
  rubric?: { criterion: string; maxPoints: number }[] | null;
  tags?: string[];
  usage?: string[];
}

const DEFAULT_USAGE = ['exam'];

/** Checks content with the domain rules; any problem is a 400 listing every field. */
export function assertValidContent(c: QuestionContent): void {
  const problems = validateQuestionContent({ ...c, usage: c.usage ?? DEFAULT_USAGE });
  if (problems.length) throw AppError.validation(problems as FieldProblem[], '题目内容不符合要求');
}

/** Stored shape of a version's content: absent parts are NULL, never empty placeholders. */
export function versionColumns(c: QuestionContent) {
  const choice = c.type === 'single' || c.type === 'multiple';
  const marked = c.type === 'short' || c.type === 'case';
  return {
    syllabus_node_id: c.syllabusNodeId,
    type: c.type,
    stem: c.stem,
    stem_norm: normaliseStem(c.stem),
    options: choice && c.options ? JSON.stringify(c.options) : null,
    answer: marked || c.answer === undefined || c.answer === null ? null : JSON.stringify(c.answer),
    difficulty: c.difficulty,
    requirement: c.requirement,
    explanation: c.explanation?.trim() ? c.explanation : null,
    rubric: marked && c.rubric ? JSON.stringify(c.rubric) : null,
    tags: [...new Set((c.tags ?? []).map((t) => t.trim()).filter(Boolean))],
    usage: [...new Set(c.usage ?? DEFAULT_USAGE)].sort(),
  };
}

export async function nodeTrack(m: EntityManager, syllabusNodeId: string): Promise<string> {
  const rows = await queryRows<{ track_id: string }>(m, `SELECT track_id FROM syllabus_node WHERE id = $1`, [syllabusNodeId]);
  if (!rows[0]) throw AppError.validation([{ path: 'syllabusNodeId', code: 'UNKNOWN_NODE', message: '大纲节点不存在' }]);
  return rows[0].track_id;
}

/** Inserts one version row and makes it the latest. */
export async function insertVersion(m: EntityManager, questionId: string, version: number, c: QuestionContent, authorId: string, status = 'draft'): Promise<string> {
  const v = versionColumns(c);
  await m.query(`UPDATE question_version SET is_latest = false WHERE question_id = $1 AND is_latest`, [questionId]);
  const rows = await queryRows<{ id: string }>(
    m,
    `INSERT INTO question_version (question_id, version, syllabus_node_id, type, stem, stem_norm, options, answer, difficulty, requirement,
       explanation, rubric, tags, usage, status, author_id, is_latest)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12::jsonb, $13, $14, $15, $16, true) RETURNING id`,
    [questionId, version, v.syllabus_node_id, v.type, v.stem, v.stem_norm, v.options, v.answer, v.difficulty, v.requirement, v.explanation, v.rubric, v.tags, v.usage, status, authorId],
  );
  return rows[0]!.id;
}

/** Records enemy pairs (never on the same paper); both questions must exist and be of the same track. */
export async function setEnemies(m: EntityManager, questionId: string, trackId: string, enemyIds: string[], actorId: string): Promise<void> {
  const ids = [...new Set(enemyIds)].filter((id) => id !== questionId);
  await m.query(`DELETE FROM question_enemy WHERE question_a = $1 OR question_b = $1`, [questionId]);
  if (!ids.length) return;
  const found = await queryRows<{ id: string }>(m, `SELECT id FROM question WHERE id = ANY($1) AND track_id = $2`, [ids, trackId]);
  if (found.length !== ids.length) {
    const known = new Set(found.map((f) => f.id));
    throw AppError.validation(ids.filter((id) => !known.has(id)).map((id) => ({ path: 'enemyIds', code: 'UNKNOWN_QUESTION', message: `互斥题 ${id} 不存在或不属于同一岗位序列` })));
  }
  for (const other of ids) {
    const [a, b] = questionId < other ? [questionId, other] : [other, questionId];
    await m.query(`INSERT INTO question_enemy (question_a, question_b, created_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [a, b, actorId]);
  }
}

/** Creates a question with version 1 as a draft (validated, audited). */
export async function createQuestion(m: EntityManager, c: QuestionContent & { enemyIds?: string[] }, authorId: string, opts: { audit?: boolean; source?: string } = {}): Promise<{ id: string; versionId: string }> {
  assertValidContent(c);
  const trackId = await nodeTrack(m, c.syllabusNodeId);
  const rows = await queryRows<{ id: string }>(
    m,
    `INSERT INTO question (track_id, author_id, status, latest_version, syllabus_node_id) VALUES ($1, $2, 'draft', 1, $3) RETURNING id`,
    [trackId, authorId, c.syllabusNodeId],
  );
  const id = rows[0]!.id;
  const versionId = await insertVersion(m, id, 1, c, authorId);
  if (c.enemyIds?.length) await setEnemies(m, id, trackId, c.enemyIds, authorId);
  if (opts.audit !== false) {
    await recordAudit(m, { actorId: authorId, action: 'question.created', entityType: 'question', entityId: id, data: { version: 1, source: opts.source ?? 'api' } });
  }
  return { id, versionId };
}
