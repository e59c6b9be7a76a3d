import { insertJob, queryRows, submitAttempt } from '@cm/db';
import type { JobHandler } from './processor.types';

/** Runs at deadline + grace: submits an attempt the candidate left open. If extra time moved
 * the deadline, it leaves a job for the new time (the sweep delivers it when due). */
export const submitOverdue: JobHandler<'submit-overdue'> = async ({ payload, ds, deliver }) => {
  const out = await ds.transaction(async (m) => {
    const { outcome, gradeJob } = await submitAttempt(m, payload.attemptId, 'server', null);
    if (outcome !== 'not_due') return { outcome, gradeJob };
    const [a] = await queryRows<{ due_at: Date }>(
      m,
      `SELECT a.deadline + make_interval(secs => s.grace_seconds) AS due_at FROM attempt a JOIN exam_session s ON s.id = a.session_id WHERE a.id = $1`,
      [payload.attemptId],
    );
    const dueAt = new Date(a!.due_at);
    const later = await insertJob(m, { name: 'submit-overdue', payload, runAt: dueAt, dedupKey: `submit-overdue:${payload.attemptId}:${dueAt.getTime()}` });
    return { outcome, rescheduledFor: dueAt.toISOString(), gradeJob: later };
  });
  if (out.gradeJob) await deliver(out.gradeJob);
  return { outcome: out.outcome, ...('rescheduledFor' in out ? { rescheduledFor: out.rescheduledFor } : {}) };
};
