import type { EntityManager } from 'typeorm';
import { queryRows, recordAudit } from '@cm/db';
import { type PaperScore, scoreObjective, scorePaper, standardScore, toOriginalKeys } from '@cm/domain';
import type { FormItem } from '../assembly/session-forms';
import { JobRefusal, type JobHandler } from './processor.types';

interface AttemptFacts {
  status: string;
  items: FormItem[];
  track_id: string;
  track_code: string;
  body: { passMark: number; sections: { type: string; scoring?: 'partial' | 'all_or_nothing' }[] };
}

const cents = (points: number) => Math.round(points * 100);

/** Scores objective items, opens marking tasks for short/case, and stores per-item points,
 * per-area totals, the 百分制 score and the knowledge items' standard scores. Idempotent:
 * rerunning writes the same rows (upserts keyed by attempt and item), never duplicates. */
export const gradeAttempt: JobHandler<'grade-attempt'> = async ({ payload, ds }) => {
  return ds.transaction(async (m) => {
    const [a] = await queryRows<AttemptFacts>(
      m,
      `SELECT a.status, f.items, s.track_id, t.code AS track_code, b.body
       FROM attempt a JOIN exam_form f ON f.id = a.form_id JOIN exam_session s ON s.id = a.session_id
       JOIN track t ON t.id = s.track_id JOIN blueprint b ON b.id = s.blueprint_id WHERE a.id = $1 FOR UPDATE OF a`,
      [payload.attemptId],
    );
    if (!a) throw new JobRefusal('ATTEMPT_MISSING', '答卷不存在');
    if (a.status === 'in_progress') throw new JobRefusal('ATTEMPT_NOT_SUBMITTED', '答卷尚未提交');
    const versions = await queryRows<{ id: string; type: string; answer: unknown }>(m, `SELECT id, type, answer FROM question_version WHERE id = ANY($1::uuid[])`, [a.items.map((i) => i.versionId)]);
    const byId = new Map(versions.map((v) => [v.id, v]));
    const answers = await queryRows<{ item_id: string; response: unknown }>(m, `SELECT item_id, response FROM attempt_answer WHERE attempt_id = $1`, [payload.attemptId]);
    const responses = new Map(answers.map((x) => [x.item_id, x.response]));
    const scoring = new Map(a.body.sections.map((s) => [s.type, s.scoring]));

    let pending = 0;
    for (const it of a.items) {
      const v = byId.get(it.versionId)!;
      const max = cents(it.points);
      if (it.type === 'short' || it.type === 'case') {
        pending += await openMarkingTask(m, payload.attemptId, it);
        continue;
      }
      const response = toOriginalKeys(it.type, responses.get(it.id) ?? null, it.optionOrder);
      const earned = scoreObjective({ type: it.type as 'single', answer: v.answer, scoring: scoring.get('multiple') }, response, max);
      await m.query(
        `INSERT INTO attempt_item_score (attempt_id, item_id, version_id, area_id, max_cents, earned_cents, status) VALUES ($1, $2, $3, $4, $5, $6, 'scored')
         ON CONFLICT (attempt_id, item_id) DO UPDATE SET earned_cents = EXCLUDED.earned_cents, max_cents = EXCLUDED.max_cents, status = 'scored', updated_at = now()`,
        [payload.attemptId, it.id, it.versionId, it.areaId, max, earned],
      );
    }
    const result = await summarise(m, payload.attemptId, a);
    const graded = pending === 0;
    await m.query(
      `UPDATE attempt SET status = $2, score = $3, passed = $4, result = $5::jsonb, graded_at = CASE WHEN $6 THEN now() ELSE NULL END WHERE id = $1`,
      [payload.attemptId, graded ? 'graded' : 'marking', graded ? result.score : null, graded ? result.score >= a.body.passMark : null, JSON.stringify(result), graded],
    );
    await recordAudit(m, { actorId: null, action: graded ? 'attempt.graded' : 'attempt.objective_scored', entityType: 'attempt', entityId: payload.attemptId, data: { score: result.score, pendingMarking: pending } });
    return { status: graded ? 'graded' : 'marking', score: result.score, pendingMarking: pending };
  });
};

/** One blind marking task per subjective item (double marking comes with the marking issue). */
async function openMarkingTask(m: EntityManager, attemptId: string, it: FormItem): Promise<number> {
  const scored = await queryRows<{ status: string }>(m, `SELECT status FROM attempt_item_score WHERE attempt_id = $1 AND item_id = $2`, [attemptId, it.id]);
  if (scored[0]?.status === 'scored') return 0;
  await m.query(
    `INSERT INTO attempt_item_score (attempt_id, item_id, version_id, area_id, max_cents, earned_cents, status) VALUES ($1, $2, $3, $4, $5, NULL, 'pending_marking')
     ON CONFLICT (attempt_id, item_id) DO NOTHING`,
    [attemptId, it.id, it.versionId, it.areaId, cents(it.points)],
  );
  await m.query(
    `INSERT INTO marking_task (attempt_id, item_id, version_id, max_points) VALUES ($1, $2, $3, $4) ON CONFLICT (attempt_id, item_id, round) DO NOTHING`,
    [attemptId, it.id, it.versionId, it.points],
  );
  return 1;
}

async function summarise(m: EntityManager, attemptId: string, a: AttemptFacts) {
  const rows = await queryRows<{ area_id: string; max_cents: number; earned_cents: number | null }>(m, `SELECT area_id, max_cents, earned_cents FROM attempt_item_score WHERE attempt_id = $1`, [attemptId]);
  const paper: PaperScore = scorePaper(rows.map((r) => ({ areaId: r.area_id, maxCents: r.max_cents, earnedCents: r.earned_cents ?? 0 })));
  const titles = await queryRows<{ id: string; code: string; title: string }>(m, `SELECT id, code, title FROM syllabus_node WHERE track_id = $1`, [a.track_id]);
  const nodeByCode = new Map(titles.map((t) => [t.code, t.id]));
  const titleById = new Map(titles.map((t) => [t.id, t.title]));
  const [ki] = await queryRows<{ value: Record<string, string[]> }>(m, `SELECT value FROM setting WHERE key = $1 ORDER BY version DESC LIMIT 1`, [`knowledge_items.${a.track_code}`]);
  const items = await queryRows<{ id: string; code: string }>(
    m,
    `SELECT i.id, i.code FROM competency_item i JOIN competency_model cm ON cm.id = i.model_id WHERE cm.track_id = $1 AND cm.status = 'active' AND i.assessment = 'exam'`,
    [a.track_id],
  );
  const knowledgeItems = items
    .map((i) => ({ itemId: i.id, standardScore: standardScore(paper.areas, (ki?.value[i.code] ?? []).map((c) => nodeByCode.get(c) ?? '')) }))
    .filter((k) => k.standardScore !== null);
  return {
    score: paper.score,
    earned: paper.earnedCents / 100,
    possible: paper.possibleCents / 100,
    areas: paper.areas.map((x) => ({ syllabusNodeId: x.areaId, title: titleById.get(x.areaId) ?? '', earned: x.earnedCents / 100, possible: x.possibleCents / 100 })),
    knowledgeItems,
  };
}
