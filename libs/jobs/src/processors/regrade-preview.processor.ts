import { affectedAttempts, planAttemptRegrade, queryRows } from '@cm/db';
import { JobRefusal, type JobHandler } from './processor.types';

/** Computes what a regrade would change (scores and pass/fail per attempt) without writing
 * any score: the officer confirms the preview before anything changes. */
export const regradePreview: JobHandler<'regrade-preview'> = async ({ payload, ds, progress }) => {
  const [r] = await queryRows<{ session_id: string; version_map: Record<string, string>; status: string }>(ds, `SELECT session_id, version_map, status FROM regrade WHERE id = $1`, [payload.regradeId]);
  if (!r) throw new JobRefusal('REGRADE_MISSING', '重新评分记录不存在');
  if (r.status !== 'previewing') return { status: r.status };
  const attempts = await affectedAttempts(ds.manager, r.session_id, r.version_map);
  const changes = [];
  for (const [i, attemptId] of attempts.entries()) {
    const plan = await planAttemptRegrade(ds.manager, attemptId, r.version_map);
    const [who] = await queryRows<{ display_name: string; username: string }>(ds, `SELECT u.display_name, u.username FROM attempt a JOIN app_user u ON u.id = a.candidate_id WHERE a.id = $1`, [attemptId]);
    changes.push({
      attemptId, candidateName: who?.display_name ?? '', username: who?.username ?? '', status: plan.status,
      oldScore: plan.oldScore, newScore: plan.newScore, oldPassed: plan.oldPassed, newPassed: plan.newPassed,
      itemsChanged: plan.items.filter((x) => x.oldCents !== x.newCents).length,
    });
    if (i % 20 === 19) await progress(Math.round(((i + 1) / attempts.length) * 100));
  }
  await ds.query(`UPDATE regrade SET status = 'ready', changes = $2::jsonb WHERE id = $1 AND status = 'previewing'`, [payload.regradeId, JSON.stringify(changes)]);
  return { attempts: changes.length, scoreChanges: changes.filter((c) => c.oldScore !== c.newScore).length };
};
