import type { DataSource } from 'typeorm';
import { queryRows, requestDecisions } from '@cm/db';

export class SessionNotFound extends Error {}

export interface SessionRecommendationsResult {
  sessionId: string;
  trackId: string;
  level: number;
  candidates: number;
  requested: number;
  recommended: number;
  refused: number;
  skipped: { pendingExists: number; alreadyApproved: number };
  policyVersion: number | null;
}

/** Candidates per transaction: big enough that the set-based reads dominate, small enough that
 * progress moves and a retry redoes little (the partial unique index makes reruns skip). */
export const RECOMMEND_CHUNK = 500;

/** Requests a level decision for every registered candidate of a session: the recommendation
 * for the session's track and level under the policy in force, pending a second officer. */
export async function recommendSession(
  ds: DataSource,
  input: { sessionId: string; actorId: string; jobId: string | null },
  progress: (percent: number) => Promise<void> = async () => undefined,
): Promise<SessionRecommendationsResult> {
  const [s] = await queryRows<{ track_id: string; level: number }>(ds, `SELECT track_id, level FROM exam_session WHERE id = $1`, [input.sessionId]);
  if (!s) throw new SessionNotFound(input.sessionId);
  const regs = await queryRows<{ candidate_id: string }>(ds, `SELECT candidate_id FROM registration WHERE session_id = $1 AND status = 'registered' ORDER BY created_at, candidate_id`, [input.sessionId]);
  const ids = regs.map((r) => r.candidate_id);
  const result: SessionRecommendationsResult = {
    sessionId: input.sessionId, trackId: s.track_id, level: s.level, candidates: ids.length, requested: 0, recommended: 0, refused: 0,
    skipped: { pendingExists: 0, alreadyApproved: 0 }, policyVersion: null,
  };
  for (let i = 0; i < ids.length; i += RECOMMEND_CHUNK) {
    const chunk = ids.slice(i, i + RECOMMEND_CHUNK);
    const r = await ds.transaction((m) =>
      requestDecisions(m, { trackId: s.track_id, targetLevel: s.level, candidateIds: chunk, requestedBy: input.actorId, sessionId: input.sessionId, batchJobId: input.jobId }),
    );
    result.requested += r.created.length;
    result.recommended += r.created.filter((c) => c.recommended).length;
    result.refused += r.created.filter((c) => !c.recommended).length;
    result.skipped.pendingExists += r.skipped.filter((x) => x.reason === 'pending_exists').length;
    result.skipped.alreadyApproved += r.skipped.filter((x) => x.reason === 'already_approved').length;
    result.policyVersion = r.policy.version;
    await progress(Math.min(99, Math.round(((i + chunk.length) / ids.length) * 100)));
  }
  return result;
}
