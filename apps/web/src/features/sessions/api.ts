import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BlueprintDto, CreateSessionRequest, Page, RegistrationDto, SessionDto, UserDto } from '@cm/contracts';
import { api } from '../../lib/api';

export interface SessionListParams {
  page: number;
  pageSize: number;
}

export const sessionKeys = {
  all: ['exam-sessions'] as const,
  lists: () => [...sessionKeys.all, 'list'] as const,
  list: (params: SessionListParams) => [...sessionKeys.lists(), params] as const,
  detail: (id: string) => [...sessionKeys.all, 'detail', id] as const,
  activeBlueprints: (trackId: string, level: number) => [...sessionKeys.all, 'active-blueprints', trackId, level] as const,
  candidates: (q: string) => [...sessionKeys.all, 'candidates', q] as const,
};

export const sessionListQueryOptions = (params: SessionListParams) =>
  queryOptions({
    queryKey: sessionKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<SessionDto>>('/api/exam-sessions', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

/** The officer's view carries live counts: refreshed every 5 s while the page is open. */
export const sessionQueryOptions = (id: string, refetchInterval: number | false = false) =>
  queryOptions({
    queryKey: sessionKeys.detail(id),
    queryFn: ({ signal }) => api.get<SessionDto>(`/api/exam-sessions/${id}`, undefined, signal),
    refetchInterval,
  });

export const activeBlueprintsQueryOptions = (trackId: string, level: number) =>
  queryOptions({
    queryKey: sessionKeys.activeBlueprints(trackId, level),
    queryFn: ({ signal }) =>
      api.get<Page<BlueprintDto>>('/api/blueprints', { trackId, level, status: 'active', pageSize: 50 }, signal),
  });

export const candidateSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: sessionKeys.candidates(q),
    queryFn: ({ signal }) => api.get<Page<UserDto>>('/api/users', { role: 'candidate', active: 'true', q, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSessionRequest) => api.post<SessionDto>('/api/exam-sessions', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.lists() }),
  });
}

export function useRegisterCandidate(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { candidateId: string; waiverReason?: string }) =>
      api.post<RegistrationDto>(`/api/exam-sessions/${sessionId}/registrations`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

export function useExtraTime(sessionId: string) {
  return useMutation({
    mutationFn: (body: { candidateId: string; minutes: number; reason: string }) =>
      api.post<{ minutes: number; totalMinutes: number }>(`/api/exam-sessions/${sessionId}/extra-time`, body),
  });
}

export function useAssembleForms(sessionId: string) {
  return useMutation({
    mutationFn: () => api.post<{ jobId: string }>(`/api/exam-sessions/${sessionId}/forms`),
  });
}

/** upcoming / open / closed relative to `now` (ms). */
export function sessionState(session: Pick<SessionDto, 'opensAt' | 'closesAt'>, now: number): 'upcoming' | 'open' | 'closed' {
  if (now < Date.parse(session.opensAt)) return 'upcoming';
  return now < Date.parse(session.closesAt) ? 'open' : 'closed';
}
