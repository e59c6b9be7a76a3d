import type { CreateCampaignRequest } from '@cm/contracts';

export interface CampaignFormValues {
  candidateId?: string;
  trackId?: string;
  targetLevel?: number;
  supervisorId?: string;
  peerIds?: string[];
  includeSelf?: boolean;
  /** yyyy-mm-dd: ratings are due at the end of that day (local time) */
  dueDate?: string;
  note?: string;
}

/** The end of a local calendar day as an ISO instant, or undefined. */
export function endOfDayIso(date: string | undefined): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return new Date(`${date}T23:59:59`).toISOString();
}

/** POST /api/rating-campaigns: exactly one supervisor, peers (never the candidate or the
 * supervisor again), and the candidate as self when asked. */
export function toCreateCampaignRequest(values: CampaignFormValues): CreateCampaignRequest {
  const candidateId = values.candidateId ?? '';
  const supervisorId = values.supervisorId ?? '';
  const peers = [...new Set(values.peerIds ?? [])].filter((id) => id !== candidateId && id !== supervisorId);
  const dueAt = endOfDayIso(values.dueDate);
  const note = values.note?.trim();
  return {
    candidateId,
    trackId: values.trackId ?? '',
    targetLevel: values.targetLevel ?? 1,
    raters: [
      { raterId: supervisorId, relation: 'supervisor' },
      ...peers.map((raterId) => ({ raterId, relation: 'peer' as const })),
      ...(values.includeSelf ? [{ raterId: candidateId, relation: 'self' as const }] : []),
    ],
    ...(dueAt ? { dueAt } : {}),
    ...(note ? { note } : {}),
  };
}

/** A default due date two weeks ahead (yyyy-mm-dd, local). */
export function defaultDueDate(now = new Date()): string {
  const d = new Date(now.getTime() + 14 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
