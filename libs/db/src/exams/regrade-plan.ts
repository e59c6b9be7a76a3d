import type { EntityManager } from 'typeorm';
import { scoreObjective, scorePaper, toOriginalKeys } from '@cm/domain';
import { queryRows } from '../sql';

/** What regrading one attempt with corrected keys would change. */
export interface AttemptRegradePlan {
  attemptId: string;
  status: string;
  oldScore: number | null;
  newScore: number;
  oldPassed: boolean | null;
  newPassed: boolean | null;
  items: { itemId: string; fromVersionId: string; toVersionId: string; oldCents: number; newCents: number }[];
}

interface FormItem { id: string; versionId: string; questionId: string; type: string; points: number; optionOrder?: string[] }

/** Version map of a session: every objective item version on its papers whose question has
 * since got another active version of the same type, option count and blanks (a key
 * correction: the paper's shape, which autosave caches, is unchanged), optionally limited to some questions. */
export async function correctedVersions(m: EntityManager, sessionId: string, questionIds?: string[]): Promise<Record<string, string>> {
  const rows = await queryRows<{ from_id: string; to_id: string }>(
    m,
    `SELECT DISTINCT fi->>'versionId' AS from_id, q.active_version_id AS to_id
     FROM exam_form f CROSS JOIN LATERAL jsonb_array_elements(f.items) fi JOIN question q ON q.id = (fi->>'questionId')::uuid
       JOIN question_version nv ON nv.id = q.active_version_id AND nv.type = fi->>'type'
       JOIN question_version ov ON ov.id = (fi->>'versionId')::uuid
     WHERE coalesce(jsonb_array_length(nv.options), 0) = coalesce(jsonb_array_length(ov.options), 0)
       AND (SELECT count(*) FROM regexp_matches(nv.stem, '_{3,}', 'g')) = (SELECT count(*) FROM regexp_matches(ov.stem, '_{3,}', 'g'))
       AND f.session_id = $1 AND fi->>'type' IN ('single','multiple','judge','fill')
       AND q.active_version_id IS NOT NULL AND q.active_version_id <> (fi->>'versionId')::uuid
       AND ($2::uuid[] IS NULL OR q.id = ANY($2::uuid[]))`,
    [sessionId, questionIds ?? null],
  );
  return Object.fromEntries(rows.map((r) => [r.from_id, r.to_id]));
}

/** Attempts of a session that a version map touches (graded or waiting for marking). */
export async function affectedAttempts(m: EntityManager, sessionId: string, versionMap: Record<string, string>): Promise<string[]> {
  const from = Object.keys(versionMap);
  if (from.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    m,
    `SELECT a.id FROM attempt a JOIN exam_form f ON f.id = a.form_id
     WHERE a.session_id = $1 AND a.status IN ('graded','marking')
       AND EXISTS (SELECT 1 FROM jsonb_array_elements(f.items) fi WHERE fi->>'versionId' = ANY($2::text[])) ORDER BY a.id`,
    [sessionId, from],
  );
  return rows.map((r) => r.id);
}

/** Re-scores the affected objective items of one attempt with the corrected versions' keys;
 * other items keep their points (marks of people are never touched). */
export async function planAttemptRegrade(m: EntityManager, attemptId: string, versionMap: Record<string, string>): Promise<AttemptRegradePlan> {
  const [a] = await queryRows<{ status: string; score: string | null; passed: boolean | null; items: FormItem[]; body: { passMark?: number; sections: { type: string; scoring?: 'partial' | 'all_or_nothing' }[] } }>(
    m,
    `SELECT a.status, a.score, a.passed, f.items, b.body FROM attempt a JOIN exam_form f ON f.id = a.form_id JOIN exam_session s ON s.id = a.session_id
     JOIN blueprint b ON b.id = s.blueprint_id WHERE a.id = $1`,
    [attemptId],
  );
  if (!a) throw new Error(`attempt ${attemptId} not found`);
  const touched = a.items.filter((it) => versionMap[it.versionId]);
  const versions = await queryRows<{ id: string; answer: unknown }>(m, `SELECT id, answer FROM question_version WHERE id = ANY($1::uuid[])`, [touched.map((t) => versionMap[t.versionId]!)]);
  const answerOf = new Map(versions.map((v) => [v.id, v.answer]));
  const responses = new Map(
    (await queryRows<{ item_id: string; response: unknown }>(m, `SELECT item_id, response FROM attempt_answer WHERE attempt_id = $1`, [attemptId])).map((r) => [r.item_id, r.response]),
  );
  const scores = await queryRows<{ item_id: string; area_id: string; max_cents: number; earned_cents: string | null }>(m, `SELECT item_id, area_id, max_cents, earned_cents FROM item_score WHERE attempt_id = $1`, [attemptId]);
  const multipleRule = a.body.sections.find((s) => s.type === 'multiple')?.scoring;
  const items = touched.map((it) => {
    const toVersionId = versionMap[it.versionId]!;
    const max = Math.round(it.points * 100);
    const response = toOriginalKeys(it.type, responses.get(it.id) ?? null, it.optionOrder);
    const newCents = scoreObjective({ type: it.type as 'single', answer: answerOf.get(toVersionId), scoring: multipleRule }, response, max);
    const old = scores.find((s) => s.item_id === it.id);
    return { itemId: it.id, fromVersionId: it.versionId, toVersionId, oldCents: Number(old?.earned_cents ?? 0), newCents };
  });
  const newCentsOf = new Map(items.map((i) => [i.itemId, i.newCents]));
  const paper = scorePaper(scores.map((s) => ({ areaId: s.area_id, maxCents: Number(s.max_cents), earnedCents: newCentsOf.get(s.item_id) ?? Number(s.earned_cents ?? 0) })));
  const graded = a.status === 'graded';
  return {
    attemptId,
    status: a.status,
    oldScore: a.score === null ? null : Number(a.score),
    newScore: paper.score,
    oldPassed: a.passed,
    newPassed: graded ? paper.score >= Number(a.body.passMark ?? 60) : null,
    items,
  };
}
