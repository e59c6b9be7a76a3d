import type { AppealDto, LevelDecisionDto, RecommendationDto } from '@cm/contracts';
import { appealDeadline } from '@cm/domain';
import { levelName } from '../reference/reference.mapper';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export interface DecisionRow {
  id: string;
  candidate_id: string;
  candidate_name: string;
  track_id: string;
  track_name: string;
  target_level: number;
  status: LevelDecisionDto['status'];
  recommendation: RecommendationDto;
  requested_by: string;
  requested_by_name: string;
  requested_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  effective_at: Date | null;
  reject_reason: string | null;
  comment: string | null;
  override_reason: string | null;
  model_id: string;
  model_version: number;
  policy_version: number;
  appeal_window_days: number;
  campaign_id: string | null;
  attempt_id: string | null;
  session_id: string | null;
  certificate_code: string | null;
  certificate_revoked_at: Date | null;
}

export interface AppealRow {
  id: string;
  decision_id: string;
  candidate_id: string;
  text: string;
  status: AppealDto['status'];
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  created_at: Date;
}

/** SELECT list of a decision with names, pinned versions and its certificate (alias d). */
export const DECISION_SELECT = `SELECT d.*, cu.display_name AS candidate_name, t.name AS track_name, ru.display_name AS requested_by_name,
    du.display_name AS decided_by_name, cm.version AS model_version, dp.version AS policy_version,
    (dp.value->>'appealWindowDays')::int AS appeal_window_days, c.code AS certificate_code, c.revoked_at AS certificate_revoked_at
  FROM level_decision d JOIN app_user cu ON cu.id = d.candidate_id JOIN track t ON t.id = d.track_id
  JOIN app_user ru ON ru.id = d.requested_by LEFT JOIN app_user du ON du.id = d.decided_by
  JOIN competency_model cm ON cm.id = d.model_id JOIN decision_policy dp ON dp.id = d.policy_id
  LEFT JOIN certificate c ON c.decision_id = d.id`;

export const toAppealDto = (a: AppealRow): AppealDto => ({
  id: a.id, decisionId: a.decision_id, candidateId: a.candidate_id, text: a.text, status: a.status,
  decidedBy: a.decided_by, decidedAt: iso(a.decided_at), reason: a.reason, createdAt: iso(a.created_at)!,
});

/** Officers see everything; the candidate an allow-list (no internal comment or override note). */
export function toDecisionDto(d: DecisionRow, appeal: AppealRow | null, officer: boolean): LevelDecisionDto {
  const deadline = d.status === 'rejected' && !appeal && d.decided_at ? appealDeadline(new Date(d.decided_at), d.appeal_window_days).toISOString() : null;
  return {
    id: d.id, candidateId: d.candidate_id, candidateName: d.candidate_name, trackId: d.track_id, trackName: d.track_name,
    targetLevel: d.target_level, targetLevelName: levelName(d.target_level), status: d.status, recommendation: d.recommendation,
    requestedBy: d.requested_by, requestedByName: d.requested_by_name, requestedAt: iso(d.requested_at)!,
    decidedBy: d.decided_by, decidedByName: d.decided_by_name, decidedAt: iso(d.decided_at), effectiveAt: iso(d.effective_at), rejectReason: d.reject_reason,
    ...(officer ? { comment: d.comment, overrideReason: d.override_reason } : {}),
    inputs: { modelId: d.model_id, modelVersion: d.model_version, policyVersion: d.policy_version, campaignId: d.campaign_id, attemptId: d.attempt_id, sessionId: d.session_id },
    certificate: d.certificate_code ? { code: d.certificate_code, revokedAt: iso(d.certificate_revoked_at) } : null,
    appeal: appeal ? toAppealDto(appeal) : null,
    appealDeadline: deadline,
  };
}
