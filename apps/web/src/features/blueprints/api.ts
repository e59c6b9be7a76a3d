import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BlueprintBody, BlueprintDto, FeasibilityDto, Page, ShortfallDto } from '@cm/contracts';
import { api, ApiError } from '../../lib/api';

export type BlueprintChanges = Partial<Omit<BlueprintBody, 'trackId' | 'level'>>;

export const blueprintKeys = {
  all: ['blueprints'] as const,
  lists: () => [...blueprintKeys.all, 'list'] as const,
  list: (trackId: string, level?: number) => [...blueprintKeys.lists(), trackId, level ?? 'all'] as const,
  detail: (id: string) => [...blueprintKeys.all, 'detail', id] as const,
};

/** Every version of a track (optionally one level), newest first (the server's order). */
export const blueprintListQueryOptions = (trackId: string, level?: number) =>
  queryOptions({
    queryKey: blueprintKeys.list(trackId, level),
    queryFn: ({ signal }) => api.get<Page<BlueprintDto>>('/api/blueprints', { trackId, level, page: 1, pageSize: 200 }, signal),
  });

function useBlueprintMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: blueprintKeys.all }),
  });
}

export function useCreateBlueprint() {
  return useBlueprintMutation((body: BlueprintBody) => api.post<BlueprintDto>('/api/blueprints', body));
}

export function useUpdateBlueprint() {
  return useBlueprintMutation(({ id, changes }: { id: string; changes: BlueprintChanges }) => api.patch<BlueprintDto>(`/api/blueprints/${id}`, changes));
}

export function useActivateBlueprint() {
  return useBlueprintMutation((id: string) => api.post<BlueprintDto>(`/api/blueprints/${id}/activate`));
}

/** Not cached: the bank changes under it, so every check asks again. */
export function useFeasibility() {
  return useMutation({ mutationFn: (id: string) => api.post<FeasibilityDto>(`/api/blueprints/${id}/feasibility`) });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortfall(value: unknown): value is ShortfallDto {
  return isRecord(value) && typeof value['syllabusNodeId'] === 'string' && typeof value['type'] === 'string' && typeof value['needed'] === 'number' && typeof value['available'] === 'number';
}

/** The shortfalls of a 422 `BLUEPRINT_INFEASIBLE`, or null for any other error. */
export function infeasibleDetails(error: unknown): { shortfalls: ShortfallDto[]; forms: number } | null {
  if (!(error instanceof ApiError) || error.code !== 'BLUEPRINT_INFEASIBLE') return null;
  const raw = error.details['shortfalls'];
  const forms = error.details['forms'];
  return { shortfalls: Array.isArray(raw) ? raw.filter(isShortfall) : [], forms: typeof forms === 'number' ? forms : 0 };
}

/** `details.problems` of a 400 `BLUEPRINT_INVALID`, or null for any other error. */
export function invalidProblems(error: unknown): { path: string; code: string; message: string }[] | null {
  if (!(error instanceof ApiError) || error.code !== 'BLUEPRINT_INVALID') return null;
  const raw = error.details['problems'];
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (p): p is { path: string; code: string; message: string } => isRecord(p) && typeof p['path'] === 'string' && typeof p['message'] === 'string' && typeof p['code'] === 'string',
  );
}
