import type { EntityManager } from 'typeorm';
import { queryRows } from '../sql';
import { loadCandidateFacts } from './candidate-facts';
import { activeModelId, loadModels } from './competency-model-facts';
import { currentPolicy } from './decision-policy-store';
import { assessCandidate, type CandidateAssessment } from './assess-candidate';

export interface RequestDecisionsInput {
  trackId: string;
  targetLevel: number;
  candidateIds: string[];
  requestedBy: string;
  /** the session a batch was started from (else the exam's session) */
  sessionId?: string | null;
  batchJobId?: string | null;
}

export interface RequestedDecision {
  id: string;
  candidateId: string;
  recommended: boolean;
}

export type SkipReason = 'pending_exists' | 'already_approved';

export interface RequestDecisionsResult {
  created: RequestedDecision[];
  skipped: { candidateId: string; reason: SkipReason; decisionId: string }[];
  /** by candidate, for the caller that shows the recommendation at once */
  assessments: Map<string, CandidateAssessment>;
  policy: { id: string; version: number };
}

/** Computes and stores pending level decisions for a set of candidates of one track and level,
 * with one audit row each, inside the caller's transaction. A candidate with an open request,
 * or already approved (certificate not revoked) for that level, is skipped. Reads are
 * set-based, writes are one statement each, so a batch of thousands costs a few round trips. */
export async function requestDecisions(m: EntityManager, input: RequestDecisionsInput): Promise<RequestDecisionsResult> {
  const policy = await currentPolicy(m);
  const existing = await queryRows<{ id: string; candidate_id: string; status: string }>(
    m,
    `SELECT d.id, d.candidate_id, d.status FROM level_decision d
     WHERE d.candidate_id = ANY($1::uuid[]) AND d.track_id = $2 AND d.target_level = $3
       AND (d.status = 'pending_approval'
            OR (d.status = 'approved' AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.decision_id = d.id AND c.revoked_at IS NOT NULL)))`,
    [input.candidateIds, input.trackId, input.targetLevel],
  );
  const skipped = existing.map((e) => ({ candidateId: e.candidate_id, decisionId: e.id, reason: (e.status === 'pending_approval' ? 'pending_exists' : 'already_approved') as SkipReason }));
  const blocked = new Set(skipped.map((s) => s.candidateId));
  const todo = [...new Set(input.candidateIds)].filter((id) => !blocked.has(id));
  const assessments = new Map<string, CandidateAssessment>();
  if (!todo.length) return { created: [], skipped, assessments, policy: { id: policy.id, version: policy.version } };

  const facts = await loadCandidateFacts(m, { trackId: input.trackId, targetLevel: input.targetLevel, candidateIds: todo });
  const active = await activeModelId(m, input.trackId);
  const modelIds = [...facts.values()].map((f) => f.campaign?.modelId ?? active).filter((x): x is string => !!x);
  const models = await loadModels(m, modelIds);
  const rows = [];
  for (const id of todo) {
    const f = facts.get(id)!;
    const model = models.get(f.campaign?.modelId ?? active ?? '');
    if (!model) throw new Error(`track ${input.trackId} has no active competency model: run db:seed`);
    const a = assessCandidate(f, model, input.targetLevel, policy.value);
    assessments.set(id, a);
    rows.push({
      candidate_id: id, recommendation: a.recommendation, recommended: a.recommendation.awarded, model_id: model.id,
      campaign_id: f.campaign?.id ?? null, attempt_id: f.exam?.attemptId ?? null, session_id: input.sessionId ?? f.exam?.sessionId ?? null,
    });
  }
  const created = await queryRows<{ id: string; candidate_id: string; recommended: boolean }>(
    m,
    `INSERT INTO level_decision (candidate_id, track_id, target_level, status, recommendation, recommended, model_id, policy_id, campaign_id, attempt_id, session_id, batch_job_id, requested_by)
     SELECT x.candidate_id, $2, $3, 'pending_approval', x.recommendation, x.recommended, x.model_id, $4, x.campaign_id, x.attempt_id, x.session_id, $5, $6
     FROM jsonb_to_recordset($1::jsonb) AS x(candidate_id uuid, recommendation jsonb, recommended boolean, model_id uuid, campaign_id uuid, attempt_id uuid, session_id uuid)
     ON CONFLICT (candidate_id, track_id, target_level) WHERE status = 'pending_approval' DO NOTHING
     RETURNING id, candidate_id, recommended`,
    [JSON.stringify(rows), input.trackId, input.targetLevel, policy.id, input.batchJobId ?? null, input.requestedBy],
  );
  await m.query(
    `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, data)
     SELECT $2, 'level_decision.requested', 'level_decision', x.id::text,
            jsonb_build_object('candidateId', x.candidate_id, 'trackId', $3::uuid, 'targetLevel', $4::int, 'recommended', x.recommended,
                               'policyVersion', $5::int, 'batchJobId', $6::uuid)
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, candidate_id uuid, recommended boolean)`,
    [JSON.stringify(created), input.requestedBy, input.trackId, input.targetLevel, policy.version, input.batchJobId ?? null],
  );
  return {
    created: created.map((c) => ({ id: c.id, candidateId: c.candidate_id, recommended: c.recommended })),
    skipped,
    assessments,
    policy: { id: policy.id, version: policy.version },
  };
}
