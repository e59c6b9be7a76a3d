import { SessionNotFound, recommendSession } from '../levels/session-recommendations';
import { JobRefusal, type JobHandler } from './processor.types';

/** Batch level recommendations for a whole session (G7), with progress. Idempotent: a rerun
 * skips candidates whose request already exists. */
export const recommendSessionJob: JobHandler<'recommend-session'> = async ({ payload, ds, progress, jobId }) => {
  try {
    return await recommendSession(ds, { sessionId: payload.sessionId, actorId: payload.actorId, jobId }, progress);
  } catch (err) {
    if (err instanceof SessionNotFound) throw new JobRefusal('SESSION_NOT_FOUND', '考试场次不存在');
    throw err;
  }
};
