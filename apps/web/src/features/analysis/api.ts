import { queryOptions } from '@tanstack/react-query';
import type { SessionItemAnalysisDto } from '@cm/contracts';
import { api } from '../../lib/api';

export const analysisKeys = {
  all: ['item-analysis'] as const,
  session: (sessionId: string) => [...analysisKeys.all, 'session', sessionId] as const,
};

/** Computed on request from the graded attempts; kept fresh for a minute. */
export const itemAnalysisQueryOptions = (sessionId: string) =>
  queryOptions({
    queryKey: analysisKeys.session(sessionId),
    queryFn: ({ signal }) => api.get<SessionItemAnalysisDto>(`/api/exam-sessions/${sessionId}/item-analysis`, undefined, signal),
    staleTime: 60_000,
  });
