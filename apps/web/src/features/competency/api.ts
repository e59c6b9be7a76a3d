import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewModelVersionRequest, Page } from '@cm/contracts';
import { api } from '../../lib/api';

/** A competency model version as GET /api/competency-models returns it. */
export interface IndicatorDto {
  id: string;
  text: string;
  provenance: string;
}

export interface ModelLevelDto {
  level: number;
  name: string;
  summary: string | null;
  completeness: 'complete' | 'partial' | 'not_found' | 'authored';
  provenance: string;
  levelPosition: 'inferred' | null;
  indicators: IndicatorDto[];
}

export interface ModelItemDto {
  id: string;
  code: string;
  name: string;
  category: string;
  categoryId: string;
  assessment: 'rating' | 'exam';
  definition: string | null;
  definitionProvenance: string;
  levels: ModelLevelDto[];
}

export interface LevelPrincipleDto {
  level: number;
  name: string;
  definition: string[];
  provenance: string;
}

export interface CompetencyModelDto {
  id: string;
  trackId: string;
  version: number;
  status: 'active' | 'retired' | 'draft';
  title: string;
  reason: string | null;
  basedOnId: string | null;
  createdBy: string | null;
  createdAt: string;
  categories: { id: string; name: string; definition: string; provenance: string }[];
  levelPrinciples: LevelPrincipleDto[];
  sources: Record<string, string>;
  items: ModelItemDto[];
}

export type StandardsDto = { positionLevel: number; items: { itemId: string; standardLevel: number }[] }[];

export const competencyKeys = {
  all: ['competency-models'] as const,
  list: (trackId: string) => [...competencyKeys.all, 'list', trackId] as const,
  detail: (id: string) => [...competencyKeys.all, 'detail', id] as const,
  standards: (id: string) => [...competencyKeys.all, 'standards', id] as const,
};

/** Every version of a track's model, newest first. */
export const modelVersionsQueryOptions = (trackId: string) =>
  queryOptions({
    queryKey: competencyKeys.list(trackId),
    queryFn: ({ signal }) => api.get<Page<CompetencyModelDto>>('/api/competency-models', { trackId }, signal),
    enabled: !!trackId,
  });

export const modelQueryOptions = (id: string) =>
  queryOptions({
    queryKey: competencyKeys.detail(id),
    queryFn: ({ signal }) => api.get<CompetencyModelDto>(`/api/competency-models/${id}`, undefined, signal),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });

export const standardsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: competencyKeys.standards(id),
    queryFn: ({ signal }) => api.get<StandardsDto>(`/api/competency-models/${id}/standards`, undefined, signal),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });

export function useCreateModelVersion(baseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewModelVersionRequest) => api.post<CompetencyModelDto>(`/api/competency-models/${baseId}/versions`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competencyKeys.all }),
  });
}

/** positionLevel → itemId → standard level (a missing cell reads as the position level, the diagonal default). */
export function standardMatrix(standards: StandardsDto | undefined): (positionLevel: number, itemId: string) => number {
  const byLevel = new Map((standards ?? []).map((row) => [row.positionLevel, new Map(row.items.map((cell) => [cell.itemId, cell.standardLevel]))]));
  return (positionLevel, itemId) => byLevel.get(positionLevel)?.get(itemId) ?? positionLevel;
}
