import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@cm/db';
import { chapterMastery, MASTERY_WINDOW, type ChapterMastery, type PracticeOutcome } from '@cm/domain';

type Db = DataSource | EntityManager;

/** The graded objective answers inside each (candidate, chapter) window — the database cuts
 * the window so that only what mastery counts is read; the domain does the arithmetic. */
export async function recentOutcomes(db: Db, candidateIds: string[], trackId: string): Promise<Map<string, PracticeOutcome[]>> {
  const rows = await queryRows<{ candidate_id: string; chapter_id: string; correct: boolean; answered_at: Date }>(
    db,
    `SELECT candidate_id, chapter_id, correct, answered_at FROM (
       SELECT candidate_id, chapter_id, correct, answered_at,
              row_number() OVER (PARTITION BY candidate_id, chapter_id ORDER BY answered_at DESC, id DESC) AS rn
       FROM training_answer WHERE candidate_id = ANY($1::uuid[]) AND track_id = $2 AND correct IS NOT NULL
     ) t WHERE rn <= $3`,
    [candidateIds, trackId, MASTERY_WINDOW],
  );
  const out = new Map<string, PracticeOutcome[]>(candidateIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.candidate_id)!.push({ chapterId: r.chapter_id, correct: r.correct, answeredAt: new Date(r.answered_at).getTime() });
  return out;
}

export async function masteryOf(db: Db, candidateId: string, trackId: string, chapterIds: string[]): Promise<Map<string, ChapterMastery>> {
  const outcomes = (await recentOutcomes(db, [candidateId], trackId)).get(candidateId) ?? [];
  return chapterMastery(outcomes, chapterIds);
}

/** Confirmed hours (training_record, what eligibility sums) and pending self-study per level. */
export async function hoursOf(db: Db, candidateIds: string[], trackId: string, level: number): Promise<Map<string, { completed: number; pending: number }>> {
  const rows = await queryRows<{ candidate_id: string; completed: string; pending: string }>(
    db,
    `SELECT c.id AS candidate_id,
            coalesce((SELECT sum(hours) FROM training_record r WHERE r.candidate_id = c.id AND r.track_id = $2 AND r.level = $3), 0) AS completed,
            coalesce((SELECT sum(hours) FROM self_study_claim s WHERE s.candidate_id = c.id AND s.track_id = $2 AND s.level = $3 AND s.status = 'pending'), 0) AS pending
     FROM unnest($1::uuid[]) AS c(id)`,
    [candidateIds, trackId, level],
  );
  return new Map(rows.map((r) => [r.candidate_id, { completed: Number(r.completed), pending: Number(r.pending) }]));
}
