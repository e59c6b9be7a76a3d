import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppealDto, DecisionPolicyDto, DecisionPolicyValue, DecisionStatus, LevelDecisionDto, Page, SessionDto } from '@cm/contracts';
import { api } from '../../lib/api';

export interface DecisionListParams {
  candidateId?: string;
  trackId?: string;
  targetLevel?: number;
  status?: DecisionStatus;
  recommended?: '1' | '0';
  sessionId?: string;
  batchJobId?: string;
  page: number;
  pageSize: number;
}

export interface AppealListParams {
  status?: AppealDto['status'];
  page: number;
  pageSize: number;
}

export type AppealListItem = AppealDto & { candidateName: string; trackId: string; targetLevel: number };

export const decisionKeys = {
  all: ['level-decisions'] as const,
  list: (params: DecisionListParams) => [...decisionKeys.all, 'list', params] as const,
  detail: (id: string) => [...decisionKeys.all, 'detail', id] as const,
  appeals: (params: AppealListParams) => [...decisionKeys.all, 'appeals', params] as const,
  policy: () => [...decisionKeys.all, 'policy'] as const,
  policyVersions: () => [...decisionKeys.all, 'policy', 'versions'] as const,
  sessions: () => [...decisionKeys.all, 'published-sessions'] as const,
};

export const decisionsQueryOptions = (params: DecisionListParams) =>
  queryOptions({
    queryKey: decisionKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<LevelDecisionDto>>('/api/level-decisions', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const decisionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: decisionKeys.detail(id),
    queryFn: ({ signal }) => api.get<LevelDecisionDto>(`/api/level-decisions/${id}`, undefined, signal),
  });

export const appealsQueryOptions = (params: AppealListParams) =>
  queryOptions({
    queryKey: decisionKeys.appeals(params),
    queryFn: ({ signal }) => api.get<Page<AppealListItem>>('/api/appeals', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const policyQueryOptions = () =>
  queryOptions({ queryKey: decisionKeys.policy(), queryFn: ({ signal }) => api.get<DecisionPolicyDto>('/api/decision-policy', undefined, signal) });

export const policyVersionsQueryOptions = () =>
  queryOptions({ queryKey: decisionKeys.policyVersions(), queryFn: ({ signal }) => api.get<Page<DecisionPolicyDto>>('/api/decision-policy/versions', undefined, signal) });

/** Sessions for the batch: newest first (only published ones can be recommended). */
export const sessionsForBatchQueryOptions = () =>
  queryOptions({
    queryKey: decisionKeys.sessions(),
    queryFn: ({ signal }) => api.get<Page<SessionDto>>('/api/exam-sessions', { page: 1, pageSize: 100 }, signal),
  });

function useInvalidateDecisions() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: decisionKeys.all });
}

export function useRequestDecision() {
  const invalidate = useInvalidateDecisions();
  return useMutation({
    mutationFn: (body: { candidateId: string; trackId: string; targetLevel: number }) => api.post<LevelDecisionDto>('/api/level-decisions', body),
    onSuccess: invalidate,
  });
}

export function useApproveDecision(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { comment?: string; overrideReason?: string }) => api.post<LevelDecisionDto>(`/api/level-decisions/${id}/approve`, body),
    onSuccess: (decision) => {
      queryClient.setQueryData(decisionKeys.detail(id), decision);
      return queryClient.invalidateQueries({ queryKey: decisionKeys.all });
    },
  });
}

export function useRejectDecision(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post<LevelDecisionDto>(`/api/level-decisions/${id}/reject`, { reason }),
    onSuccess: (decision) => {
      queryClient.setQueryData(decisionKeys.detail(id), decision);
      return queryClient.invalidateQueries({ queryKey: decisionKeys.all });
    },
  });
}

export function useBatchDecisions() {
  const invalidate = useInvalidateDecisions();
  return useMutation({ mutationFn: (sessionId: string) => api.post<{ jobId: string }>('/api/level-decisions/batch', { sessionId }), onSuccess: invalidate });
}

export function useFileAppeal(decisionId: string) {
  const invalidate = useInvalidateDecisions();
  return useMutation({ mutationFn: (text: string) => api.post<AppealDto>(`/api/level-decisions/${decisionId}/appeals`, { text }), onSuccess: invalidate });
}

export function useDecideAppeal(appealId: string) {
  const invalidate = useInvalidateDecisions();
  return useMutation({
    mutationFn: (body: { outcome: 'granted' | 'dismissed'; reason: string }) => api.post<AppealDto>(`/api/appeals/${appealId}/decide`, body),
    onSuccess: invalidate,
  });
}

export function useUpdatePolicy() {
  const invalidate = useInvalidateDecisions();
  return useMutation({ mutationFn: (body: { value: DecisionPolicyValue; reason: string }) => api.put<DecisionPolicyDto>('/api/decision-policy', body), onSuccess: invalidate });
}
