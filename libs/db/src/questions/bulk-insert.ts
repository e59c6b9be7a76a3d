import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { versionColumns, type QuestionContent } from './question-writer';

export interface BulkQuestion {
  content: QuestionContent;
  trackId: string;
}

/** Inserts many already-validated questions (version 1) with a few statements per chunk, so a
 * 10,000-row import stays well inside its time budget. Ids are generated here so question and
 * version rows pair up without relying on RETURNING order. */
export async function insertQuestionsBulk(
  m: EntityManager,
  items: BulkQuestion[],
  authorId: string,
  status: 'draft' | 'in_review',
  onProgress?: (done: number) => Promise<void>,
  chunkSize = 1000,
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = items.slice(start, start + chunkSize).map((it) => ({ id: randomUUID(), versionId: randomUUID(), it, v: versionColumns(it.content) }));
    await m.query(
      `INSERT INTO question (id, track_id, author_id, status, latest_version, syllabus_node_id)
       SELECT x.id, x.track_id, $2, $3, 1, x.node FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, track_id uuid, node uuid)`,
      [JSON.stringify(chunk.map((c) => ({ id: c.id, track_id: c.it.trackId, node: c.v.syllabus_node_id }))), authorId, status],
    );
    const rows = chunk.map((c) => ({
      id: c.versionId, question_id: c.id, node: c.v.syllabus_node_id, type: c.v.type, stem: c.v.stem, stem_norm: c.v.stem_norm,
      options: c.v.options === null ? null : JSON.parse(c.v.options), answer: c.v.answer === null ? null : JSON.parse(c.v.answer),
      difficulty: c.v.difficulty, requirement: c.v.requirement, explanation: c.v.explanation,
      rubric: c.v.rubric === null ? null : JSON.parse(c.v.rubric), tags: c.v.tags, usage: c.v.usage,
    }));
    await m.query(
      `INSERT INTO question_version (id, question_id, version, syllabus_node_id, type, stem, stem_norm, options, answer, difficulty, requirement,
         explanation, rubric, tags, usage, status, author_id, is_latest)
       SELECT x.id, x.question_id, 1, x.node, x.type, x.stem, x.stem_norm, x.options, x.answer, x.difficulty, x.requirement, x.explanation, x.rubric,
         ARRAY(SELECT jsonb_array_elements_text(x.tags)), ARRAY(SELECT jsonb_array_elements_text(x.usage)), $2, $3, true
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, question_id uuid, node uuid, type text, stem text, stem_norm text, options jsonb, answer jsonb,
         difficulty smallint, requirement text, explanation text, rubric jsonb, tags jsonb, usage jsonb)`,
      [JSON.stringify(rows), status, authorId],
    );
    await m.query(
      `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, data)
       SELECT $2, 'question.created', 'question', x.id::text, jsonb_build_object('version', 1, 'source', 'import') FROM jsonb_to_recordset($1::jsonb) AS x(id uuid)`,
      [JSON.stringify(chunk.map((c) => ({ id: c.id }))), authorId],
    );
    ids.push(...chunk.map((c) => c.id));
    await onProgress?.(Math.min(items.length, start + chunkSize));
  }
  return ids;
}
