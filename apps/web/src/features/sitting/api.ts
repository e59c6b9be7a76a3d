import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AttemptDto, Page, SaveAnswersResponse, SessionDto } from '@cm/contracts';
import { api } from '../../lib/api';
import type { AnswerValue } from './answers';

export interface AttemptStatusDto {
  id: string;
  status: AttemptDto['status'];
  deadline: string;
  submittedAt?: string;
}

export const sittingKeys = {
  all: ['sitting'] as const,
  mine: () => [...sittingKeys.all, 'mine'] as const,
  session: (sessionId: string) => [...sittingKeys.all, 'session', sessionId] as const,
  paper: (attemptId: string) => [...sittingKeys.all, 'paper', attemptId] as const,
  status: (attemptId: string) => [...sittingKeys.all, 'status', attemptId] as const,
};

export const mySessionsQueryOptions = () =>
  queryOptions({
    queryKey: sittingKeys.mine(),
    queryFn: ({ signal }) => api.get<Page<SessionDto>>('/api/exam-sessions', { pageSize: 100 }, signal),
  });

export const mySessionQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: sittingKeys.session(sessionId),
    queryFn: ({ signal }) => api.get<SessionDto>(`/api/exam-sessions/${sessionId}`, undefined, signal),
  });

/** The paper is loaded once per visit: `serverNow` must be fresh for the clock offset. */
export const paperQueryOptions = (attemptId: string) =>
  queryOptions({
    queryKey: sittingKeys.paper(attemptId),
    queryFn: ({ signal }) => api.get<AttemptDto>(`/api/attempts/${attemptId}/paper`, undefined, signal),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const attemptStatusQueryOptions = (attemptId: string, refetchInterval: number | false = false) =>
  queryOptions({
    queryKey: sittingKeys.status(attemptId),
    queryFn: ({ signal }) => api.get<AttemptStatusDto>(`/api/attempts/${attemptId}`, undefined, signal),
    refetchInterval,
  });

export const saveAnswer = (attemptId: string, itemId: string, response: AnswerValue, seq: number) =>
  api.put<{ savedAt: string; seq: number }>(`/api/attempts/${attemptId}/answers/${itemId}`, { response, seq });

/** Several answers in one request and one transaction (the autosave's normal path). */
export const saveAnswers = (attemptId: string, answers: { itemId: string; response: AnswerValue; seq: number }[]) =>
  api.put<SaveAnswersResponse>(`/api/attempts/${attemptId}/answers`, { answers });

export function useStartAttempt(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<AttemptDto>(`/api/exam-sessions/${sessionId}/attempts`),
    onSuccess: (attempt) => {
      queryClient.setQueryData(sittingKeys.paper(attempt.id), attempt);
      queryClient.setQueryData<SessionDto>(sittingKeys.session(sessionId), (old) => (old ? { ...old, attemptId: attempt.id } : old));
      void queryClient.invalidateQueries({ queryKey: sittingKeys.mine() });
    },
  });
}

export function useSubmitAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attemptId: string) => api.post<{ status: 'submitted' }>(`/api/attempts/${attemptId}/submit`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sittingKeys.all }),
  });
}
