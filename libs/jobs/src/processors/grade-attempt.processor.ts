import type { EntityManager } from 'typeorm';
import { finaliseAttempt, queryRows, RESULT_CONTEXT_COLUMNS, type ResultContext } from '@cm/db';
import { scoreObjective, toOriginalKeys } from '@cm/domain';
import type { FormItem } from '../assembly/session-forms';
import { JobRefusal, type JobHandler } from './processor.types';
import { questionKeys } from './question-key-cache';

interface AttemptFacts extends ResultContext {
  status: string;
  score: string | null;
  items: FormItem[];
  body: { passMark: number; sections: { type: string; scoring?: 'partial' | 'all_or_nothing' }[]; doubleMarking?: { short: boolean; case: boolean } };
  /** item id → stored response (displayed option keys) */
  answers: Record<string, unknown> | null;
}

const cents = (points: number) => Math.round(points * 100);

/** Scores objective items, opens marking tasks for short/case, and stores per-item points,
 * per-area totals, the 百分制 score and the knowledge items' standard scores.
 * Exactly once in effect: the attempt row is locked, and an attempt already scored (a job
 * delivered again after its worker died between commit and completion) is left as it is.
 * The hot path is a handful of statements whatever the paper's length: one locked read with
 * the answers and the result context, the keys from an immutable cache, one batched upsert of
 * every item score, the totals, the audit event and the job's completion. */
export const gradeAttempt: JobHandler<'grade-attempt'> = async ({ payload, ds, complete }) => {
  return ds.transaction(async (m) => {
    const [a] = await queryRows<AttemptFacts>(
      m,
      `SELECT a.status, a.score, f.items, b.body,
         (SELECT jsonb_object_agg(x.item_id, x.response) FROM attempt_answer x WHERE x.attempt_id = a.id) AS answers,
         ${RESULT_CONTEXT_COLUMNS}
       FROM attempt a JOIN exam_form f ON f.id = a.form_id JOIN exam_session s ON s.id = a.session_id
       JOIN track t ON t.id = s.track_id JOIN blueprint b ON b.id = s.blueprint_id WHERE a.id = $1 FOR UPDATE OF a`,
      [payload.attemptId],
    );
    if (!a) throw new JobRefusal('ATTEMPT_MISSING', '答卷不存在');
    if (a.status === 'in_progress') throw new JobRefusal('ATTEMPT_NOT_SUBMITTED', '答卷尚未提交');
    if (a.status === 'graded' || a.status === 'marking') {
      return { status: a.status, score: a.score === null ? null : Number(a.score), alreadyGraded: true };
    }
    const keys = await questionKeys(m, a.items.map((i) => i.versionId));
    const responses = a.answers ?? {};
    const multipleScoring = a.body.sections.find((s) => s.type === 'multiple')?.scoring;

    const scored: { id: string; versionId: string; areaId: string; max: number; earned: number }[] = [];
    const subjective: FormItem[] = [];
    for (const it of a.items) {
      if (it.type === 'short' || it.type === 'case') {
        subjective.push(it);
        continue;
      }
      const max = cents(it.points);
      const response = toOriginalKeys(it.type, responses[it.id] ?? null, it.optionOrder);
      const earned = scoreObjective({ type: it.type as 'single', answer: keys.get(it.versionId)?.answer, scoring: multipleScoring }, response, max);
      scored.push({ id: it.id, versionId: it.versionId, areaId: it.areaId, max, earned });
    }
    if (scored.length) {
      await m.query(
        `INSERT INTO attempt_item_score (attempt_id, item_id, version_id, area_id, max_cents, earned_cents, status)
         SELECT $1, x.item_id, x.version_id, x.area_id, x.max_cents, x.earned_cents, 'scored'
         FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::int[], $6::int[]) AS x(item_id, version_id, area_id, max_cents, earned_cents)
         ON CONFLICT (attempt_id, item_id) DO UPDATE SET earned_cents = EXCLUDED.earned_cents, max_cents = EXCLUDED.max_cents, status = 'scored', updated_at = now()`,
        [payload.attemptId, scored.map((s) => s.id), scored.map((s) => s.versionId), scored.map((s) => s.areaId), scored.map((s) => s.max), scored.map((s) => s.earned)],
      );
    }
    if (subjective.length) await openMarkingTasks(m, payload.attemptId, subjective, (it) => a.body.doubleMarking?.[it.type as 'short' | 'case'] === true);
    // The attempt had no scores before (it was only submitted): the summary needs no read-back.
    const rows = [
      ...scored.map((x) => ({ area_id: x.areaId, max_cents: x.max, earned_cents: x.earned, status: 'scored' })),
      ...subjective.map((it) => ({ area_id: it.areaId, max_cents: cents(it.points), earned_cents: null, status: 'pending_marking' })),
    ];
    const outcome = await finaliseAttempt(m, payload.attemptId, null, 'objective', { rows, context: a });
    // The job is recorded completed in this same transaction: graded and done commit together.
    await complete(m, outcome);
    return outcome;
  });
};

/** Blind marking tasks per subjective item: round 1, and round 2 when the blueprint asks for
 * double marking (an arbitration round 3 is opened by marking when the two disagree). */
async function openMarkingTasks(m: EntityManager, attemptId: string, items: FormItem[], double: (it: FormItem) => boolean): Promise<void> {
  await m.query(
    `INSERT INTO attempt_item_score (attempt_id, item_id, version_id, area_id, max_cents, earned_cents, status)
     SELECT $1, x.item_id, x.version_id, x.area_id, x.max_cents, NULL, 'pending_marking'
     FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::int[]) AS x(item_id, version_id, area_id, max_cents)
     ON CONFLICT (attempt_id, item_id) DO NOTHING`,
    [attemptId, items.map((it) => it.id), items.map((it) => it.versionId), items.map((it) => it.areaId), items.map((it) => cents(it.points))],
  );
  const tasks = items.flatMap((it) => (double(it) ? [1, 2] : [1]).map((round) => ({ it, round })));
  await m.query(
    `INSERT INTO marking_task (attempt_id, item_id, version_id, max_points, round)
     SELECT $1, x.item_id, x.version_id, x.max_points, x.round
     FROM unnest($2::text[], $3::uuid[], $4::numeric[], $5::int[]) AS x(item_id, version_id, max_points, round)
     ON CONFLICT (attempt_id, item_id, round) DO NOTHING`,
    [attemptId, tasks.map((t) => t.it.id), tasks.map((t) => t.it.versionId), tasks.map((t) => t.it.points), tasks.map((t) => t.round)],
  );
}
