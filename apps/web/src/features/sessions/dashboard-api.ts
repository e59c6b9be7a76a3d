import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkEnrolmentResultDto, EnrolOrgUnitRequest, Page, SessionCandidateDto, SessionCandidatesQuery } from '@cm/contracts';
import { api, upload } from '../../lib/api';
import { sessionKeys } from './api';

export type CandidateListParams = Pick<SessionCandidatesQuery, 'page' | 'pageSize' | 'q' | 'attemptStatus'>;

export const dashboardKeys = {
  candidates: (sessionId: string, params: CandidateListParams) => [...sessionKeys.all, 'candidates-of', sessionId, params] as const,
};

/** The live table: refreshed in the background while the page is open, without a reload. */
export const sessionCandidatesQueryOptions = (sessionId: string, params: CandidateListParams, refetchInterval: number | false) =>
  queryOptions({
    queryKey: dashboardKeys.candidates(sessionId, params),
    queryFn: ({ signal }) => api.get<Page<SessionCandidateDto>>(`/api/exam-sessions/${sessionId}/candidates`, { ...params }, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
  });

export function useEnrolOrgUnit(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EnrolOrgUnitRequest) => api.post<BulkEnrolmentResultDto>(`/api/exam-sessions/${sessionId}/registrations/by-org-unit`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

export function useEnrolSheet(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => upload<BulkEnrolmentResultDto>(`/api/exam-sessions/${sessionId}/registrations/import`, 'file', file, file.name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

/** mm:ss, or h:mm:ss from an hour on. */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}
