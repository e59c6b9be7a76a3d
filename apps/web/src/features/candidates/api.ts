import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CandidateLevelDto } from '@cm/contracts';
import { api } from '../../lib/api';

export const candidateKeys = {
  all: ['candidates'] as const,
  levels: (candidateId: string) => [...candidateKeys.all, candidateId, 'levels'] as const,
};

export const candidateLevelsQueryOptions = (candidateId: string) =>
  queryOptions({
    queryKey: candidateKeys.levels(candidateId),
    queryFn: ({ signal }) => api.get<CandidateLevelDto[]>(`/api/candidates/${candidateId}/levels`, undefined, signal),
  });

export interface LegacyLevelRequest {
  trackId: string;
  level: number;
  effectiveAt: string;
  reason: string;
}

export function useRecordLegacyLevel(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LegacyLevelRequest) => api.post<unknown>(`/api/candidates/${candidateId}/levels`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: candidateKeys.levels(candidateId) }),
  });
}
