import type { EntityManager } from 'typeorm';
import { type CriterionScore, resolveItemMark } from '@cm/domain';
import { recordAudit } from '../audit/record-audit';
import { queryRows } from '../sql';
import { finaliseAttempt } from './attempt-result';

export interface MarkOutcome {
  /** how the item now stands: final with its rule, waiting for the other marker, or sent to an arbiter */
  item: 'final' | 'waiting' | 'arbitration';
  attemptStatus: 'graded' | 'marking';
}

/** Stores one marker's scores of a task (already checked against the rubric) and resolves
 * the item: single mark, mean of two, or an arbitration task when they disagree; when the
 * attempt has no pending item left it becomes `graded`. The caller holds the attempt lock. */
export async function recordMark(
  m: EntityManager,
  input: { taskId: string; attemptId: string; itemId: string; markerId: string; scores: CriterionScore[]; comment: string | null; markCents: number; thresholdPercent: number },
): Promise<MarkOutcome> {
  await m.query(
    `UPDATE marking_task SET status = 'done', assignee_id = $2, assigned_at = coalesce(assigned_at, now()), scores = $3::jsonb, comment = $4, points = $5, marked_at = now() WHERE id = $1`,
    [input.taskId, input.markerId, JSON.stringify(input.scores), input.comment, input.markCents / 100],
  );
  const rounds = await queryRows<{ round: number; status: string; points: string | null; max_points: string }>(
    m,
    `SELECT round, status, points, max_points FROM marking_task WHERE attempt_id = $1 AND item_id = $2 ORDER BY round`,
    [input.attemptId, input.itemId],
  );
  const maxCents = Math.round(Number(rounds[0]!.max_points) * 100);
  const state = resolveItemMark({
    // Double marking is what grading opened for this answer (a round 2), whatever the blueprint says now.
    double: rounds.some((r) => r.round === 2),
    thresholdPercent: input.thresholdPercent,
    maxCents,
    rounds: new Map(rounds.map((r) => [r.round, r.status === 'done' && r.points !== null ? Math.round(Number(r.points) * 10000) / 100 : null])),
  });
  await recordAudit(m, { actorId: input.markerId, action: 'marking.scored', entityType: 'marking_task', entityId: input.taskId, data: { points: input.markCents / 100 } });
  if (state.kind === 'needs_arbiter') {
    await m.query(
      `INSERT INTO marking_task (attempt_id, item_id, version_id, max_points, round)
       SELECT attempt_id, item_id, version_id, max_points, 3 FROM marking_task WHERE id = $1 ON CONFLICT (attempt_id, item_id, round) DO NOTHING`,
      [input.taskId],
    );
    await recordAudit(m, { actorId: null, action: 'marking.arbitration_opened', entityType: 'attempt', entityId: input.attemptId, data: { itemId: input.itemId, differencePoints: state.differenceCents / 100, thresholdPoints: state.thresholdCents / 100 } });
    return { item: 'arbitration', attemptStatus: 'marking' };
  }
  if (state.kind === 'waiting') return { item: 'waiting', attemptStatus: 'marking' };
  await m.query(`UPDATE attempt_item_score SET earned_cents = $3, status = 'scored', updated_at = now() WHERE attempt_id = $1 AND item_id = $2`, [input.attemptId, input.itemId, state.cents]);
  const { status } = await finaliseAttempt(m, input.attemptId, input.markerId, 'marked');
  return { item: 'final', attemptStatus: status };
}
