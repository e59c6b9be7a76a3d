import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionDto } from '@cm/contracts';
import type { ItemOutcome, SessionStats } from '@cm/domain';
import { api, download } from '../../lib/api';

export type AttemptStatus = 'in_progress' | 'submitted' | 'grading' | 'marking' | 'graded';
export type ResultsStatusFilter = 'all' | 'graded' | 'pending' | 'passed' | 'failed';

export interface AreaResultDto {
  syllabusNodeId: string;
  title: string;
  earned: number;
  possible: number;
}

export interface ResultListItemDto {
  attemptId: string;
  candidateName: string;
  username: string;
  orgUnit: string | null;
  formLabel: string | null;
  status: AttemptStatus;
  score: number | null;
  passed: boolean | null;
  submittedAt: string | null;
  gradedAt: string | null;
  areas: AreaResultDto[];
}

export interface SessionResultsDto {
  session: { id: string; title: string; publishedAt: string | null; passMark: number };
  counts: { registered: number } & Record<AttemptStatus, number>;
  stats: SessionStats;
  items: ResultListItemDto[];
  total: number;
}

export interface PublishResultDto {
  id: string;
  publishedAt: string;
  alreadyPublished: boolean;
  graded: number;
  pending: number;
}

export type RegradeStatus = 'previewing' | 'ready' | 'applied' | 'cancelled' | 'failed';

export interface RegradeChangeDto {
  attemptId: string;
  candidateName: string;
  username: string;
  status: string;
  oldScore: number | null;
  newScore: number;
  oldPassed: boolean | null;
  newPassed: boolean | null;
  itemsChanged: number;
}

export interface RegradeDto {
  id: string;
  sessionId: string;
  status: RegradeStatus;
  jobId: string | null;
  createdAt: string;
  appliedAt: string | null;
  changes: RegradeChangeDto[];
  corrections?: { questionId?: string; stem: string; fromVersion?: number; toVersion?: number }[];
}

/** The candidate's own result (contract `result`), present once published and graded. */
export interface AttemptResultDto {
  score: number;
  passed: boolean;
  passMark: number;
  standardScore: number | null;
  earned: number;
  possible: number;
  areas: AreaResultDto[];
  knowledgeItems: { itemId: string; standardScore: number }[];
  items: { position: number; type: string; earned: number | null; possible: number; outcome: ItemOutcome }[];
}

export interface AttemptStatusWithResultDto {
  id: string;
  sessionId: string;
  status: AttemptStatus;
  deadline: string;
  published: boolean;
  submittedAt?: string;
  result?: AttemptResultDto;
}

export interface CompetencyModelDto {
  id: string;
  trackId: string;
  status: string;
  items: { id: string; code: string; name: string; category: string }[];
}

export interface ResultsParams {
  status: ResultsStatusFilter;
  page: number;
  pageSize: number;
}

export const resultsKeys = {
  all: ['results'] as const,
  session: (sessionId: string) => [...resultsKeys.all, 'session', sessionId] as const,
  sessionPage: (sessionId: string, params: ResultsParams) => [...resultsKeys.session(sessionId), params] as const,
  regrades: (sessionId: string) => [...resultsKeys.all, 'regrades', sessionId] as const,
  regrade: (id: string) => [...resultsKeys.all, 'regrade', id] as const,
  attempt: (attemptId: string) => [...resultsKeys.all, 'attempt', attemptId] as const,
  attemptSession: (sessionId: string) => [...resultsKeys.all, 'attempt-session', sessionId] as const,
  competency: (trackId: string) => [...resultsKeys.all, 'competency', trackId] as const,
};

export const sessionResultsQueryOptions = (sessionId: string, params: ResultsParams) =>
  queryOptions({
    queryKey: resultsKeys.sessionPage(sessionId, params),
    queryFn: ({ signal }) => api.get<SessionResultsDto>(`/api/exam-sessions/${sessionId}/results`, { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const regradesQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: resultsKeys.regrades(sessionId),
    queryFn: ({ signal }) => api.get<{ items: RegradeDto[]; total: number }>(`/api/exam-sessions/${sessionId}/regrades`, undefined, signal),
  });

/** A regrade, polled every second while its preview job runs. */
export const regradeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: resultsKeys.regrade(id),
    queryFn: ({ signal }) => api.get<RegradeDto>(`/api/regrades/${id}`, undefined, signal),
    refetchInterval: (query) => (query.state.data?.status === 'previewing' ? 1000 : false),
  });

/** Fresh on every visit: grading, marking and publication change it behind the candidate's back. */
export const attemptResultQueryOptions = (attemptId: string) =>
  queryOptions({
    queryKey: resultsKeys.attempt(attemptId),
    queryFn: ({ signal }) => api.get<AttemptStatusWithResultDto>(`/api/attempts/${attemptId}`, undefined, signal),
    staleTime: 0,
  });

/** The candidate's view of the session (title, track), for the result page's heading. */
export const attemptSessionQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: resultsKeys.attemptSession(sessionId),
    queryFn: ({ signal }) => api.get<SessionDto>(`/api/exam-sessions/${sessionId}`, undefined, signal),
    staleTime: 5 * 60_000,
  });

export const competencyModelsQueryOptions = (trackId: string) =>
  queryOptions({
    queryKey: resultsKeys.competency(trackId),
    queryFn: ({ signal }) => api.get<{ items: CompetencyModelDto[] }>('/api/competency-models', { trackId }, signal),
    staleTime: 30 * 60_000,
  });

export const exportResults = (sessionId: string, title: string) => download(`/api/exam-sessions/${sessionId}/results/export`, `${title}-成绩.xlsx`);

export function usePublish(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PublishResultDto>(`/api/exam-sessions/${sessionId}/publish`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultsKeys.session(sessionId) }),
  });
}

export function useRequestRegrade(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ id: string; jobId: string }>(`/api/exam-sessions/${sessionId}/regrades`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultsKeys.regrades(sessionId) }),
  });
}

export function useDecideRegrade(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'confirm' | 'cancel' }) =>
      api.post<{ id: string; status: RegradeStatus; attempts?: number; scoreChanges?: number }>(`/api/regrades/${id}/${decision}`),
    onSettled: (_data, _error, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: resultsKeys.regrade(id) }),
        queryClient.invalidateQueries({ queryKey: resultsKeys.regrades(sessionId) }),
        queryClient.invalidateQueries({ queryKey: resultsKeys.session(sessionId) }),
      ]),
  });
}
