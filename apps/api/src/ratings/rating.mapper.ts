import type { RatingCampaignDto, RatingListItemDto, RatingStatus, RatingSummaryDto, RaterRelationDto } from '@cm/contracts';
import { levelName } from '../reference/reference.mapper';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export interface CampaignRow {
  id: string;
  candidate_id: string;
  candidate_name: string;
  track_id: string;
  track_name: string;
  target_level: number;
  model_id: string;
  model_version: number;
  policy_version: number;
  status: 'open' | 'cancelled';
  due_at: Date | null;
  note: string | null;
  cancel_reason: string | null;
  created_by: string;
  created_at: Date;
}

export interface RatingRow {
  id: string;
  campaign_id: string;
  rater_id: string;
  rater_name: string;
  relation: RaterRelationDto;
  status: RatingStatus;
  saved_at: Date | null;
  submitted_at: Date | null;
}

/** SELECT list of a campaign with the names a list shows (alias c for rating_campaign). */
export const CAMPAIGN_SELECT = `SELECT c.*, cu.display_name AS candidate_name, t.name AS track_name, cm.version AS model_version, dp.version AS policy_version
  FROM rating_campaign c JOIN app_user cu ON cu.id = c.candidate_id JOIN track t ON t.id = c.track_id
  JOIN competency_model cm ON cm.id = c.model_id JOIN decision_policy dp ON dp.id = c.policy_id`;

export const RATING_SELECT = `SELECT r.id, r.campaign_id, r.rater_id, ru.display_name AS rater_name, r.relation, r.status, r.saved_at, r.submitted_at
  FROM rating r JOIN app_user ru ON ru.id = r.rater_id`;

export const isOverdue = (dueAt: Date | null, status: string, now = Date.now()) => status !== 'submitted' && dueAt !== null && new Date(dueAt).getTime() < now;

export const toRatingSummary = (r: RatingRow): RatingSummaryDto => ({
  id: r.id, raterId: r.rater_id, raterName: r.rater_name, relation: r.relation, status: r.status, savedAt: iso(r.saved_at), submittedAt: iso(r.submitted_at),
});

const RELATION_ORDER: Record<RaterRelationDto, number> = { supervisor: 0, peer: 1, self: 2 };

export function toCampaignDto(c: CampaignRow, ratings: RatingRow[]): RatingCampaignDto {
  const own = ratings.filter((r) => r.campaign_id === c.id).sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || a.rater_name.localeCompare(b.rater_name));
  const submitted = own.filter((r) => r.status === 'submitted').length;
  return {
    id: c.id, candidateId: c.candidate_id, candidateName: c.candidate_name, trackId: c.track_id, trackName: c.track_name,
    targetLevel: c.target_level, targetLevelName: levelName(c.target_level), model: { id: c.model_id, version: c.model_version }, policyVersion: c.policy_version,
    status: c.status, dueAt: iso(c.due_at), overdue: c.status === 'open' && own.some((r) => isOverdue(c.due_at, r.status)), note: c.note, cancelReason: c.cancel_reason,
    progress: { submitted, total: own.length }, ratings: own.map(toRatingSummary), createdBy: c.created_by, createdAt: iso(c.created_at)!,
  };
}

export interface RatingListRow extends RatingRow {
  candidate_id: string;
  candidate_name: string;
  track_id: string;
  track_name: string;
  target_level: number;
  campaign_status: 'open' | 'cancelled';
  due_at: Date | null;
}

export const RATING_LIST_SELECT = `SELECT r.id, r.campaign_id, r.rater_id, ru.display_name AS rater_name, r.relation, r.status, r.saved_at, r.submitted_at,
    c.candidate_id, cu.display_name AS candidate_name, c.track_id, t.name AS track_name, c.target_level, c.status AS campaign_status, c.due_at
  FROM rating r JOIN rating_campaign c ON c.id = r.campaign_id JOIN app_user ru ON ru.id = r.rater_id
  JOIN app_user cu ON cu.id = c.candidate_id JOIN track t ON t.id = c.track_id`;

export const toRatingListItem = (r: RatingListRow): RatingListItemDto => ({
  ...toRatingSummary(r),
  campaignId: r.campaign_id, candidateId: r.candidate_id, candidateName: r.candidate_name, trackId: r.track_id, trackName: r.track_name,
  targetLevel: r.target_level, targetLevelName: levelName(r.target_level), campaignStatus: r.campaign_status, dueAt: iso(r.due_at),
  overdue: r.campaign_status === 'open' && isOverdue(r.due_at, r.status),
});
